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
const QString kWithFindingsOption = QStringLiteral("with-findings");
} // namespace

QList<QCommandLineOption> DocumentCommand::options() const
{
    QList<QCommandLineOption> list{{kFormatOption, tr("The document's format: %1.").arg(formatList()), tr("format")},
                                   outputOption()};
    if (offersFindingsAnnex()) {
        list.append({kWithFindingsOption,
                     tr("End the Article 30 register (pdf or html) with the compliance checks' "
                        "findings, as they stand when it is produced.")});
    }
    return list;
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
    const bool withFindings = offersFindingsAnnex() && parser().isSet(kWithFindingsOption);
    if (withFindings && kind->format != QLatin1StringView("pdf") && kind->format != QLatin1StringView("html")) {
        return usage(tr("'--with-findings' adds the findings to the Article 30 register: use it with --format pdf or "
                        "html, not %1.")
                         .arg(format));
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
    if (Status status = writeDocument(*kind, snapshot.value(), argument(0), withFindings); !status) {
        return fail(status.error());
    }
    return Ok;
}

} // namespace ropa::cli
