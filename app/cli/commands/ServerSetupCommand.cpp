#include "commands/ServerSetupCommand.h"

#include "session/RegisterLocation.h"
#include "session/ServerAdministration.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::ServerSetupCommand)
};
} // namespace

QString ServerSetupCommand::name() const
{
    return QStringLiteral("server-setup");
}

QString ServerSetupCommand::synopsis() const
{
    return QStringLiteral("URI");
}

QString ServerSetupCommand::summary() const
{
    return Text::tr(
        "set up or bring up to date the registers' schema in a PostgreSQL database, postgresql://host/database "
        "(for its administrator)");
}

int ServerSetupCommand::execute()
{
    const session::RegisterLocation location(argument(0));
    if (!location.isServer()) {
        return usage(Text::tr("'server-setup' takes a server address such as postgresql://host/database."));
    }
    const Result<int> version = withServerPassword(location.displayName(), [&](QByteArrayView password) {
        return session::ServerAdministration::setUp(argument(0), password);
    });
    if (!version) {
        return fail(version.error());
    }
    out() << Text::tr("%1 holds registers at schema version %2.")
                 .arg(location.displayName(), QString::number(version.value()))
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
