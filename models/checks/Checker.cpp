#include "checks/Checker.h"

namespace ropa::checks {

QList<Finding> Checker::run(const Register&, const Options&)
{
    return {};
}

QList<RegisterChange> Checker::mechanicalFix(const Register&, const Finding&)
{
    return {};
}

Checker::Counts Checker::count(const QList<Finding>& findings)
{
    Counts counts;
    for (const Finding& f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

} // namespace ropa::checks
