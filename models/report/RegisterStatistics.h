#pragma once

#include "domain/Register.h"

#include <QList>
#include <QString>
#include <array>

namespace ropa::report {

// The counts behind the overview dashboard: activities per lawful basis, how widely each recipient is used and how
// sensitive the data categories are.
class RegisterStatistics
{
public:
    struct BasisCount
    {
        Basis basis;
        int activities = 0;
    };

    struct RecipientUsage
    {
        QString id;
        QString name;
        int activities = 0;
    };

    struct SensitivityCount
    {
        SpecialCategory special;
        int dataCategories = 0;
    };

    explicit RegisterStatistics(const Register& reg);

    int activityCount() const { return m_activityCount; }
    int recipientCount() const { return m_recipientCount; }
    int dataCategoryCount() const { return m_dataCategoryCount; }
    int activitiesWithoutBasis() const { return m_activitiesWithoutBasis; }
    // Recipients no activity discloses data to.
    int unusedRecipientCount() const;

    // All six bases in Article 6(1) order, each with the number of activities that rely on it.
    const std::array<BasisCount, 6>& activitiesPerBasis() const { return m_perBasis; }
    int activitiesWithBasis(Basis basis) const;
    // Every recipient with the number of activities that use it, most used first; ties keep register order.
    const QList<RecipientUsage>& recipientsByUse() const { return m_recipients; }
    // Ordinary, Art. 9 and Art. 10, in that order, each with its number of data categories.
    const std::array<SensitivityCount, 3>& dataCategoriesBySensitivity() const { return m_bySensitivity; }
    int dataCategoriesWith(SpecialCategory special) const;

private:
    int m_activityCount = 0;
    int m_recipientCount = 0;
    int m_dataCategoryCount = 0;
    int m_activitiesWithoutBasis = 0;
    std::array<BasisCount, 6> m_perBasis;
    QList<RecipientUsage> m_recipients;
    std::array<SensitivityCount, 3> m_bySensitivity;
};

} // namespace ropa::report
