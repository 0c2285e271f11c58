#include "commands/PushCommand.h"

#include "session/Actor.h"
#include "session/RegisterLocation.h"
#include "session/RegisterTransfer.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::PushCommand)
};
const QString kReplaceOption = QStringLiteral("replace");
} // namespace

QString PushCommand::name() const
{
    return QStringLiteral("push");
}

QString PushCommand::synopsis() const
{
    return QStringLiteral("FILE URI [--replace]");
}

QString PushCommand::summary() const
{
    return Text::tr("upload the register FILE to a new register on a server, postgresql://host/database?register=name "
                    "(--replace: overwrite the content of one that is there)");
}

QList<QCommandLineOption> PushCommand::options() const
{
    return {{kReplaceOption, Text::tr("Replace the content of a server register that is there already.")}};
}

int PushCommand::execute()
{
    const session::RegisterLocation target(argument(1));
    if (!target.isServer() || session::RegisterLocation(argument(0)).isServer()) {
        return usage(Text::tr("'push' copies a register file to a server: FILE first, then the server address."));
    }
    const Result<store::RegisterSnapshot> snapshot = readRegister(argument(0));
    if (!snapshot) {
        return fail(snapshot.error());
    }
    const auto mode = parser().isSet(kReplaceOption) ? session::RegisterTransfer::Mode::ReplaceExisting
                                                     : session::RegisterTransfer::Mode::NewOnly;
    const Result<qint64> revision = withServerPassword(target.displayName(), [&](QByteArrayView password) {
        return session::RegisterTransfer::copy(snapshot.value(), argument(0), target, password, mode,
                                               session::Actor::current());
    });
    if (!revision) {
        return fail(revision.error());
    }
    out() << Text::tr("Pushed %1 to %2: version %3, fingerprint %4.")
                 .arg(session::RegisterLocation(argument(0)).displayName(), target.displayName(),
                      QString::number(revision.value()), snapshot->info.fingerprint)
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
