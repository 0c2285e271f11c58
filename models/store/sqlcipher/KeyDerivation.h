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
#ifdef ROPA_FUZZING
    // Fuzz builds only (the fuzz preset): libsodium's minimum (crypto_pwhash_argon2id_OPSLIMIT_MIN/MEMLIMIT_MIN), so
    // a harness can open a file thousands of times a second. Files such a build writes are not real registers.
    static constexpr unsigned long long kOpsLimit = 1;
    static constexpr std::size_t kMemLimit = 8192u;
#else
    // File format 1: above OWASP's minimum (19 MiB, t=2).
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr std::size_t kMemLimit = 64u * 1024u * 1024u;
#endif

    static Result<SecureBytes> deriveKey(QByteArrayView passphrase, QByteArrayView salt);
    static QByteArray randomSalt();
};

} // namespace ropa::store::sqlcipher
