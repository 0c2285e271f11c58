#include "store/sqlcipher/RegisterFile.h"

#include "core/AtomicFile.h"
#include "core/Platform.h"
#include "store/sqlcipher/AuditAnchor.h"
#include "store/sqlcipher/CipherSettings.h"
#include "store/sqlcipher/KeyDerivation.h"
#include "store/sqlcipher/MetaKeys.h"
#include "store/sqlcipher/Migrations.h"
#include "store/sqlcipher/PageAuthenticator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStringList>
#include <cerrno>
#include <sqlcipher/sqlite3.h>

namespace ropa::store::sqlcipher {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::sqlcipher)
};

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

const QString kCopySchema = QStringLiteral("ropa_copy");

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
                     Text::tr("%1 is already open in another window (process %2 on %3); close it there first.")
                         .arg(displayPath(path))
                         .arg(pid)
                         .arg(host.isEmpty() ? Text::tr("this computer") : host)};
    }
    return Error{
        ErrorCode::Io,
        Text::tr("Cannot create the lock file beside %1; check that the folder is writable.").arg(displayPath(path))};
}

// Why the first page of path cannot be read with key: a wrong passphrase, unless page 2 authenticates with the
// same key, which shows the key right and page 1 damaged. Damage to the salt itself changes the key derived from
// the passphrase, so it cannot be told from a wrong passphrase.
Error unreadableFirstPage(const QString& path, const SecureBytes& key, QByteArrayView salt)
{
    const Error wrong{
        ErrorCode::WrongPassphrase,
        Text::tr("The passphrase does not unlock %1 (or the file is not a RoPA register).").arg(displayPath(path))};
    const Result<PageAuthenticator> pages = PageAuthenticator::create(key, salt);
    QFile file(path);
    if (!pages || !file.open(QIODevice::ReadOnly)) {
        return wrong;
    }
    const QByteArray first = file.read(PageAuthenticator::kPageSize);
    const QByteArray second = file.read(PageAuthenticator::kPageSize);
    if (!pages->isAuthentic(first, 1) && pages->isAuthentic(second, 2)) {
        return Error{ErrorCode::Damaged,
                     Text::tr("The passphrase is right, but the first page of %1 is damaged; restore it from a backup "
                              "(File \u2192 Restore in the start window, or ropa-cli backup copies).")
                         .arg(displayPath(path))};
    }
    return wrong;
}

Status finishOpening(Database& db, const QString& path, const SecureBytes& key, QByteArrayView salt)
{
    // The first read is where a wrong key shows: SQLCipher cannot authenticate page 1.
    const Result<qint64> tables = db.scalarInteger(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables) {
        if (tables.error().code == ErrorCode::Damaged || tables.error().code == ErrorCode::WrongPassphrase) {
            return unreadableFirstPage(path, key, salt);
        }
        return tables.error();
    }
    const Result<qint64> appId = db.scalarInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        return appId.error();
    }
    if (static_cast<quint32>(appId.value()) != RegisterFile::kApplicationId) {
        return Error{ErrorCode::NotARegister,
                     Text::tr("%1 is an encrypted database, but not a RoPA register.").arg(displayPath(path))};
    }
    if (Status status = configureConnection(db); !status) {
        return status;
    }
    return Migrations::migrate(db);
}

// Opens the existing file at path with key and salt, ready for use.
Result<std::unique_ptr<Database>> openKeyed(const QString& path, const SecureBytes& key, QByteArrayView salt)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::OpenExisting);
    if (!db) {
        return db.error();
    }
    Status status = CipherSettings::applyKey(*db.value(), key, salt);
    if (status) {
        status = CipherSettings::pin(*db.value(), QStringLiteral("main"));
    }
    if (status) {
        status = finishOpening(*db.value(), path, key, salt);
    }
    if (!status) {
        return status.error();
    }
    return std::move(db.value());
}

// A hidden name beside path for a file being made, that no other file has.
QString draftNameFor(const QString& path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.new")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
}

void removeDraft(const QString& draft)
{
    QFile::remove(draft);
    QFile::remove(draft + QStringLiteral("-journal"));
}

// The path as its real folder and its name: the same for every way of naming a file that may not exist yet.
QString namesOfFolder(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

RegisterFile::RegisterFile(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db, SecureBytes key,
                           QByteArray salt, SecureBytes anchorKey)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_salt(std::move(salt))
    , m_anchorKey(std::move(anchorKey))
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

Status RegisterFile::checkNotOpenElsewhere(const QString& path)
{
    const Result<std::unique_ptr<QLockFile>> lock = lockRegister(path);
    if (!lock && lock.error().code == ErrorCode::Locked) {
        return lock.error();
    }
    return {};
}

Result<std::unique_ptr<RegisterFile>> RegisterFile::open(const QString& path, QByteArrayView passphrase)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::Io, Text::tr("%1 does not exist.").arg(displayPath(path))};
    }
    if (!info.isFile()) {
        return Error{ErrorCode::Io, Text::tr("%1 is not a file.").arg(displayPath(path))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(displayPath(path), file.errorString())};
    }
    QByteArray salt = file.read(static_cast<qint64>(KeyDerivation::kSaltBytes));
    file.close();
    if (salt.startsWith("SQLite format 3")) {
        return Error{ErrorCode::NotARegister,
                     Text::tr("%1 is an unencrypted SQLite database, not a RoPA register.").arg(displayPath(path))};
    }
    if (info.size() < kPageSize || info.size() % kPageSize != 0) {
        return Error{ErrorCode::NotARegister, Text::tr("%1 is not a RoPA register.").arg(displayPath(path))};
    }

    Result<std::unique_ptr<QLockFile>> lock = lockRegister(path);
    if (!lock) {
        return lock.error();
    }
    Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase, salt);
    if (!key) {
        return key.error();
    }
    Result<std::unique_ptr<Database>> db = openKeyed(path, key.value(), salt);
    if (!db) {
        return db.error();
    }
    Result<SecureBytes> anchorKey = AuditAnchor::keyFrom(key.value());
    if (!anchorKey) {
        return anchorKey.error();
    }
    // A file anchored before fingerprint version 2 is sealed again, once its old anchor is found to hold.
    if (Status status = AuditAnchor::upgrade(*db.value(), anchorKey.value()); !status) {
        return status.error();
    }
    return std::unique_ptr<RegisterFile>(new RegisterFile(path, std::move(lock.value()), std::move(db.value()),
                                                          std::move(key.value()), std::move(salt),
                                                          std::move(anchorKey.value())));
}

Result<std::unique_ptr<RegisterFile>> RegisterFile::create(const QString& path, QByteArrayView passphrase)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::Usage, Text::tr("%1 already exists; choose another file name.").arg(displayPath(path))};
    }
    if (passphrase.isEmpty()) {
        return Error{ErrorCode::Usage, Text::tr("The passphrase for %1 is empty.").arg(displayPath(path))};
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorCode::Io, Text::tr("Cannot create the folder %1.").arg(displayPath(info.absolutePath()))};
    }
    Result<std::unique_ptr<QLockFile>> lock = lockRegister(path);
    if (!lock) {
        return lock.error();
    }
    QByteArray salt = KeyDerivation::randomSalt();
    Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase, salt);
    if (!key) {
        return key.error();
    }
    Result<SecureBytes> anchorKey = AuditAnchor::keyFrom(key.value());
    if (!anchorKey) {
        return anchorKey.error();
    }
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::CreateNew);
    if (!db) {
        return db.error();
    }
    Database& database = *db.value();
    Status status = CipherSettings::applyKey(database, key.value(), salt);
    if (status) {
        status = CipherSettings::pin(database, QStringLiteral("main"));
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
    return std::unique_ptr<RegisterFile>(new RegisterFile(path, std::move(lock.value()), std::move(db.value()),
                                                          std::move(key.value()), std::move(salt),
                                                          std::move(anchorKey.value())));
}

Status RegisterFile::exportTo(const QString& target, const SecureBytes& key, QByteArrayView salt,
                              const std::function<Status(Database&)>& finish)
{
    Database& db = *m_db;
    const Result<qint64> userVersion = db.scalarInteger(QStringLiteral("PRAGMA main.user_version"));
    if (!userVersion) {
        return userVersion.error();
    }
    // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH inherits: the copy starts as an empty
    // file, which SQLite takes for a new database.
    int fd = -1;
    if (const int err = Platform::createNew(target, &fd); err != 0) {
        return Error{Platform::isDiskFull(err) ? ErrorCode::DiskFull : ErrorCode::Io,
                     Text::tr("Cannot create %1: %2. The register is unchanged.")
                         .arg(displayPath(target), Platform::errorText(err))};
    }
    Platform::closeFile(fd);
    {
        Result<SecureBytes> spec = CipherSettings::keySpec(key, salt);
        if (!spec) {
            return spec.error();
        }
        // The key goes in as a bound value, never as the text of the statement.
        Result<Statement> attach = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS %1 KEY ?2").arg(kCopySchema));
        if (!attach) {
            return attach.error();
        }
        attach->bind(1, QDir::toNativeSeparators(target));
        attach->bindBlobInPlace(2, spec->view());
        const Status attached = attach->run();
        attach = Statement();
        spec->wipe();
        if (!attached) {
            removeDraft(target);
            return attached.error();
        }
    }
    // sqlcipher_export() copies the tables, not the header's application id and schema version, and runs one
    // statement per table: one transaction around it makes the copy consistent and commits it, synced, once.
    Status status = CipherSettings::pin(db, kCopySchema);
    if (status) {
        status = db.exec(QStringLiteral("PRAGMA %1.journal_mode = DELETE; PRAGMA %1.synchronous = FULL;"
                                        "BEGIN; SELECT sqlcipher_export('%1');"
                                        "PRAGMA %1.user_version = %2; PRAGMA %1.application_id = %3;")
                             .arg(kCopySchema)
                             .arg(userVersion.value())
                             .arg(kApplicationId));
    }
    if (status && finish) {
        status = finish(db);
    }
    if (status) {
        status = db.exec("COMMIT");
    }
    if (!status) {
        (void)db.exec("ROLLBACK");
    }
    const Status detached = db.exec(QStringLiteral("DETACH DATABASE %1").arg(kCopySchema));
    if (status && !detached) {
        status = detached;
    }
    if (!status) {
        removeDraft(target);
        // The database names the register; the failure was in writing the copy.
        const QString shown = displayPath(QFileInfo(target).absolutePath());
        if (status.error().code == ErrorCode::DiskFull) {
            return Error{ErrorCode::DiskFull,
                         Text::tr("Cannot write a copy of %1 in %2: the disk is full. The register is unchanged.")
                             .arg(displayPath(m_path), shown)};
        }
        return Error{status.error().code == ErrorCode::Damaged ? ErrorCode::Damaged : ErrorCode::Io,
                     Text::tr("Cannot write a copy of %1 in %2: %3 The register is unchanged.")
                         .arg(displayPath(m_path), shown, status.error().message)};
    }
    return status;
}

Status RegisterFile::writeCopy(const QString& path)
{
    for (const QString& own :
         QStringList{m_path, m_path + QStringLiteral(".lock"), m_path + QStringLiteral("-journal")}) {
        if (AtomicFile::isSameFile(path, own) || namesOfFolder(path) == namesOfFolder(own)) {
            return Error{ErrorCode::Usage,
                         Text::tr("%1 is the register %2 itself (or its lock or journal); choose another file for the "
                                  "backup. Nothing was written.")
                             .arg(displayPath(path), displayPath(m_path))};
        }
    }
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 already exists; a backup never replaces a file, so choose a new name. Nothing was "
                              "written.")
                         .arg(displayPath(path))};
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Error{ErrorCode::Io, Text::tr("The folder %1 does not exist.").arg(displayPath(target.absolutePath()))};
    }
    const QString draft = draftNameFor(path);
    if (Status status = exportTo(draft, m_key, m_salt); !status) {
        return status;
    }
    if (const int err = Platform::renameNew(draft, path); err != 0) {
        removeDraft(draft);
        if (err == EEXIST) {
            return Error{
                ErrorCode::Usage,
                Text::tr("%1 already exists; a backup never replaces a file, so choose a new name. Nothing was "
                         "written.")
                    .arg(displayPath(path))};
        }
        return Error{ErrorCode::Io,
                     Text::tr("Cannot name the backup %1: %2.").arg(displayPath(path), Platform::errorText(err))};
    }
    Platform::syncFolder(target.absolutePath());
    return {};
}

Status RegisterFile::changePassphrase(QByteArrayView newPassphrase)
{
    if (newPassphrase.isEmpty()) {
        return Error{ErrorCode::Usage, Text::tr("The new passphrase for %1 is empty.").arg(displayPath(m_path))};
    }
    const QFileInfo info(m_path);
    // Copies left by an earlier change that was killed are the register under one passphrase or the other; the
    // register itself is whole, so they go. Drafts of another process hold a lock of their own and stay.
    const QDir folder = info.absoluteDir();
    const QString prefix = QStringLiteral(".%1.").arg(info.fileName());
    for (const QString& name : folder.entryList({prefix + QStringLiteral("*.new")}, QDir::Files | QDir::Hidden)) {
        if (!QFileInfo::exists(folder.filePath(name + QStringLiteral(".lock")))) {
            removeDraft(folder.filePath(name));
        }
    }

    QByteArray salt = KeyDerivation::randomSalt();
    Result<SecureBytes> key = KeyDerivation::deriveKey(newPassphrase, salt);
    if (!key) {
        return key.error();
    }
    Result<SecureBytes> anchorKey = AuditAnchor::keyFrom(key.value());
    if (!anchorKey) {
        return anchorKey.error();
    }
    const QString draft = draftNameFor(m_path);
    // The anchor is keyed by the register key, so the copy's is sealed again under the new key, but only where the
    // old one held: a register that fails verify goes on failing it.
    const SecureBytes& newAnchorKey = anchorKey.value();
    if (Status status = exportTo(draft, key.value(), salt,
                                 [this, &newAnchorKey](Database& db) {
                                     return AuditAnchor::carryOver(db, m_anchorKey, newAnchorKey, kCopySchema);
                                 });
        !status) {
        return status;
    }
    // Closed before the rename, which Windows refuses over an open file; the lock stays held.
    m_db.reset();
    if (const int err = Platform::replaceFile(draft, m_path); err != 0) {
        removeDraft(draft);
        Result<std::unique_ptr<Database>> old = openKeyed(m_path, m_key, m_salt);
        if (old) {
            m_db = std::move(old.value());
        }
        return Error{ErrorCode::Io,
                     Text::tr("Cannot replace %1 with its copy under the new passphrase: %2. The old "
                              "passphrase still opens it.")
                         .arg(displayPath(m_path), Platform::errorText(err))};
    }
    Platform::syncFolder(info.absolutePath());
    Result<std::unique_ptr<Database>> reopened = openKeyed(m_path, key.value(), salt);
    if (!reopened) {
        return reopened.error();
    }
    m_db = std::move(reopened.value());
    m_key = std::move(key.value());
    m_salt = std::move(salt);
    m_anchorKey = std::move(anchorKey.value());
    return {};
}

Result<QList<quint32>> RegisterFile::damagedPages() const
{
    const Result<PageAuthenticator> pages = PageAuthenticator::create(m_key, m_salt);
    if (!pages) {
        return pages.error();
    }
    return pages->damagedPages(m_path);
}

} // namespace ropa::store::sqlcipher
