#include "commands/BackupCommand.h"

#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::BackupCommand)
};
} // namespace

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::synopsis() const
{
    return QStringLiteral("FILE OUT");
}

QString BackupCommand::summary() const
{
    return Text::tr(
        "write an encrypted copy of the register to the new file OUT; it opens with the same passphrase and "
        "has the same fingerprint and audit log");
}

int BackupCommand::execute()
{
    const session::RegisterLocation location(argument(0));
    const QString target = argument(1);
    // Checked before the passphrase is asked for.
    if (!location.exists()) {
        return fail({ErrorCode::Io, Text::tr("%1 does not exist.").arg(location.displayName())});
    }
    if (Status refused = location.refuseAsOutput(target); !refused) {
        return fail(refused.error());
    }
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        return fail({ErrorCode::Usage,
                     Text::tr("%1 already exists; a backup never replaces a file, so choose a new name. "
                              "Nothing was written.")
                         .arg(QDir::toNativeSeparators(target))});
    }
    const Result<std::unique_ptr<store::RegisterRepository>> repository = openRegister(argument(0));
    if (!repository) {
        return fail(repository.error());
    }
    if (Status status = repository.value()->backUp(target); !status) {
        return fail(status.error());
    }
    out() << Text::tr("Backed up %1 to %2.").arg(location.displayName(), QDir::toNativeSeparators(target)) << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
