#pragma once

#include "checks/Rule.h"

#include <QList>
#include <QString>

namespace ropa::checks {

// Every rule the checker applies, in id order, and the version of the set, printed wherever findings appear. The
// version changes whenever a rule is added, retired or changes what it finds.
class RuleSet
{
public:
    static QString version(); // "2026.12"
    static const QList<Rule>& rules();
    static const Rule* find(QStringView id);
};

} // namespace ropa::checks
