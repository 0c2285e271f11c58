#pragma once

#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ropa::checks {

// When a register or an activity is due for review: never reviewed, or last reviewed more than 12 months ago. The
// rule set's RB027 and RB028 and the list of reviews due both judge by this one rule.
class ReviewDue
{
public:
    static constexpr int kMonths = 12;

    struct Item
    {
        QString activityId; // empty for the register as a whole
        QString name; // the activity's purpose, or the organisation's name
        std::optional<QDate> lastReviewed;
    };

    static bool isDue(const std::optional<QDate>& lastReviewed, QDate today);
    // The register first, then its activities in order, of those that are due.
    static QList<Item> list(const Register& reg, QDate today);
};

} // namespace ropa::checks
