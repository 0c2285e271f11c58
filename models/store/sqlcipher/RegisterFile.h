#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "store/sqlcipher/Database.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace ropa::store::sqlcipher {

// An unlocked .ropa file: the SQLCipher connection plus the lock that keeps other processes out, and the key in
// guarded memory for the copies made of it (backups, a new passphrase) and for the audit anchor.
class RegisterFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kPageSize = 4096;
    static constexpr quint32 kApplicationId = 0x526F5041; // "RoPA"

    static Result<std::unique_ptr<RegisterFile>> create(const QString& path, QByteArrayView passphrase);
    static Result<std::unique_ptr<RegisterFile>> open(const QString& path, QByteArrayView passphrase);
    // Whether another window or process holds the register at path open (ErrorCode::Locked, with the sentence open()
    // would give), found by taking its lock and letting it go at once; before the passphrase is asked for. A folder
    // where no lock can be made is not refused here: opening says so in its own words.
    static Status checkNotOpenElsewhere(const QString& path);
    ~RegisterFile();
    RegisterFile(const RegisterFile&) = delete;
    RegisterFile& operator=(const RegisterFile&) = delete;

    Database& database() { return *m_db; }
    const Database& database() const { return *m_db; }
    const QString& path() const { return m_path; }
    // The key of the audit anchor (AuditAnchor::keyFrom the register key).
    const SecureBytes& anchorKey() const { return m_anchorKey; }

    // Writes an encrypted copy under the same key and salt, so the same passphrase opens it, to path, which must not
    // exist; made whole under a hidden name beside path, synced, then given its name.
    Status writeCopy(const QString& path);
    // Re-encrypts the file under a new salt and the key newPassphrase gives with it: a copy beside the file, synced,
    // renamed over it in one step and opened again. The lock is held throughout.
    Status changePassphrase(QByteArrayView newPassphrase);
    // The numbers of the pages on the disk whose HMAC fails.
    Result<QList<quint32>> damagedPages() const;

    // The SQLCipher library's version string, e.g. "3.4.1" or "4.6.1 community".
    static QString cipherVersion();

private:
    RegisterFile(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db, SecureBytes key,
                 QByteArray salt, SecureBytes anchorKey);

    // Exports the whole database into a new file at target, encrypted with key and salt and pinned to format 1;
    // finish runs on the copy (attached as ropa_copy) inside the export's transaction.
    Status exportTo(const QString& target, const SecureBytes& key, QByteArrayView salt,
                    const std::function<Status(Database&)>& finish = {});

    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // declared before m_db so the database closes first
    std::unique_ptr<Database> m_db;
    SecureBytes m_key;
    QByteArray m_salt;
    SecureBytes m_anchorKey;
};

} // namespace ropa::store::sqlcipher
