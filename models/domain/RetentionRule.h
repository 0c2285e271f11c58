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
    // "P1Y6M" as "1 year 6 months"; empty for an empty or malformed period.
    static QString periodInWords(const QString& period);
    // "1 year 6 months", "6 years", "30 days" (or an ISO period) as an ISO period; empty when it is not one.
    static QString periodFromWords(const QString& words);
    // A short line for tables: "12 months from quote not accepted", or the trigger, or the description.
    QString summary() const;
};

} // namespace ropa
