#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ropa::store::sqlcipher {

// Turns a passphrase into the raw 256-bit database key with Argon2id, salted with the file's own salt.
class KeyDerivation
{
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::size_t kSaltBytes = 16;
    // File format 1: above OWASP's minimum (19 MiB, t=2).
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr std::size_t kMemLimit = 64u * 1024u * 1024u;

    static Result<SecureBytes> deriveKey(QByteArrayView passphrase, QByteArrayView salt);
    static QByteArray randomSalt();
};

} // namespace ropa::store::sqlcipher
