#include "commands/DocumentCommand.h"

#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::cli::DocumentCommand", text);
}
const QString kFormatOption = QStringLiteral("format");
} // namespace

QList<QCommandLineOption> DocumentCommand::options() const
{
    return {{kFormatOption, tr("The document's format: %1.").arg(formatList()), tr("format")}, outputOption()};
}

QString DocumentCommand::formatList() const
{
    QStringList formats = report::DocumentKind::formatsOf(name());
    const QString last = formats.takeLast();
    return formats.isEmpty() ? last : tr("%1 or %2").arg(formats.join(QStringLiteral(", ")), last);
}

int DocumentCommand::execute()
{
    const QString format = parser().isSet(kFormatOption) ? parser().value(kFormatOption) : defaultFormat();
    if (format.isEmpty()) {
        return usage(tr("'%1' needs --format %2.").arg(name(), formatList()));
    }
    const std::optional<report::DocumentKind> kind =
        report::DocumentKind::forCommandLine(name(), format, parser().value(QStringLiteral("output")));
    if (!kind) {
        return usage(tr("'%1' is not a format of '%2' (%3).").arg(format, name(), formatList()));
    }
    if (Status status = checkOutput(*kind); !status) {
        return usage(status.error().message);
    }
    if (parser().isSet(QStringLiteral("output"))) {
        if (Status refused =
                session::RegisterLocation(argument(0)).refuseAsOutput(parser().value(QStringLiteral("output")));
            !refused) {
            return fail(refused.error());
        }
    }
    const Result<store::RegisterSnapshot> snapshot = readRegister(argument(0));
    if (!snapshot) {
        return fail(snapshot.error());
    }
    if (Status status = writeDocument(*kind, snapshot.value(), argument(0)); !status) {
        return fail(status.error());
    }
    return Ok;
}

} // namespace ropa::cli
