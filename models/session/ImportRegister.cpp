#include "session/ImportRegister.h"

#include "formats/RegisterJsonReader.h"
#include "session/AuditAction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ropa::session {

Result<ImportRegister::Outcome> ImportRegister::run(const RegisterLocation& location, QByteArrayView passphrase,
                                                    const Register& incoming, const QString& source, Mode mode,
                                                    const QString& actor)
{
    store::AuditRecord audit =
        AuditAction::record(AuditAction::kImportRegister,
                            {{QStringLiteral("source"), QFileInfo(source).fileName()},
                             {QStringLiteral("activities"), qint64{incoming.activities.size()}}});
    audit.actor = actor;
    const Outcome outcome{incoming.activities.size(), !location.exists()};
    // A server says whether it has the register only when asked: one it does not have is made.
    const Result<std::unique_ptr<store::RegisterRepository>> repository =
        outcome.created ? Error{ErrorCode::NotARegister, QString()} : location.open(passphrase);
    if (outcome.created || (location.isServer() && !repository && repository.error().code == ErrorCode::NotARegister)) {
        const Result<std::unique_ptr<store::RegisterRepository>> created = location.create(passphrase, incoming, audit);
        if (!created) {
            return created.error();
        }
        return Outcome{outcome.activities, true};
    }
    if (!repository) {
        return repository.error();
    }
    const Result<store::RegisterSnapshot> current = repository.value()->load();
    if (!current) {
        return current.error();
    }
    if (mode == Mode::OnlyIntoEmpty && !current->reg.isEmpty()) {
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("ropa::session::ImportRegister",
                                                 "The register already holds %1 activities; importing %2 would "
                                                 "replace them.")
                         .arg(current->reg.activities.size())
                         .arg(QDir::toNativeSeparators(source))};
    }
    if (const Result<qint64> replaced = repository.value()->replace(incoming, current->info.revision, audit);
        !replaced) {
        return replaced.error();
    }
    return outcome;
}

Result<Register> ImportRegister::readExport(const QString& path)
{
    return formats::RegisterJsonReader::readFile(path);
}

} // namespace ropa::session
