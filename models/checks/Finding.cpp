#include "checks/Finding.h"

#include "core/KeyTable.h"

#include <QCoreApplication>

namespace ropa::checks {

namespace {
constexpr KeyTable<Severity, 3> kSeverityKeys({{
    {Severity::Error, "error"},
    {Severity::Warning, "warning"},
    {Severity::Info, "info"},
}});
} // namespace

QString severityKey(Severity severity)
{
    return kSeverityKeys.key(severity);
}

std::optional<Severity> severityFromKey(QStringView key)
{
    return kSeverityKeys.find(key);
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("ropa::checks", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("ropa::checks", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("ropa::checks", "Information");
    }
    return {};
}

} // namespace ropa::checks
