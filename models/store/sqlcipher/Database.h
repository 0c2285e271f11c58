#pragma once

#include "core/Result.h"
#include "store/sqlcipher/Statement.h"

#include <QString>
#include <functional>
#include <memory>
#include <type_traits>

struct sqlite3;

namespace ropa::store::sqlcipher {

// An open SQLCipher connection; closed when the object goes away.
class Database
{
public:
    enum class Mode { OpenExisting, CreateNew };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that return no rows.
    Status exec(const QString& sql);
    Status exec(const char* sql);
    Result<Statement> prepare(const QString& sql);
    // The first column of the first row of a query, as text.
    Result<QString> scalar(const QString& sql);
    Result<qint64> scalarInteger(const QString& sql);
    // Runs a query and hands each row to onRow, which returns nothing or a Status; an error stops the query.
    template <typename OnRow>
    Status forEachRow(const QString& sql, OnRow onRow);
    // The same for a statement already prepared and bound; it is reset afterwards.
    template <typename OnRow>
    static Status forEachRow(Statement& query, OnRow onRow);

    // Rows the last INSERT, UPDATE or DELETE changed.
    qint64 changes() const;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    static Error errorFrom(sqlite3* db, int rc);

private:
    // Runs a query and hands its first row, if any, to onRow.
    Status firstRow(const QString& sql, const std::function<void(const Statement&)>& onRow);

    Database(sqlite3* db, QString path);

    sqlite3* m_db = nullptr;
    QString m_path;
};

template <typename OnRow>
Status Database::forEachRow(const QString& sql, OnRow onRow)
{
    Result<Statement> query = prepare(sql);
    if (!query) {
        return query.error();
    }
    return forEachRow(query.value(), std::move(onRow));
}

template <typename OnRow>
Status Database::forEachRow(Statement& query, OnRow onRow)
{
    while (true) {
        const Result<bool> row = query.step();
        if (!row || !row.value()) {
            query.reset();
            return row ? Status() : Status(row.error());
        }
        if constexpr (std::is_same_v<decltype(onRow(query)), void>) {
            onRow(query);
        } else if (Status status = onRow(query); !status) {
            query.reset();
            return status;
        }
    }
}

} // namespace ropa::store::sqlcipher
