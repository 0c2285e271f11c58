#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ropa {

// The questions of the ICO's DPIA screening checklist. The first twelve are kinds of processing for which the ICO
// always expects a DPIA (Art. 35(3) and the ICO's list under Art. 35(4)); the last eight are the criteria for which
// it says to consider one, and two or more of them together usually mean high risk.
enum class DpiaCriterion {
    // Always a DPIA.
    SignificantAutomatedDecisions, // systematic and extensive profiling or automated decisions with significant effects
    LargeScaleSpecialData, // special category or criminal offence data on a large scale
    PublicMonitoring, // systematic monitoring of a publicly accessible place on a large scale
    NewTechnology,
    AccessDecisions, // profiling, automated decisions or special data deciding access to a service or benefit
    LargeScaleProfiling,
    BiometricOrGenetic,
    DataMatching, // combining, comparing or matching data from several sources
    InvisibleProcessing, // no privacy notice given to the person directly
    Tracking, // tracking people's location or behaviour, online or off
    Children, // profiling or marketing to children, or online services offered to them
    PhysicalHarm, // a breach could put someone's physical safety at risk
    // Consider a DPIA.
    EvaluationOrScoring,
    AutomatedDecisionsWithEffect,
    SystematicMonitoring,
    SensitiveData, // sensitive data or data of a highly personal nature
    LargeScale,
    VulnerablePeople,
    InnovativeSolutions,
    PreventsRights // stops people exercising a right or using a service or contract
};

inline constexpr int kDpiaCriterionCount = 20;
inline constexpr int kDpiaAlwaysCriteria = 12;

QList<DpiaCriterion> allDpiaCriteria();
QString dpiaCriterionKey(DpiaCriterion criterion);
std::optional<DpiaCriterion> dpiaCriterionFromKey(QStringView key);
QString dpiaCriterionKeyList();
// The checklist's question in plain words, for the form and the documents.
QString dpiaCriterionName(DpiaCriterion criterion);
// True for the twelve kinds of processing that always need a DPIA.
bool dpiaCriterionAlwaysNeedsDpia(DpiaCriterion criterion);

// The outcome of screening an activity against the checklist, and where the full DPIA is.
struct DpiaScreening
{
    QList<DpiaCriterion> criteria; // ticked, in checklist order, each once
    std::optional<QDate> date;
    QString reference; // link or reference to the full DPIA

    bool operator==(const DpiaScreening&) const = default;

    bool has(DpiaCriterion criterion) const { return criteria.contains(criterion); }
    // Whether the ticks call for a DPIA: one "always" criterion, or two or more "consider" ones.
    bool callsForDpia() const;
    // The criteria in checklist order without repeats.
    static QList<DpiaCriterion> normalised(QList<DpiaCriterion> criteria);
};

} // namespace ropa
