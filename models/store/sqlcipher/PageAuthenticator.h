#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ropa::store::sqlcipher {

// Checks the HMAC that SQLCipher keeps at the end of every page of a file-format-1 register, from the bytes on the
// disk and the raw key, without SQLCipher: tells a damaged page from a wrong key, and checks every page of a file
// where the SQLCipher version has no cipher_integrity_check. The layout (SQLCipher 3's, which format 1 pins on 4.x
// too): each 4096-byte page ends in 48 reserved bytes, a 16-byte IV and a 20-byte HMAC-SHA1 of the encrypted bytes
// before it, the IV and the page number (4 bytes, little-endian); page 1 begins with the 16-byte salt, which the
// HMAC leaves out. The HMAC key is PBKDF2-HMAC-SHA1 of the raw key, salted with the file's salt XOR 0x3a, 2 rounds.
class PageAuthenticator
{
public:
    static constexpr qsizetype kPageSize = 4096;
    static constexpr qsizetype kSaltBytes = 16;
    static constexpr qsizetype kReserveBytes = 48;
    static constexpr qsizetype kIvBytes = 16;
    static constexpr qsizetype kHmacBytes = 20;

    static Result<PageAuthenticator> create(const SecureBytes& key, QByteArrayView salt);

    // Whether page (kPageSize bytes of the file, numbered from 1) carries the HMAC the key gives it.
    bool isAuthentic(QByteArrayView page, quint32 number) const;
    // The numbers of the pages of the file at path whose HMAC fails, lowest first.
    Result<QList<quint32>> damagedPages(const QString& path) const;

private:
    explicit PageAuthenticator(SecureBytes hmacKey);

    SecureBytes m_hmacKey;
};

} // namespace ropa::store::sqlcipher
