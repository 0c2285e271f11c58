#pragma once

#include "core/Result.h"

namespace ropa::store::postgres {

class Connection;

// One transaction on a connection: rolled back when the object goes away without commit().
class Transaction
{
public:
    enum class Kind { ReadWrite, ReadOnlySnapshot };

    // ReadOnlySnapshot reads everything as of one moment (REPEATABLE READ, READ ONLY).
    static Result<Transaction> begin(Connection& connection, Kind kind = Kind::ReadWrite);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status commit();

private:
    explicit Transaction(Connection& connection);

    Connection* m_connection = nullptr;
};

} // namespace ropa::store::postgres
