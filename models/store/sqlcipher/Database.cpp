#include "store/sqlcipher/Database.h"

#include "core/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <sqlcipher/sqlite3.h>

namespace ropa::store::sqlcipher {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::sqlcipher)
};

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::CreateNew) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QDir::toNativeSeparators(path).toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ropa::store::sqlcipher", "Cannot open %1: %2.")
                         .arg(QDir::toNativeSeparators(path), reason)};
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Status Database::exec(const QString& sql)
{
    return exec(sql.toUtf8().constData());
}

Status Database::exec(const char* sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return errorFrom(m_db, rc);
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFrom(m_db, rc);
    }
    return Statement(m_db, stmt);
}

Result<QString> Database::scalar(const QString& sql)
{
    QString value;
    const Status status = firstRow(sql, [&value](const Statement& row) { value = row.text(0); });
    return status ? Result<QString>(value) : Result<QString>(status.error());
}

Result<qint64> Database::scalarInteger(const QString& sql)
{
    qint64 value = 0;
    const Status status = firstRow(sql, [&value](const Statement& row) { value = row.integer(0); });
    return status ? Result<qint64>(value) : Result<qint64>(status.error());
}

Status Database::firstRow(const QString& sql, const std::function<void(const Statement&)>& onRow)
{
    Result<Statement> query = prepare(sql);
    if (!query) {
        return query.error();
    }
    const Result<bool> row = query->step();
    if (!row) {
        return row.error();
    }
    if (row.value()) {
        onRow(query.value());
    }
    return {};
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::errorFrom(sqlite3* db, int rc)
{
    const int primary = rc & 0xff;
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString file =
        QDir::toNativeSeparators(name && *name ? QString::fromUtf8(name) : QStringLiteral("the register"));
    // A write the system refused for want of space reaches SQLite as an I/O error unless it was ENOSPC exactly.
    const bool diskFull =
        primary == SQLITE_FULL || (primary == SQLITE_IOERR && db && Platform::isDiskFull(sqlite3_system_errno(db)));
    if (diskFull) {
        return Error{ErrorCode::DiskFull,
                     Text::tr("Cannot save to %1: the disk is full. Your change was not saved; free some space and try "
                              "again.")
                         .arg(file)};
    }
    switch (primary) {
    case SQLITE_NOTADB:
        // Where the key is right (the file opened), a page that fails to authenticate is damage.
        return Error{ErrorCode::Damaged,
                     Text::tr("Part of %1 cannot be read: a page of it fails its authentication check, so the file is "
                              "damaged; restore it from a backup.")
                         .arg(file)};
    case SQLITE_CORRUPT:
        return Error{ErrorCode::Damaged, Text::tr("%1 is damaged (%2); restore it from a backup.").arg(file, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Locked,
                     Text::tr("%1 is busy in another program (%2); close it there and try again.").arg(file, detail)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error{ErrorCode::ReadOnly,
                     Text::tr("Cannot save to %1: the file can no longer be written (it was moved, deleted or made "
                              "read-only). Your change was not saved.")
                         .arg(file)};
    case SQLITE_IOERR:
        if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ) {
            return Error{ErrorCode::Io,
                         Text::tr("Cannot read %1 (%2); check that the disk or share holding it is still there.")
                             .arg(file, detail)};
        }
        return Error{ErrorCode::ReadOnly,
                     Text::tr("Cannot save to %1: the file can no longer be written (it was moved, deleted or made "
                              "read-only, or its disk has gone). Your change was not saved.")
                         .arg(file)};
    case SQLITE_CANTOPEN:
        return Error{ErrorCode::Io,
                     Text::tr("Cannot open %1 or the journal beside it (%2); check that the folder still exists and is "
                              "writable.")
                         .arg(file, detail)};
    default:
        return Error{ErrorCode::Database, detail};
    }
}

} // namespace ropa::store::sqlcipher
