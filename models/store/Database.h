#pragma once

#include "core/Result.h"
#include "store/Statement.h"

#include <QString>
#include <functional>
#include <memory>

struct sqlite3;

namespace ropa::store {

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
    // Runs a query and hands each row to onRow.
    Status forEachRow(const QString& sql, const std::function<void(const Statement&)>& onRow);

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

} // namespace ropa::store
