#include "session/RegisterLocation.h"

#include "core/AtomicFile.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "store/sqlcipher/SqlCipherRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace ropa::session {

RegisterLocation::RegisterLocation(QString location)
    : m_location(std::move(location))
{ }

QString RegisterLocation::displayName() const
{
    return QDir::toNativeSeparators(m_location);
}

bool RegisterLocation::exists() const
{
    return QFileInfo::exists(m_location);
}

store::SnapshotCodec RegisterLocation::snapshotCodec()
{
    return {
        [](const Register& reg) { return formats::RegisterJsonWriter::write(reg); },
        [](const QByteArray& bytes, const QString& label) { return formats::RegisterJsonReader::read(bytes, label); }};
}

Result<std::unique_ptr<store::RegisterRepository>> RegisterLocation::open(QByteArrayView passphrase) const
{
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
    if (m_location.isEmpty()) {
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

Status RegisterLocation::remove() const
{
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
