#include "domain/LegitimateInterestsAssessment.h"

#include "core/KeyTable.h"

#include <QCoreApplication>

namespace ropa {

namespace {
constexpr KeyTable<AssessmentOutcome, 3> kOutcomeKeys({{
    {AssessmentOutcome::NotRecorded, "not_recorded"},
    {AssessmentOutcome::InterestsNotOverridden, "interests_not_overridden"},
    {AssessmentOutcome::InterestsOverridden, "interests_overridden"},
}});
} // namespace

QString assessmentOutcomeKey(AssessmentOutcome outcome)
{
    return kOutcomeKeys.key(outcome);
}

std::optional<AssessmentOutcome> assessmentOutcomeFromKey(QStringView key)
{
    return kOutcomeKeys.find(key);
}

QString assessmentOutcomeKeyList()
{
    return kOutcomeKeys.keyList();
}

QString assessmentOutcomeName(AssessmentOutcome outcome)
{
    switch (outcome) {
    case AssessmentOutcome::NotRecorded:
        return QCoreApplication::translate("ropa::LegitimateInterestsAssessment", "Not recorded");
    case AssessmentOutcome::InterestsNotOverridden:
        return QCoreApplication::translate("ropa::LegitimateInterestsAssessment",
                                           "Passed: people's interests do not override ours");
    case AssessmentOutcome::InterestsOverridden:
        return QCoreApplication::translate("ropa::LegitimateInterestsAssessment",
                                           "Failed: people's interests override ours");
    }
    return {};
}

bool LegitimateInterestsAssessment::isEmpty() const
{
    return *this == LegitimateInterestsAssessment{};
}

bool LegitimateInterestsAssessment::isComplete() const
{
    return !purposeTest.trimmed().isEmpty() && !necessityTest.trimmed().isEmpty() &&
        !balancingTest.trimmed().isEmpty() && outcome != AssessmentOutcome::NotRecorded && date.has_value();
}

} // namespace ropa
