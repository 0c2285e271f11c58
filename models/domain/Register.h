#pragma once

#include "domain/Activity.h"
#include "domain/Controller.h"
#include "domain/DataCategory.h"
#include "domain/Recipient.h"
#include "domain/RetentionRule.h"
#include "domain/Source.h"
#include "domain/SubjectCategory.h"

#include <QDate>
#include <QList>
#include <optional>

namespace ropa {

// The whole Record of Processing Activities of one controller; activities are in display order.
struct Register
{
    Controller controller;
    std::optional<QDate> lastReviewed;
    QString reviewedBy;
    // What the organisation says it does that PECR governs (a cookie banner, marketing emails), whether or not an
    // activity records it yet.
    QList<PecrUse> pecrDeclared;
    QList<DataCategory> dataCategories;
    QList<SubjectCategory> subjectCategories;
    QList<Recipient> recipients;
    QList<Source> sources;
    QList<RetentionRule> retentionRules;
    QList<Activity> activities;

    bool operator==(const Register&) const = default;

    bool isEmpty() const;
    // The position of the activity with this id, or -1.
    qsizetype indexOfActivity(const QString& id) const;
};

} // namespace ropa
