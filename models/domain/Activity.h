#pragma once

#include "domain/AutomatedDecisions.h"
#include "domain/DpiaScreening.h"
#include "domain/LawfulBasis.h"
#include "domain/PecrUse.h"
#include "domain/Transfer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ropa {

// Where a data protection impact assessment stands for an activity.
enum class DpiaStatus { NotAssessed, NotNeeded, Needed, InProgress, Done };

QString dpiaStatusKey(DpiaStatus status);
std::optional<DpiaStatus> dpiaStatusFromKey(QStringView key);
QString dpiaStatusKeyList();
QString dpiaStatusName(DpiaStatus status);

// One processing purpose of the register with everything Art. 30(1) asks about it.
struct Activity
{
    QString id;
    QString purpose;
    QString description;
    QString businessFunction;
    QList<LawfulBasis> bases;
    std::optional<QString> specialCondition; // Art. 9(2) condition for special category data
    QString schedule1Condition; // DPA 2018 Schedule 1 condition (criminal offence data; several Art. 9(2) ones)
    QString policyDocument; // link or reference to the appropriate policy document (DPA 2018 Sch. 1 Part 4)
    QStringList dataCategories; // ids
    QStringList subjectCategories; // ids
    QStringList recipients; // ids
    QStringList sources; // ids
    std::optional<QString> retention; // id
    QList<Transfer> transfers;
    QString securityMeasures;
    DpiaStatus dpia = DpiaStatus::NotAssessed;
    DpiaScreening dpiaScreening;
    AutomatedDecisions automatedDecisions;
    QList<PecrUse> pecr; // marketing or cookies that PECR governs, in the enum's order
    std::optional<QDate> lastReviewed;
    QString reviewedBy;

    bool operator==(const Activity&) const = default;

    bool hasBasis(Basis basis) const;
    const LawfulBasis* findBasis(Basis basis) const;

    // The fields in which other differs from this activity, by their .ropa.json keys ("purpose", "bases", ...), in
    // the order the format lists them.
    QStringList changedFields(const Activity& other) const;
};

} // namespace ropa
