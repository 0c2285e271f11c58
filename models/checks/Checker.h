#pragma once

#include "checks/Finding.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"

#include <QDate>
#include <QList>

namespace ropa::checks {

// Applies the rule set to a register. Pure and quick (all rules on 10,000 activities well inside 50 ms), so a window
// can run it after every edit.
class Checker
{
public:
    struct Options
    {
        QDate today = QDate::currentDate(); // for "not reviewed for 12 months"
    };

    // Findings by severity (errors first), then in register order: controller, activities, catalogues.
    static QList<Finding> run(const Register& reg, const Options& options);
    static QList<Finding> run(const Register& reg) { return run(reg, Options{}); }

    // The edits that fix a finding whose hasMechanicalFix is set, as changes to make in one undoable step; empty
    // when the register no longer has the finding.
    static QList<RegisterChange> mechanicalFix(const Register& reg, const Finding& finding);

    struct Counts
    {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
    };
    static Counts count(const QList<Finding>& findings);
    // "3 errors, 57 warnings, 19 for information", or "no findings", for covers and summaries.
    static QString inWords(const Counts& counts);
};

} // namespace ropa::checks
