#include "store/postgres/Transaction.h"

#include "store/postgres/Connection.h"

#include <QCoreApplication>
#include <utility>

namespace ropa::store::postgres {

Result<Transaction> Transaction::begin(Connection& connection, Kind kind)
{
    const char* sql = kind == Kind::ReadOnlySnapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN";
    Status status = connection.execScript(sql);
    // A connection the server dropped (a restart, a network break) is made again before anything was sent in this
    // transaction, so nothing can have been half done.
    if (!status && !connection.isUp()) {
        status = connection.reconnect();
        if (status) {
            status = connection.execScript(sql);
        }
    }
    if (!status) {
        return status.error();
    }
    return Transaction(connection);
}

Transaction::Transaction(Connection& connection)
    : m_connection(&connection)
{ }

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{ }

Transaction::~Transaction()
{
    if (m_connection && m_connection->isUp()) {
        // Nothing to report: a failed rollback leaves the transaction to end with the connection.
        (void)m_connection->execScript("ROLLBACK");
    }
}

Status Transaction::commit()
{
    Connection* connection = std::exchange(m_connection, nullptr);
    Result<QueryResult> result = connection->exec("COMMIT");
    if (!result) {
        return result.error();
    }
    // A transaction in which a statement failed ends in a rollback, which COMMIT reports as success.
    if (result->command() != "COMMIT") {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("ropa::store::postgres",
                                                 "%1 did not keep the change: it was rolled "
                                                 "back.")
                         .arg(connection->label())};
    }
    return {};
}

} // namespace ropa::store::postgres
