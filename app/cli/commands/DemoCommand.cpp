#include "commands/DemoCommand.h"

#include "report/LawfulBasisMatrix.h"
#include "session/Actor.h"
#include "session/DemoFolder.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QDir>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::DemoCommand)
};
const QString kOutOption = QStringLiteral("out");
const QString kForceOption = QStringLiteral("force");
} // namespace

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::synopsis() const
{
    return QStringLiteral("--out DIR [--force]");
}

QString DemoCommand::summary() const
{
    return Text::tr("create the KJM Group demo register and every document in DIR");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {{kOutOption, Text::tr("The folder to write into."), Text::tr("folder")},
            {kForceOption, Text::tr("Replace a demo register already in the folder.")}};
}

int DemoCommand::execute()
{
    if (!parser().isSet(kOutOption)) {
        return usage(Text::tr("'demo' needs --out DIR, the folder to write into."));
    }
    const QString dir = parser().value(kOutOption);
    const session::RegisterLocation location(session::DemoFolder::registerPath(dir));
    // Asked before the passphrase, so nobody types one for nothing.
    if (location.exists() && !parser().isSet(kForceOption)) {
        return fail({ErrorCode::Usage,
                     Text::tr("%1 already exists; add --force to replace it with a fresh demo register.")
                         .arg(location.displayName())});
    }
    Result<SecureBytes> secret = passphrase(true);
    if (!secret) {
        return fail(secret.error());
    }
    const Result<store::RegisterSnapshot> demo =
        session::DemoFolder::write(dir, secret.value().view(), parser().isSet(kForceOption), session::Actor::current());
    if (!demo) {
        return fail(demo.error());
    }
    out() << report::LawfulBasisMatrix(demo->reg).toText() << Qt::endl;
    out() << Text::tr("Files in %1:").arg(QDir::toNativeSeparators(QDir(dir).absolutePath())) << Qt::endl;
    const int width = 30;
    out() << QStringLiteral("  ") << QString::fromLatin1(session::DemoFolder::kRegisterFileName).leftJustified(width)
          << Text::tr("the encrypted register") << Qt::endl;
    for (const report::DocumentKind& kind : report::DocumentKind::all()) {
        out() << QStringLiteral("  ") << kind.fileName.leftJustified(width) << kind.description << Qt::endl;
    }
    return Ok;
}

} // namespace ropa::cli
