#pragma once

#include "domain/RegisterChange.h"

#include <QDate>
#include <QList>
#include <optional>

namespace ropa::store {

// When a change is a review, for every store: it sets the register's review date to a later day than the one it
// had, or to the first one. Going back to an earlier date is the review's undo.
class Reviews
{
public:
    // The review date the changes leave, where one of them sets the organisation's details.
    static std::optional<QDate> dateSetBy(const QList<RegisterChange>& changes);
    static bool isReview(const std::optional<QDate>& setTo, const std::optional<QDate>& before);
};

} // namespace ropa::store
