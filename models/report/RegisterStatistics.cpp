#include "report/RegisterStatistics.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace ropa::report {

RegisterStatistics::RegisterStatistics(const Register& reg)
    : m_activityCount(static_cast<int>(reg.activities.size()))
    , m_recipientCount(static_cast<int>(reg.recipients.size()))
    , m_dataCategoryCount(static_cast<int>(reg.dataCategories.size()))
    // Both arrays are in enum order, so a basis or a sensitivity is also its own index.
    , m_perBasis{{{Basis::Consent, 0},
                  {Basis::Contract, 0},
                  {Basis::LegalObligation, 0},
                  {Basis::VitalInterests, 0},
                  {Basis::PublicTask, 0},
                  {Basis::LegitimateInterests, 0}}}
    , m_bySensitivity{{{SpecialCategory::None, 0}, {SpecialCategory::Art9, 0}, {SpecialCategory::Art10, 0}}}
{
    QHash<QString, qsizetype> recipientRow;
    m_recipients.reserve(reg.recipients.size());
    for (const Recipient& recipient : reg.recipients) {
        recipientRow.insert(recipient.id, m_recipients.size());
        m_recipients.append({recipient.id, recipient.name, 0});
    }

    for (const Activity& activity : reg.activities) {
        // An activity counts once per basis and per recipient, however often a list names it.
        bool any = false;
        for (BasisCount& count : m_perBasis) {
            if (activity.hasBasis(count.basis)) {
                ++count.activities;
                any = true;
            }
        }
        if (!any) {
            ++m_activitiesWithoutBasis;
        }
        const QSet<QString> recipients(activity.recipients.cbegin(), activity.recipients.cend());
        for (const QString& id : recipients) {
            const auto row = recipientRow.constFind(id);
            if (row != recipientRow.cend()) {
                ++m_recipients[*row].activities;
            }
        }
    }
    std::stable_sort(m_recipients.begin(), m_recipients.end(),
                     [](const RecipientUsage& a, const RecipientUsage& b) { return a.activities > b.activities; });

    for (const DataCategory& category : reg.dataCategories) {
        ++m_bySensitivity[static_cast<std::size_t>(category.special)].dataCategories;
    }
}

int RegisterStatistics::unusedRecipientCount() const
{
    return static_cast<int>(std::count_if(m_recipients.cbegin(), m_recipients.cend(),
                                          [](const RecipientUsage& usage) { return usage.activities == 0; }));
}

int RegisterStatistics::activitiesWithBasis(Basis basis) const
{
    return m_perBasis.at(static_cast<std::size_t>(basis)).activities;
}

int RegisterStatistics::dataCategoriesWith(SpecialCategory special) const
{
    return m_bySensitivity.at(static_cast<std::size_t>(special)).dataCategories;
}

} // namespace ropa::report
