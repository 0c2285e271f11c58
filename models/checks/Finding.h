#pragma once

#include "domain/Catalogue.h"

#include <QString>
#include <optional>

namespace ropa::checks {

enum class Severity { Error, Warning, Info };

// "error", "warning", "info": for files, SARIF levels ("error", "warning", "note") come from sarifLevel.
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);
// "Error", "Warning", "Information", for people.
QString severityName(Severity severity);

// What a finding is about: the register as a whole, its controller's details, one activity or one catalogue entry,
// and the field of it concerned, by its .ropa.json key ("bases", "retention", "special_condition", "contract" ...;
// a part of a lawful basis as "bases.<key>", such as "bases.law"; empty when the finding concerns the whole item).
struct FindingTarget
{
    enum class Kind { Register, Controller, Activity, CatalogueEntry };
    Kind kind = Kind::Register;
    Catalogue::Kind catalogue = Catalogue::Kind::DataCategories; // for CatalogueEntry
    QString id; // the activity's or entry's id
    QString field;

    bool operator==(const FindingTarget&) const = default;
};

// One thing wrong with (or worth a look in) a register: which rule found it, where, and what to do.
struct Finding
{
    QString ruleId; // "RB001"
    Severity severity = Severity::Warning;
    QString article; // "Art. 10 UK GDPR; DPA 2018 s.10 and Sch. 1"
    FindingTarget target;
    QString targetName; // the activity's purpose, the entry's name, "KJM Group Ltd"
    QString message; // plain English, names the item
    QString fix; // what to do, plain English
    // A fix the program can make by itself as one undoable edit (Checker::mechanicalFix).
    bool hasMechanicalFix = false;

    bool operator==(const Finding&) const = default;
};

} // namespace ropa::checks
