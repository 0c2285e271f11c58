#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace ropa {

// What the balancing test of a legitimate-interests assessment concluded.
enum class AssessmentOutcome { NotRecorded, InterestsNotOverridden, InterestsOverridden };

QString assessmentOutcomeKey(AssessmentOutcome outcome);
std::optional<AssessmentOutcome> assessmentOutcomeFromKey(QStringView key);
QString assessmentOutcomeKeyList();
QString assessmentOutcomeName(AssessmentOutcome outcome);

// The three-part test the ICO expects behind every reliance on legitimate interests (Art. 6(1)(f)): what the
// interest is, why the processing is needed for it, and why people's interests do not override it.
struct LegitimateInterestsAssessment
{
    QString purposeTest;
    QString necessityTest;
    QString balancingTest;
    AssessmentOutcome outcome = AssessmentOutcome::NotRecorded;
    std::optional<QDate> date;
    QString reviewer;
    QString reference; // where the full assessment is kept: a link or a document reference

    bool operator==(const LegitimateInterestsAssessment&) const = default;

    bool isEmpty() const;
    // All three tests written down, an outcome and a date.
    bool isComplete() const;
};

} // namespace ropa
