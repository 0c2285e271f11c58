#include "checks/ReviewDue.h"

namespace ropa::checks {

bool ReviewDue::isDue(const std::optional<QDate>& lastReviewed, QDate today)
{
    return !lastReviewed || lastReviewed->addMonths(kMonths) < today;
}

QList<ReviewDue::Item> ReviewDue::list(const Register& reg, QDate today)
{
    QList<Item> due;
    if (isDue(reg.lastReviewed, today)) {
        due.append({QString(), reg.controller.name, reg.lastReviewed});
    }
    for (const Activity& activity : reg.activities) {
        if (isDue(activity.lastReviewed, today)) {
            due.append({activity.id, activity.purpose, activity.lastReviewed});
        }
    }
    return due;
}

} // namespace ropa::checks
