#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace ropa::store {

class Database;

// One change to the register: who, when, what; hash chains it to the entry before.
struct AuditEntry
{
    qint64 seq = 0;
    QString at; // ISO 8601 UTC
    QString actor;
    QString action;
    QString detail;
    QString prevHash;
    QString hash;
};

// The append-only, hash-chained record of every change (tampering breaks the chain).
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    // Call inside the transaction that makes the change, so both land or neither does.
    Status append(const QString& action, const QString& detail);
    Result<QList<AuditEntry>> entries() const;
    // The sequence number of the first entry whose hash does not match, or nullopt when the chain holds.
    Result<std::optional<qint64>> firstBrokenEntry() const;
    // The same for entries already read, oldest first.
    static std::optional<qint64> firstBrokenEntry(const QList<AuditEntry>& entries);

    static QString hashOf(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace ropa::store
