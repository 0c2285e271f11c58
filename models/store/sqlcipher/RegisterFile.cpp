#include "store/sqlcipher/RegisterFile.h"

#include "core/SecureBytes.h"
#include "store/sqlcipher/KeyDerivation.h"
#include "store/sqlcipher/MetaKeys.h"
#include "store/sqlcipher/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace ropa::store::sqlcipher {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::store::sqlcipher", text);
}

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

int cipherMajorVersion()
{
    return RegisterFile::cipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

// File format 1 pins the cipher settings that SQLCipher 3.4 has built in (AES-256-CBC, HMAC-SHA1 per
// page, HMAC key by PBKDF2-HMAC-SHA1 with 2 rounds) and a 4096-byte page; 4.x must be told each one,
// since its defaults differ. The main key is raw, so the PBKDF2 round count for it is never used.
Status pinCipherSettings(Database& db)
{
    if (cipherMajorVersion() >= 4) {
        return db.exec("PRAGMA cipher_page_size = 4096;"
                       "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                       "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"
                       "PRAGMA kdf_iter = 64000;"
                       "PRAGMA fast_kdf_iter = 2;"
                       "PRAGMA cipher_plaintext_header_size = 0;");
    }
    return db.exec("PRAGMA cipher_page_size = 4096;"
                   "PRAGMA cipher_use_hmac = ON;"
                   "PRAGMA kdf_iter = 64000;"
                   "PRAGMA fast_kdf_iter = 2;");
}

// Hands SQLCipher the raw key together with the salt, so a new file gets our salt in its first 16 bytes. The key
// goes in through sqlite3_key() as x'<hex>' in locked memory that is wiped at once, never as the text of an SQL
// statement, which SQLite would copy around unguarded.
Status applyKey(Database& db, const SecureBytes& key, QByteArrayView salt)
{
    const std::size_t hexSize = 2 * (key.size() + static_cast<std::size_t>(salt.size()));
    SecureBytes blob(hexSize + 4); // x ' hex ' NUL
    if (blob.isNull()) {
        return Error{ErrorCode::Database, tr("Not enough locked memory for the key.")};
    }
    auto* out = reinterpret_cast<char*>(blob.data());
    out[0] = 'x';
    out[1] = '\'';
    char* hex = out + 2;
    sodium_bin2hex(hex, 2 * key.size() + 1, key.data(), key.size());
    sodium_bin2hex(hex + 2 * key.size(), 2 * static_cast<std::size_t>(salt.size()) + 1,
                   reinterpret_cast<const unsigned char*>(salt.data()), static_cast<std::size_t>(salt.size()));
    out[2 + hexSize] = '\'';
    out[3 + hexSize] = '\0';
    const int rc = sqlite3_key(db.handle(), out, static_cast<int>(hexSize + 3));
    blob.wipe();
    if (rc != SQLITE_OK) {
        return Database::errorFrom(db.handle(), rc);
    }
    return {};
}

// Settings for every connection: a rollback journal keeps each committed change inside the .ropa file
// itself (a user may copy just that file), FULL sync survives power loss, temp data stays in memory. The page
// cache holds up to 64 MiB (a 10,000-activity register is about 9 MiB), so that reading the register decrypts
// each page once: with SQLite's default of 2 MiB, joining the detail tables to the activities read pages
// over and over, and checking their HMAC was most of the time it took.
Status configureConnection(Database& db)
{
    return db.exec("PRAGMA journal_mode = DELETE;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA temp_store = MEMORY;"
                   "PRAGMA cache_size = -65536;"
                   "PRAGMA foreign_keys = ON;"
                   "PRAGMA busy_timeout = 2000;");
}

Result<std::unique_ptr<QLockFile>> lockRegister(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process has gone, never by age
    if (lock->tryLock(0)) {
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return Error{ErrorCode::Locked,
                     tr("%1 is already open in another window (process %2 on %3); close it there first.")
                         .arg(displayPath(path))
                         .arg(pid)
                         .arg(host.isEmpty() ? tr("this computer") : host)};
    }
    return Error{
        ErrorCode::Io,
        tr("Cannot create the lock file beside %1; check that the folder is writable.").arg(displayPath(path))};
}

Status finishOpening(Database& db, const QString& path)
{
    // The first read is where a wrong key shows: SQLCipher cannot authenticate page 1.
    const Result<qint64> tables = db.scalarInteger(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables) {
        if (tables.error().code == ErrorCode::WrongPassphrase) {
            return Error{
                ErrorCode::WrongPassphrase,
                tr("The passphrase does not unlock %1 (or the file is not a RoPA register).").arg(displayPath(path))};
        }
        return tables.error();
    }
    const Result<qint64> appId = db.scalarInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        return appId.error();
    }
    if (static_cast<quint32>(appId.value()) != RegisterFile::kApplicationId) {
        return Error{ErrorCode::NotARegister,
                     tr("%1 is an encrypted database, but not a RoPA register.").arg(displayPath(path))};
    }
    if (Status status = configureConnection(db); !status) {
        return status;
    }
    return Migrations::migrate(db);
}

} // namespace

RegisterFile::RegisterFile(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
{ }

RegisterFile::~RegisterFile() = default;

QString RegisterFile::cipherVersion()
{
    static const QString version = [] {
        Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateNew);
        if (!db) {
            return QString();
        }
        const Result<QString> v = db.value()->scalar(QStringLiteral("PRAGMA cipher_version"));
        return v ? v.value() : QString();
    }();
    return version;
}

Result<std::unique_ptr<RegisterFile>> RegisterFile::open(const QString& path, QByteArrayView passphrase)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::Io, tr("%1 does not exist.").arg(displayPath(path))};
    }
    if (!info.isFile()) {
        return Error{ErrorCode::Io, tr("%1 is not a file.").arg(displayPath(path))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, tr("Cannot read %1: %2.").arg(displayPath(path), file.errorString())};
    }
    const QByteArray salt = file.read(static_cast<qint64>(KeyDerivation::kSaltBytes));
    file.close();
    if (salt.startsWith("SQLite format 3")) {
        return Error{ErrorCode::NotARegister,
                     tr("%1 is an unencrypted SQLite database, not a RoPA register.").arg(displayPath(path))};
    }
    if (info.size() < kPageSize || info.size() % kPageSize != 0) {
        return Error{ErrorCode::NotARegister, tr("%1 is not a RoPA register.").arg(displayPath(path))};
    }

    Result<std::unique_ptr<QLockFile>> lock = lockRegister(path);
    if (!lock) {
        return lock.error();
    }
    Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase, salt);
    if (!key) {
        return key.error();
    }
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        return db.error();
    }
    Status status = applyKey(*db.value(), key.value(), salt);
    key->wipe();
    if (status) {
        status = pinCipherSettings(*db.value());
    }
    if (status) {
        status = finishOpening(*db.value(), path);
    }
    if (!status) {
        return status.error();
    }
    return std::unique_ptr<RegisterFile>(new RegisterFile(path, std::move(lock.value()), std::move(db.value())));
}

Result<std::unique_ptr<RegisterFile>> RegisterFile::create(const QString& path, QByteArrayView passphrase)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::Usage, tr("%1 already exists; choose another file name.").arg(displayPath(path))};
    }
    if (passphrase.isEmpty()) {
        return Error{ErrorCode::Usage, tr("The passphrase for %1 is empty.").arg(displayPath(path))};
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorCode::Io, tr("Cannot create the folder %1.").arg(displayPath(info.absolutePath()))};
    }
    Result<std::unique_ptr<QLockFile>> lock = lockRegister(path);
    if (!lock) {
        return lock.error();
    }
    const QByteArray salt = KeyDerivation::randomSalt();
    Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase, salt);
    if (!key) {
        return key.error();
    }
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::CreateNew);
    if (!db) {
        return db.error();
    }
    Database& database = *db.value();
    Status status = applyKey(database, key.value(), salt);
    key->wipe();
    if (status) {
        status = pinCipherSettings(database);
    }
    if (status) {
        status = database.exec(QStringLiteral("PRAGMA application_id = %1;").arg(kApplicationId));
    }
    if (status) {
        status = configureConnection(database);
    }
    if (status) {
        status = Migrations::migrate(database);
    }
    if (status) {
        status =
            database.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('%1', '%2'), ('%3', '0'), ('%4', '%5')")
                              .arg(QLatin1StringView(MetaKeys::kFormatVersion))
                              .arg(kFormatVersion)
                              .arg(QLatin1StringView(MetaKeys::kRevision), QLatin1StringView(MetaKeys::kCreatedAt),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    }
    if (!status) {
        db.value().reset();
        QFile::remove(path);
        return status.error();
    }
    return std::unique_ptr<RegisterFile>(new RegisterFile(path, std::move(lock.value()), std::move(db.value())));
}

} // namespace ropa::store::sqlcipher
