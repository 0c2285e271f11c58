#include "commands/VerifyCommand.h"

#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::VerifyCommand)
};
} // namespace

QString VerifyCommand::name() const
{
    return QStringLiteral("verify");
}

QString VerifyCommand::synopsis() const
{
    return QStringLiteral("FILE|URI");
}

QString VerifyCommand::summary() const
{
    return Text::tr("read every page of the register and check its database, references, audit log and audit anchor; "
                    "exits 1 with one sentence per problem");
}

int VerifyCommand::execute()
{
    const session::RegisterLocation location(argument(0));
    const auto repository = openRegister(argument(0));
    if (!repository) {
        return fail(repository.error());
    }
    const Result<QStringList> problems = repository.value()->verify();
    if (!problems) {
        return fail(problems.error());
    }
    if (!problems->isEmpty()) {
        for (const QString& problem : problems.value()) {
            err() << problem << Qt::endl;
        }
        return ChecksFailed;
    }
    const auto info = repository.value()->info();
    if (!info) {
        return fail(info.error());
    }
    const auto entries = repository.value()->auditLog();
    out() << Text::tr("%1 is sound: version %2, %3 audit entries, fingerprint %4.")
                 .arg(location.displayName(), QString::number(info->revision),
                      QString::number(entries ? entries->size() : 0), info->fingerprint)
          << Qt::endl;
    if (!info->anchored) {
        out() << Text::tr(
                     "%1 has no audit anchor yet (it was last changed by an earlier version); its next change adds "
                     "one.")
                     .arg(location.displayName())
              << Qt::endl;
    }
    return Ok;
}

} // namespace ropa::cli
