#pragma once

#include "store/AuditEntry.h"

#include <QList>
#include <QString>
#include <optional>

namespace ropa::store {

// The hash chain of an audit log, the same for every store: each entry's hash covers the one before it, so
// changing, removing or reordering any entry breaks the chain from there on.
class AuditChain
{
public:
    // The previous hash of the first entry.
    static QString genesis();
    // SHA-256 in hex over the entry's previous hash, sequence number, time, actor, action and detail.
    static QString hashOf(const AuditEntry& entry);
    // The entry following last, with its sequence number and hashes filled in.
    static AuditEntry next(const std::optional<AuditEntry>& last, AuditEntry entry);
    // The sequence number of the first entry whose hash does not follow from the entries before it, oldest first;
    // nullopt when the chain holds.
    static std::optional<qint64> firstBrokenEntry(const QList<AuditEntry>& entries);
};

} // namespace ropa::store
