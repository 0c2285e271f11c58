#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct pg_result;

namespace ropa::store::postgres {

// The rows a statement returned, in text form; cleared when the object goes away.
class QueryResult
{
public:
    explicit QueryResult(pg_result* result);
    ~QueryResult();
    QueryResult(QueryResult&& other) noexcept;
    QueryResult& operator=(QueryResult&& other) noexcept;
    QueryResult(const QueryResult&) = delete;
    QueryResult& operator=(const QueryResult&) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    // The value as UTF-8 text; empty for NULL.
    QString text(int row, int column) const;
    std::optional<QString> optionalText(int row, int column) const;
    qint64 integer(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE changed.
    qint64 affected() const;
    pg_result* handle() const { return m_result; }
    // The command tag, such as "COMMIT", or "ROLLBACK" for a COMMIT of a transaction that had failed.
    QByteArray command() const;

private:
    pg_result* m_result = nullptr;
};

} // namespace ropa::store::postgres
