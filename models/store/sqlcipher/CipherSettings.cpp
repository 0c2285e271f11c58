#include "store/sqlcipher/CipherSettings.h"

#include "store/sqlcipher/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace ropa::store::sqlcipher {

int CipherSettings::majorVersion()
{
    static const int major = [] {
        Result<std::unique_ptr<Database>> db = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateNew);
        if (!db) {
            return 0;
        }
        const Result<QString> version = db.value()->scalar(QStringLiteral("PRAGMA cipher_version"));
        return version ? version.value().section(QLatin1Char('.'), 0, 0).toInt() : 0;
    }();
    return major;
}

// File format 1 pins the cipher settings that SQLCipher 3.4 has built in (AES-256-CBC, HMAC-SHA1 per page, HMAC key
// by PBKDF2-HMAC-SHA1 with 2 rounds) and a 4096-byte page; 4.x must be told each one, since its defaults differ. The
// main key is raw, so the PBKDF2 round count for it is never used.
Status CipherSettings::pin(Database& db, const QString& schema)
{
    const QStringList settings = majorVersion() >= 4
        ? QStringList{QStringLiteral("cipher_page_size = 4096"),
                      QStringLiteral("cipher_hmac_algorithm = HMAC_SHA1"),
                      QStringLiteral("cipher_kdf_algorithm = PBKDF2_HMAC_SHA1"),
                      QStringLiteral("kdf_iter = 64000"),
                      QStringLiteral("fast_kdf_iter = 2"),
                      QStringLiteral("cipher_plaintext_header_size = 0")}
        : QStringList{QStringLiteral("cipher_page_size = 4096"), QStringLiteral("cipher_use_hmac = ON"),
                      QStringLiteral("kdf_iter = 64000"), QStringLiteral("fast_kdf_iter = 2")};
    QString sql;
    for (const QString& setting : settings) {
        sql += QStringLiteral("PRAGMA %1.%2;").arg(schema, setting);
    }
    return db.exec(sql);
}

Result<SecureBytes> CipherSettings::keySpec(const SecureBytes& key, QByteArrayView salt)
{
    const std::size_t hexSize = 2 * (key.size() + static_cast<std::size_t>(salt.size()));
    SecureBytes spec(hexSize + 4); // x ' hex ' NUL
    if (spec.isNull()) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("ropa::store::sqlcipher", "Not enough locked memory for the key.")};
    }
    auto* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    char* hex = out + 2;
    sodium_bin2hex(hex, 2 * key.size() + 1, key.data(), key.size());
    sodium_bin2hex(hex + 2 * key.size(), 2 * static_cast<std::size_t>(salt.size()) + 1,
                   reinterpret_cast<const unsigned char*>(salt.data()), static_cast<std::size_t>(salt.size()));
    out[2 + hexSize] = '\'';
    out[3 + hexSize] = '\0';
    spec.setSize(hexSize + 3);
    return spec;
}

Status CipherSettings::applyKey(Database& db, const SecureBytes& key, QByteArrayView salt)
{
    Result<SecureBytes> spec = keySpec(key, salt);
    if (!spec) {
        return spec.error();
    }
    const int rc = sqlite3_key(db.handle(), spec->data(), static_cast<int>(spec->size()));
    spec->wipe();
    if (rc != SQLITE_OK) {
        return Database::errorFrom(db.handle(), rc);
    }
    return {};
}

} // namespace ropa::store::sqlcipher
