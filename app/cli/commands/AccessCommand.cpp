#include "commands/AccessCommand.h"

#include "session/Actor.h"
#include "session/RegisterLocation.h"
#include "session/ServerAdministration.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::AccessCommand)
};
} // namespace

QString AccessCommand::name() const
{
    return QStringLiteral("access");
}

QString AccessCommand::synopsis() const
{
    return QStringLiteral("URI ROLE viewer|editor|dpo|none");
}

QString AccessCommand::summary() const
{
    return Text::tr(
        "say what a server role may do with a server register: read and export (viewer), edit (editor), also "
        "review and manage access (dpo), or nothing (none); for the register's DPO");
}

int AccessCommand::execute()
{
    const session::RegisterLocation location(argument(0));
    if (!location.isServer()) {
        return usage(Text::tr(
            "'access' is for registers on a server: give its address, postgresql://host/database?register=name."));
    }
    const Result<qint64> revision = withServerPassword(location.displayName(), [&](QByteArrayView password) {
        return session::ServerAdministration::setAccess(argument(0), password, argument(1), argument(2),
                                                        session::Actor::current());
    });
    if (!revision) {
        return fail(revision.error());
    }
    out() << Text::tr("%1 now has %2 access to %3 (version %4).")
                 .arg(argument(1), argument(2), location.displayName(), QString::number(revision.value()))
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
