#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ropa::store {

// One entry of a register's audit log: who made which change when, hash-chained to the entry before it.
struct AuditEntry
{
    qint64 seq = 0; // from 1, one more than the entry before
    QString at; // ISO 8601 UTC with milliseconds
    QString actor; // as the caller named them
    QString action; // a stable code such as "activity.change"; registers written before codes hold a sentence
    QString detail; // the action's arguments as a compact JSON object; before codes, free text
    QString prevHash;
    QString hash;

    // The arguments held in detail, or an empty object where detail is not a JSON object.
    QJsonObject arguments() const;
};

} // namespace ropa::store
