#include "store/Reviews.h"

namespace ropa::store {

std::optional<QDate> Reviews::dateSetBy(const QList<RegisterChange>& changes)
{
    std::optional<QDate> reviewedOn;
    for (const RegisterChange& change : changes) {
        if (const auto* organisation = change.as<RegisterChange::UpdateOrganisation>()) {
            reviewedOn = organisation->lastReviewed;
        }
    }
    return reviewedOn;
}

bool Reviews::isReview(const std::optional<QDate>& setTo, const std::optional<QDate>& before)
{
    return setTo && (!before || !before->isValid() || *setTo > *before);
}

} // namespace ropa::store
