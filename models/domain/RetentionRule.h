#pragma once

#include <QString>

namespace ropa {

// How long data is kept: an ISO 8601 period ("P12M"), an event, or both (Art. 30(1)(f)).
struct RetentionRule
{
    QString id;
    QString description;
    QString period; // ISO 8601 duration, empty when the rule is an event
    QString trigger;

    bool operator==(const RetentionRule&) const = default;

    static bool isValidPeriod(const QString& period);
};

} // namespace ropa
