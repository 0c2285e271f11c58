#pragma once

#include "core/Result.h"

namespace ropa::store::sqlcipher {

class Database;

// A write transaction that rolls back when it goes away uncommitted.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status commit();

private:
    explicit Transaction(Database& db);

    Database* m_db = nullptr;
};

} // namespace ropa::store::sqlcipher
