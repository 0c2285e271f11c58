#include "session/RegisterLocation.h"

#include "core/AtomicFile.h"
#include "core/SecureBytes.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "session/EntryCodecs.h"
#include "store/postgres/PostgresRepository.h"
#include "store/postgres/ServerAddress.h"
#include "store/sqlcipher/RegisterFile.h"
#include "store/sqlcipher/SqlCipherRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

namespace ropa::session {

RegisterLocation::RegisterLocation(QString location)
    : m_location(std::move(location))
{ }

QString RegisterLocation::displayName() const
{
    return isServer() ? QUrl::fromPercentEncoding(m_location.toUtf8()) : QDir::toNativeSeparators(m_location);
}

bool RegisterLocation::isServer() const
{
    return store::postgres::ServerAddress::looksLikeServer(m_location);
}

bool RegisterLocation::exists() const
{
    // Whether a server has the register is the server's to say when it is opened or created.
    return isServer() || QFileInfo::exists(m_location);
}

SecureBytes RegisterLocation::serverPassword(QByteArrayView passphrase)
{
    return passphrase.isEmpty() ? SecureBytes() : SecureBytes::copyOf(passphrase);
}

store::SnapshotCodec RegisterLocation::snapshotCodec()
{
    return {
        [](const Register& reg) { return formats::RegisterJsonWriter::write(reg); },
        [](const QByteArray& bytes, const QString& label) { return formats::RegisterJsonReader::read(bytes, label); }};
}

Result<std::unique_ptr<store::RegisterRepository>> RegisterLocation::open(QByteArrayView passphrase) const
{
    if (isServer()) {
        const Result<store::postgres::ServerAddress> address = store::postgres::ServerAddress::parse(m_location);
        if (!address) {
            return address.error();
        }
        const SecureBytes password = serverPassword(passphrase);
        auto opened = store::postgres::PostgresRepository::open(address.value(), EntryCodecs::json(),
                                                                password.isNull() ? nullptr : &password);
        if (!opened) {
            return opened.error();
        }
        opened.value()->setSnapshotCodec(snapshotCodec());
        return std::unique_ptr<store::RegisterRepository>(std::move(opened.value()));
    }
    auto opened = store::sqlcipher::SqlCipherRepository::open(m_location, passphrase);
    if (!opened) {
        return opened.error();
    }
    opened.value()->setSnapshotCodec(snapshotCodec());
    return std::unique_ptr<store::RegisterRepository>(std::move(opened.value()));
}

Result<std::unique_ptr<store::RegisterRepository>>
RegisterLocation::create(QByteArrayView passphrase, const Register& reg, const store::AuditRecord& audit) const
{
    if (isServer()) {
        const Result<store::postgres::ServerAddress> address = store::postgres::ServerAddress::parse(m_location);
        if (!address) {
            return address.error();
        }
        const SecureBytes password = serverPassword(passphrase);
        auto created = store::postgres::PostgresRepository::create(address.value(), EntryCodecs::json(), reg, audit,
                                                                   password.isNull() ? nullptr : &password);
        if (!created) {
            return created.error();
        }
        created.value()->setSnapshotCodec(snapshotCodec());
        return std::unique_ptr<store::RegisterRepository>(std::move(created.value()));
    }
    auto created = store::sqlcipher::SqlCipherRepository::create(m_location, passphrase, reg, audit);
    if (!created) {
        return created.error();
    }
    created.value()->setSnapshotCodec(snapshotCodec());
    return std::unique_ptr<store::RegisterRepository>(std::move(created.value()));
}

Result<store::RegisterSnapshot> RegisterLocation::read(QByteArrayView passphrase) const
{
    const Result<std::unique_ptr<store::RegisterRepository>> repository = open(passphrase);
    if (!repository) {
        return repository.error();
    }
    return repository.value()->load();
}

namespace {
// The path as its real folder and its name: the same for every way of naming a file that may not exist yet.
QString namesOfFolder(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}
} // namespace

Status RegisterLocation::refuseAsOutput(const QString& path) const
{
    if (m_location.isEmpty() || isServer()) {
        return {};
    }
    for (const QString& file :
         QStringList{m_location, m_location + QStringLiteral(".lock"), m_location + QStringLiteral("-journal")}) {
        if (AtomicFile::isSameFile(path, file) || namesOfFolder(path) == namesOfFolder(file)) {
            return Error{ErrorCode::Usage,
                         QCoreApplication::translate("ropa::session::RegisterLocation",
                                                     "%1 is the register %2 itself; choose another file for the "
                                                     "document. The register was left unchanged.")
                             .arg(QDir::toNativeSeparators(path), displayName())};
        }
    }
    return {};
}

Status RegisterLocation::checkNotOpenElsewhere() const
{
    if (isServer() || !QFileInfo::exists(m_location)) {
        return {};
    }
    return store::sqlcipher::RegisterFile::checkNotOpenElsewhere(m_location);
}

Status RegisterLocation::remove() const
{
    if (isServer()) {
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("ropa::session::RegisterLocation",
                                                 "%1 is kept on a server: only its administrator can remove it.")
                         .arg(m_location)};
    }
    // SQLite leaves a journal beside the file after a crash; it belongs to the old register.
    for (const QString& file : QStringList{m_location, m_location + QStringLiteral("-journal")}) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("ropa::session::RegisterLocation",
                                                     "Cannot replace %1; is it open in RoPA Manager?")
                             .arg(QDir::toNativeSeparators(file))};
        }
    }
    return {};
}

QString RegisterLocation::engineVersion()
{
    return QStringLiteral("SQLCipher %1").arg(store::sqlcipher::SqlCipherRepository::cipherVersion());
}

} // namespace ropa::session
