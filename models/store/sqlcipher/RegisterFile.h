#pragma once

#include "core/Result.h"
#include "store/sqlcipher/Database.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

class QLockFile;

namespace ropa::store::sqlcipher {

// An unlocked .ropa file: the SQLCipher connection plus the lock that keeps other processes out.
class RegisterFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kPageSize = 4096;
    static constexpr quint32 kApplicationId = 0x526F5041; // "RoPA"

    static Result<std::unique_ptr<RegisterFile>> create(const QString& path, QByteArrayView passphrase);
    static Result<std::unique_ptr<RegisterFile>> open(const QString& path, QByteArrayView passphrase);
    ~RegisterFile();
    RegisterFile(const RegisterFile&) = delete;
    RegisterFile& operator=(const RegisterFile&) = delete;

    Database& database() { return *m_db; }
    const QString& path() const { return m_path; }

    // The SQLCipher library's version string, e.g. "3.4.1" or "4.6.1 community".
    static QString cipherVersion();

private:
    RegisterFile(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock; // declared before m_db so the database closes first
    std::unique_ptr<Database> m_db;
};

} // namespace ropa::store::sqlcipher
