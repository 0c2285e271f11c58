#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ropa::store::sqlcipher {

// A prepared SQL statement; finalized when the object goes away.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, const QString& value);
    void bind(int index, qint64 value);
    void bind(int index, const std::optional<QString>& value);
    void bindNull(int index);
    // Binds bytes without copying them: they must outlive the statement's run (for a key in guarded memory).
    void bindBlobInPlace(int index, QByteArrayView bytes);

    // Runs one step: true when a row is ready to read, false when done.
    Result<bool> step();
    // Runs the statement to its end and resets it for the next set of bindings.
    Status run();
    void reset();

    // Columns are numbered from 0, as in SQLite.
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step.
    QByteArrayView bytes(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace ropa::store::sqlcipher
