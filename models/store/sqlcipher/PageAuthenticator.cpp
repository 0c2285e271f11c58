#include "store/sqlcipher/PageAuthenticator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <array>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

namespace ropa::store::sqlcipher {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::sqlcipher)
};
constexpr unsigned char kHmacSaltMask = 0x3a;
constexpr int kHmacKeyRounds = 2;
} // namespace

PageAuthenticator::PageAuthenticator(SecureBytes hmacKey)
    : m_hmacKey(std::move(hmacKey))
{ }

Result<PageAuthenticator> PageAuthenticator::create(const SecureBytes& key, QByteArrayView salt)
{
    if (salt.size() != kSaltBytes) {
        return Error{ErrorCode::NotARegister, Text::tr("The file's salt is missing or truncated.")};
    }
    std::array<unsigned char, kSaltBytes> hmacSalt{};
    for (qsizetype i = 0; i < kSaltBytes; ++i) {
        hmacSalt[static_cast<std::size_t>(i)] = static_cast<unsigned char>(salt[i]) ^ kHmacSaltMask;
    }
    SecureBytes hmacKey(key.size());
    if (hmacKey.isNull() ||
        PKCS5_PBKDF2_HMAC_SHA1(reinterpret_cast<const char*>(key.data()), static_cast<int>(key.size()), hmacSalt.data(),
                               static_cast<int>(hmacSalt.size()), kHmacKeyRounds, static_cast<int>(hmacKey.size()),
                               hmacKey.data()) != 1) {
        return Error{ErrorCode::Database, Text::tr("Cannot derive the page authentication key.")};
    }
    return PageAuthenticator(std::move(hmacKey));
}

bool PageAuthenticator::isAuthentic(QByteArrayView page, quint32 number) const
{
    if (page.size() != kPageSize) {
        return false;
    }
    const qsizetype start = number == 1 ? kSaltBytes : 0;
    const qsizetype macAt = kPageSize - kReserveBytes + kIvBytes;
    // The encrypted bytes and the IV, then the page number, little-endian.
    QByteArray input(page.data() + start, macAt - start);
    for (int shift = 0; shift < 32; shift += 8) {
        input.append(static_cast<char>((number >> shift) & 0xff));
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macSize = 0;
    if (!HMAC(EVP_sha1(), m_hmacKey.data(), static_cast<int>(m_hmacKey.size()),
              reinterpret_cast<const unsigned char*>(input.constData()), static_cast<std::size_t>(input.size()),
              mac.data(), &macSize) ||
        macSize != kHmacBytes) {
        return false;
    }
    return sodium_memcmp(mac.data(), page.data() + macAt, kHmacBytes) == 0;
}

Result<QList<quint32>> PageAuthenticator::damagedPages(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     Text::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    QList<quint32> damaged;
    quint32 number = 0;
    while (!file.atEnd()) {
        const QByteArray page = file.read(kPageSize);
        ++number;
        if (!isAuthentic(page, number)) {
            damaged.append(number);
        }
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{ErrorCode::Io,
                     Text::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return damaged;
}

} // namespace ropa::store::sqlcipher
