#include "store/sqlcipher/Transaction.h"

#include "store/sqlcipher/Database.h"

#include <utility>

namespace ropa::store::sqlcipher {

Transaction::Transaction(Database& db)
    : m_db(&db)
{ }

Result<Transaction> Transaction::begin(Database& db)
{
    // IMMEDIATE takes the write lock now, so a conflict shows here and not halfway through.
    if (Status status = db.exec("BEGIN IMMEDIATE"); !status) {
        return status.error();
    }
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_db) {
        (void)m_db->exec("ROLLBACK");
    }
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

Status Transaction::commit()
{
    Database* db = std::exchange(m_db, nullptr);
    if (!db) {
        return {};
    }
    if (Status status = db->exec("COMMIT"); !status) {
        (void)db->exec("ROLLBACK");
        return status;
    }
    return {};
}

} // namespace ropa::store::sqlcipher
