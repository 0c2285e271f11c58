#include "store/sqlcipher/KeyDerivation.h"

#include <QCoreApplication>
#include <sodium.h>

namespace ropa::store::sqlcipher {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<SecureBytes> KeyDerivation::deriveKey(QByteArrayView passphrase, QByteArrayView salt)
{
    if (!sodiumReady()) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("ropa::store::sqlcipher",
                                                 "The cryptography library could not be initialised.")};
    }
    if (salt.size() != static_cast<qsizetype>(kSaltBytes)) {
        return Error{ErrorCode::NotARegister,
                     QCoreApplication::translate("ropa::store::sqlcipher", "The file's salt is missing or truncated.")};
    }
    SecureBytes key(kKeyBytes);
    if (key.isNull()) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("ropa::store::sqlcipher", "Not enough locked memory for the key.")};
    }
    const int rc = crypto_pwhash(
        key.data(), key.size(), passphrase.data(), static_cast<unsigned long long>(passphrase.size()),
        reinterpret_cast<const unsigned char*>(salt.data()), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate(
                         "ropa::store::sqlcipher",
                         "Not enough memory to derive the key from the passphrase (64 MiB are needed).")};
    }
    return key;
}

QByteArray KeyDerivation::randomSalt()
{
    sodiumReady();
    QByteArray salt(static_cast<qsizetype>(kSaltBytes), Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltBytes);
    return salt;
}

} // namespace ropa::store::sqlcipher
