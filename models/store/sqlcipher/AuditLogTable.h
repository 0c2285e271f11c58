#pragma once

#include "core/Result.h"
#include "store/AuditEntry.h"
#include "store/AuditRecord.h"

#include <QList>

namespace ropa::store::sqlcipher {

class Database;

// The audit log as the file keeps it: one row per entry, each hash-chained to the one before (AuditChain).
class AuditLogTable
{
public:
    explicit AuditLogTable(Database& db);

    // Call inside the transaction that makes the change, so both land or neither does.
    Status append(const AuditRecord& record);
    Result<QList<AuditEntry>> entries() const;

private:
    Database& m_db;
};

} // namespace ropa::store::sqlcipher
