#include "session/RegisterLocation.h"

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

Result<std::unique_ptr<store::RegisterRepository>> RegisterLocation::open(QByteArrayView passphrase) const
{
    auto opened = store::sqlcipher::SqlCipherRepository::open(m_location, passphrase);
    if (!opened) {
        return opened.error();
    }
    return std::unique_ptr<store::RegisterRepository>(std::move(opened.value()));
}

Result<std::unique_ptr<store::RegisterRepository>>
RegisterLocation::create(QByteArrayView passphrase, const Register& reg, const store::AuditRecord& audit) const
{
    auto created = store::sqlcipher::SqlCipherRepository::create(m_location, passphrase, reg, audit);
    if (!created) {
        return created.error();
    }
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
