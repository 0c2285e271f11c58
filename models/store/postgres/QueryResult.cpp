#include "store/postgres/QueryResult.h"

#include <libpq-fe.h>
#include <utility>

namespace ropa::store::postgres {

QueryResult::QueryResult(pg_result* result)
    : m_result(result)
{ }

QueryResult::~QueryResult()
{
    PQclear(m_result);
}

QueryResult::QueryResult(QueryResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

QueryResult& QueryResult::operator=(QueryResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int QueryResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int QueryResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool QueryResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArray QueryResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString QueryResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

std::optional<QString> QueryResult::optionalText(int row, int column) const
{
    return isNull(row, column) ? std::nullopt : std::optional<QString>(text(row, column));
}

qint64 QueryResult::integer(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

qint64 QueryResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

QByteArray QueryResult::command() const
{
    return QByteArray(PQcmdStatus(m_result));
}

} // namespace ropa::store::postgres
