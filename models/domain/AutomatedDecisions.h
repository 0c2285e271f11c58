#pragma once

#include <QString>
#include <optional>

namespace ropa {

// Whether an activity makes decisions about people by automated means alone, profiling included (Art. 22), as the
// organisation has assessed it; NotAssessed where nobody has said.
enum class AutomatedDecisionStatus { NotAssessed, No, Yes };

QString automatedDecisionStatusKey(AutomatedDecisionStatus status);
std::optional<AutomatedDecisionStatus> automatedDecisionStatusFromKey(QStringView key);
QString automatedDecisionStatusKeyList();
QString automatedDecisionStatusName(AutomatedDecisionStatus status);

// The activity's automated decision-making and, where there is some, the Art. 22(3) safeguards: how a person gets
// human intervention, expresses their view and contests the decision.
struct AutomatedDecisions
{
    AutomatedDecisionStatus status = AutomatedDecisionStatus::NotAssessed;
    QString safeguards;

    bool operator==(const AutomatedDecisions&) const = default;
};

} // namespace ropa
