#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArrayView>
#include <QString>

namespace ropa::store::sqlcipher {

class Database;

// The cipher settings and the key of file format 1, the same for the register's own connection and for every copy
// made of it (backups, passphrase changes), so that each copy opens exactly as the register does.
class CipherSettings
{
public:
    // The SQLCipher library's major version: 3 on Debian 12, 4 where vcpkg builds it.
    static int majorVersion();
    // Pins page size, HMAC and key derivation on the database named schema ("main" or an attached name), before its
    // first page is read or written.
    static Status pin(Database& db, const QString& schema);
    // The key as SQLCipher takes it, x'<raw key><salt>' in hex, in guarded memory: with the salt in it, a new file
    // gets that salt in its first 16 bytes.
    static Result<SecureBytes> keySpec(const SecureBytes& key, QByteArrayView salt);
    // Keys the main database of db through sqlite3_key(), never through the text of an SQL statement.
    static Status applyKey(Database& db, const SecureBytes& key, QByteArrayView salt);
};

} // namespace ropa::store::sqlcipher
