#include "domain/AutomatedDecisions.h"

#include "core/KeyTable.h"

#include <QCoreApplication>

namespace ropa {

namespace {
constexpr KeyTable<AutomatedDecisionStatus, 3> kStatusKeys({{
    {AutomatedDecisionStatus::NotAssessed, "not_assessed"},
    {AutomatedDecisionStatus::No, "no"},
    {AutomatedDecisionStatus::Yes, "yes"},
}});
} // namespace

QString automatedDecisionStatusKey(AutomatedDecisionStatus status)
{
    return kStatusKeys.key(status);
}

std::optional<AutomatedDecisionStatus> automatedDecisionStatusFromKey(QStringView key)
{
    return kStatusKeys.find(key);
}

QString automatedDecisionStatusKeyList()
{
    return kStatusKeys.keyList();
}

QString automatedDecisionStatusName(AutomatedDecisionStatus status)
{
    switch (status) {
    case AutomatedDecisionStatus::NotAssessed:
        return QCoreApplication::translate("ropa::AutomatedDecisions", "Not assessed");
    case AutomatedDecisionStatus::No:
        return QCoreApplication::translate("ropa::AutomatedDecisions", "No");
    case AutomatedDecisionStatus::Yes:
        return QCoreApplication::translate("ropa::AutomatedDecisions", "Yes");
    }
    return {};
}

} // namespace ropa
