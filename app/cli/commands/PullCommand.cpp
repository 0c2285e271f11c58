#include "commands/PullCommand.h"

#include "session/Actor.h"
#include "session/RegisterLocation.h"
#include "session/RegisterTransfer.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::PullCommand)
};
} // namespace

QString PullCommand::name() const
{
    return QStringLiteral("pull");
}

QString PullCommand::synopsis() const
{
    return QStringLiteral("URI FILE");
}

QString PullCommand::summary() const
{
    return Text::tr("copy a register on a server into a new encrypted register FILE, with a passphrase of its own");
}

int PullCommand::execute()
{
    const session::RegisterLocation source(argument(0));
    const session::RegisterLocation target(argument(1));
    if (!source.isServer() || target.isServer()) {
        return usage(Text::tr("'pull' copies a server register into a file: the server address first, then FILE."));
    }
    if (target.exists()) {
        return fail({ErrorCode::Usage,
                     Text::tr("%1 already exists; 'pull' never writes over a file, so choose a new name. Nothing was "
                              "written.")
                         .arg(target.displayName())});
    }
    const Result<store::RegisterSnapshot> snapshot = readRegister(argument(0));
    if (!snapshot) {
        return fail(snapshot.error());
    }
    const Result<SecureBytes> secret = passphrase(true);
    if (!secret) {
        return fail(secret.error());
    }
    const Result<qint64> revision =
        session::RegisterTransfer::copy(snapshot.value(), argument(0), target, secret.value().view(),
                                        session::RegisterTransfer::Mode::NewOnly, session::Actor::current());
    if (!revision) {
        return fail(revision.error());
    }
    out() << Text::tr("Pulled %1 into %2: server version %3, fingerprint %4.")
                 .arg(source.displayName(), target.displayName(), QString::number(snapshot->info.revision),
                      snapshot->info.fingerprint)
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
