#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QString>

namespace ropa::store {

class Database;

// Facts about the stored register that are not part of its content.
struct RegisterInfo
{
    qint64 revision = 0; // goes up by one with every committed change
    QString createdAt;
    QString modifiedAt;
};

// Reads and writes the whole register in the database; every write is one transaction with its audit entry.
class RegisterStore
{
public:
    explicit RegisterStore(Database& db);

    Result<Register> load() const;
    Result<RegisterInfo> info() const;
    // Replaces everything the register holds with reg, all or nothing.
    Status replace(const Register& reg, const QString& auditAction, const QString& auditDetail);

private:
    Status writeAll(const Register& reg);
    Status bumpRevision();

    Database& m_db;
};

} // namespace ropa::store
