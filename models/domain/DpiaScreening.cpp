#include "domain/DpiaScreening.h"

#include "core/KeyTable.h"

#include <QCoreApplication>
#include <algorithm>

namespace ropa {

namespace {
constexpr KeyTable<DpiaCriterion, kDpiaCriterionCount> kCriterionKeys({{
    {DpiaCriterion::SignificantAutomatedDecisions, "significant_automated_decisions"},
    {DpiaCriterion::LargeScaleSpecialData, "large_scale_special_data"},
    {DpiaCriterion::PublicMonitoring, "public_monitoring"},
    {DpiaCriterion::NewTechnology, "new_technology"},
    {DpiaCriterion::AccessDecisions, "access_decisions"},
    {DpiaCriterion::LargeScaleProfiling, "large_scale_profiling"},
    {DpiaCriterion::BiometricOrGenetic, "biometric_or_genetic"},
    {DpiaCriterion::DataMatching, "data_matching"},
    {DpiaCriterion::InvisibleProcessing, "invisible_processing"},
    {DpiaCriterion::Tracking, "tracking"},
    {DpiaCriterion::Children, "children"},
    {DpiaCriterion::PhysicalHarm, "physical_harm"},
    {DpiaCriterion::EvaluationOrScoring, "evaluation_or_scoring"},
    {DpiaCriterion::AutomatedDecisionsWithEffect, "automated_decisions_with_effect"},
    {DpiaCriterion::SystematicMonitoring, "systematic_monitoring"},
    {DpiaCriterion::SensitiveData, "sensitive_data"},
    {DpiaCriterion::LargeScale, "large_scale"},
    {DpiaCriterion::VulnerablePeople, "vulnerable_people"},
    {DpiaCriterion::InnovativeSolutions, "innovative_solutions"},
    {DpiaCriterion::PreventsRights, "prevents_rights"},
}});

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::DpiaScreening)
};
} // namespace

QList<DpiaCriterion> allDpiaCriteria()
{
    QList<DpiaCriterion> all;
    for (int i = 0; i < kDpiaCriterionCount; ++i) {
        all << static_cast<DpiaCriterion>(i);
    }
    return all;
}

QString dpiaCriterionKey(DpiaCriterion criterion)
{
    return kCriterionKeys.key(criterion);
}

std::optional<DpiaCriterion> dpiaCriterionFromKey(QStringView key)
{
    return kCriterionKeys.find(key);
}

QString dpiaCriterionKeyList()
{
    return kCriterionKeys.keyList();
}

QString dpiaCriterionName(DpiaCriterion criterion)
{
    switch (criterion) {
    case DpiaCriterion::SignificantAutomatedDecisions:
        return Text::tr("Systematic, extensive profiling or automated decisions that significantly affect people");
    case DpiaCriterion::LargeScaleSpecialData:
        return Text::tr("Special category or criminal offence data on a large scale");
    case DpiaCriterion::PublicMonitoring:
        return Text::tr("Systematic monitoring of a publicly accessible place on a large scale");
    case DpiaCriterion::NewTechnology:
        return Text::tr("New technologies");
    case DpiaCriterion::AccessDecisions:
        return Text::tr("Profiling, automated decisions or special category data used to decide access to a service, "
                        "opportunity or benefit");
    case DpiaCriterion::LargeScaleProfiling:
        return Text::tr("Profiling on a large scale");
    case DpiaCriterion::BiometricOrGenetic:
        return Text::tr("Biometric or genetic data");
    case DpiaCriterion::DataMatching:
        return Text::tr("Combining, comparing or matching data from several sources");
    case DpiaCriterion::InvisibleProcessing:
        return Text::tr("Personal data used without a privacy notice given to the person directly");
    case DpiaCriterion::Tracking:
        return Text::tr("Tracking people's location or behaviour, online or offline");
    case DpiaCriterion::Children:
        return Text::tr("Children's data used for profiling, automated decisions or marketing, or online services "
                        "offered to children");
    case DpiaCriterion::PhysicalHarm:
        return Text::tr("A breach could put someone's physical safety at risk");
    case DpiaCriterion::EvaluationOrScoring:
        return Text::tr("Evaluation or scoring");
    case DpiaCriterion::AutomatedDecisionsWithEffect:
        return Text::tr("Automated decisions with significant effects");
    case DpiaCriterion::SystematicMonitoring:
        return Text::tr("Systematic monitoring");
    case DpiaCriterion::SensitiveData:
        return Text::tr("Sensitive data or data of a highly personal nature");
    case DpiaCriterion::LargeScale:
        return Text::tr("Processing on a large scale");
    case DpiaCriterion::VulnerablePeople:
        return Text::tr("Data about vulnerable people");
    case DpiaCriterion::InnovativeSolutions:
        return Text::tr("Innovative technological or organisational solutions");
    case DpiaCriterion::PreventsRights:
        return Text::tr("Stops people exercising a right or using a service or contract");
    }
    return {};
}

bool dpiaCriterionAlwaysNeedsDpia(DpiaCriterion criterion)
{
    return static_cast<int>(criterion) < kDpiaAlwaysCriteria;
}

bool DpiaScreening::callsForDpia() const
{
    const auto always = std::count_if(criteria.cbegin(), criteria.cend(), dpiaCriterionAlwaysNeedsDpia);
    return always > 0 || criteria.size() - always >= 2;
}

QList<DpiaCriterion> DpiaScreening::normalised(QList<DpiaCriterion> criteria)
{
    std::sort(criteria.begin(), criteria.end());
    criteria.erase(std::unique(criteria.begin(), criteria.end()), criteria.end());
    return criteria;
}

} // namespace ropa
