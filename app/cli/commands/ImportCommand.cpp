#include "commands/ImportCommand.h"

#include "formats/NoticeImporter.h"
#include "formats/RegisterJsonReader.h"
#include "session/Actor.h"
#include "session/ImportRegister.h"

#include <QCoreApplication>
#include <QDir>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::ImportCommand)
};
const QString kNoticeOption = QStringLiteral("notice");
const QString kControllerOption = QStringLiteral("controller");
const QString kReplaceOption = QStringLiteral("replace");
} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("FILE SRC.ropa.json [--replace] | FILE --notice NOTICE [--controller NAME] [--replace]");
}

QString ImportCommand::summary() const
{
    return Text::tr("read a register export, or the purposes and lawful bases of a privacy notice (text, Markdown or a "
                    "saved HTML page), into FILE (created if missing)");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {{kNoticeOption, Text::tr("Import from a privacy notice instead of a register export."), Text::tr("file")},
            {kControllerOption, Text::tr("The controller's name, for a notice."), Text::tr("name")},
            {kReplaceOption, Text::tr("Replace the content of a register that is not empty.")}};
}

qsizetype ImportCommand::positionalCount() const
{
    return parser().isSet(kNoticeOption) ? 1 : 2;
}

int ImportCommand::execute()
{
    const bool fromNotice = parser().isSet(kNoticeOption);
    if (!fromNotice && parser().isSet(kControllerOption)) {
        return usage(Text::tr("'import' takes --controller only with --notice."));
    }
    const session::RegisterLocation location(argument(0));
    const QString source = fromNotice ? parser().value(kNoticeOption) : argument(1);
    // The whole input is read and checked before a register is created or touched.
    Result<Register> incoming =
        fromNotice ? formats::NoticeImporter::readFile(source) : formats::RegisterJsonReader::readFile(source);
    if (!incoming) {
        return fail(incoming.error());
    }
    if (fromNotice) {
        incoming->controller.name = parser().value(kControllerOption);
    }
    const auto mode = parser().isSet(kReplaceOption) ? session::ImportRegister::Mode::ReplaceExisting
                                                     : session::ImportRegister::Mode::OnlyIntoEmpty;
    const auto import = [&](QByteArrayView secret) {
        return session::ImportRegister::run(location, secret, incoming.value(), source, mode,
                                            session::Actor::current());
    };
    Result<session::ImportRegister::Outcome> imported = Error{ErrorCode::Usage, QString()};
    if (location.isServer()) {
        imported = withServerPassword(location.displayName(), import);
    } else {
        Result<SecureBytes> secret = passphrase(!location.exists());
        if (!secret) {
            return fail(secret.error());
        }
        imported = import(secret.value().view());
    }
    if (!imported) {
        if (imported.error().code == ErrorCode::Usage) {
            return fail({ErrorCode::Usage,
                         imported.error().message + QLatin1Char(' ') + Text::tr("Add --replace to overwrite them.")});
        }
        return fail(imported.error());
    }
    out() << Text::tr("Imported %1 activities from %2 into %3.")
                 .arg(imported->activities)
                 .arg(QDir::toNativeSeparators(source), location.displayName())
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
