#pragma once

#include "checks/Finding.h"

#include <QString>

namespace ropa::checks {

// One rule of the rule set as it is described to people and to code-review tools (SARIF): the findings it makes
// carry its id, severity and article.
struct Rule
{
    QString id; // "RB001", stable across versions: a retired rule's id is never reused
    Severity severity = Severity::Warning;
    QString article; // the provision it enforces
    QString title; // short: "Activity with no lawful basis"
    QString help; // a paragraph: why the law asks for it, in plain English
};

} // namespace ropa::checks
