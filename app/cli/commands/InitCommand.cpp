#include "commands/InitCommand.h"

#include "session/Actor.h"
#include "session/AuditAction.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::InitCommand)
};
const QString kControllerOption = QStringLiteral("controller");
} // namespace

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::synopsis() const
{
    return QStringLiteral("FILE [--controller NAME]");
}

QString InitCommand::summary() const
{
    return Text::tr("create a new, empty register");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {{kControllerOption, Text::tr("The controller's name."), Text::tr("name")}};
}

int InitCommand::execute()
{
    const session::RegisterLocation location(argument(0));
    Register reg;
    reg.controller.name = parser().value(kControllerOption);
    const store::AuditRecord audit = session::AuditAction::creating(reg, session::Actor::current());
    if (location.isServer()) {
        // The server says whether it has the register already; the password is the server's, not a new one.
        const auto created = withServerPassword(
            location.displayName(), [&](QByteArrayView password) { return location.create(password, reg, audit); });
        if (!created) {
            return fail(created.error());
        }
        out() << Text::tr("Created %1.").arg(location.displayName()) << Qt::endl;
        return Ok;
    }
    if (location.exists()) {
        return fail(
            {ErrorCode::Usage, Text::tr("%1 already exists; choose another file name.").arg(location.displayName())});
    }
    Result<SecureBytes> secret = passphrase(true);
    if (!secret) {
        return fail(secret.error());
    }
    if (const auto created = location.create(secret.value().view(), reg, audit); !created) {
        return fail(created.error());
    }
    out() << Text::tr("Created %1.").arg(location.displayName()) << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
