#pragma once

#include "domain/LawfulBasis.h"
#include "domain/Transfer.h"

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
    std::optional<QString> specialCondition; // Art. 9(2) / DPA 2018 Schedule 1 condition
    QStringList dataCategories; // ids
    QStringList subjectCategories; // ids
    QStringList recipients; // ids
    QStringList sources; // ids
    std::optional<QString> retention; // id
    QList<Transfer> transfers;
    QString securityMeasures;
    DpiaStatus dpia = DpiaStatus::NotAssessed;
    bool automatedDecisionMaking = false;

    bool operator==(const Activity&) const = default;

    bool hasBasis(Basis basis) const;
    const LawfulBasis* findBasis(Basis basis) const;

    // The fields in which other differs from this activity, by their .ropa.json keys ("purpose", "bases", ...), in
    // the order the format lists them.
    QStringList changedFields(const Activity& other) const;
};

} // namespace ropa
