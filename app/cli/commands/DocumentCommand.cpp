#include "commands/DocumentCommand.h"

#include "report/NoticeGaps.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::DocumentCommand)
};
const QString kFormatOption = QStringLiteral("format");
const QString kWithFindingsOption = QStringLiteral("with-findings");
const QString kNoPreambleOption = QStringLiteral("no-preamble");
const QString kStrictOption = QStringLiteral("strict");
const QString kNoticeFormat = QStringLiteral("notice");
} // namespace

QList<QCommandLineOption> DocumentCommand::options() const
{
    QList<QCommandLineOption> list{
        {kFormatOption, Text::tr("The document's format: %1.").arg(formatList()), Text::tr("format")}, outputOption()};
    if (offersFindingsAnnex()) {
        list.append({kWithFindingsOption,
                     Text::tr("End the Article 30 register (pdf or html) with the compliance checks' "
                              "findings, as they stand when it is produced.")});
    }
    if (offersPlainCsv()) {
        list.append({kNoPreambleOption,
                     Text::tr("Start the ICO template's CSV (csv) with its column titles, without the controller's "
                              "details above them, for programs that read a plain table.")});
    }
    if (offersStrictNotice()) {
        list.append({kStrictOption,
                     Text::tr("With --format notice: write nothing, and exit with 1, where the register lacks an item "
                              "that Articles 13 and 14 require a privacy notice to give.")});
    }
    return list;
}

QString DocumentCommand::formatList() const
{
    QStringList formats = report::DocumentKind::formatsOf(name());
    const QString last = formats.takeLast();
    return formats.isEmpty() ? last : Text::tr("%1 or %2").arg(formats.join(QStringLiteral(", ")), last);
}

Status DocumentCommand::checkFormatOption(bool offered, const QString& option, const QStringList& formats,
                                          const QString& format, const QString& what) const
{
    if (!offered || !parser().isSet(option) || formats.contains(format)) {
        return {};
    }
    QStringList named = formats;
    const QString last = named.takeLast();
    const QString list = named.isEmpty() ? last : Text::tr("%1 or %2").arg(named.join(QStringLiteral(", ")), last);
    return Error{ErrorCode::Usage,
                 Text::tr("'--%1' %2: use it with --format %3, not %4.").arg(option, what, list, format)};
}

int DocumentCommand::execute()
{
    const QString format = parser().isSet(kFormatOption) ? parser().value(kFormatOption) : defaultFormat();
    if (format.isEmpty()) {
        return usage(Text::tr("'%1' needs --format %2.").arg(name(), formatList()));
    }
    const std::optional<report::DocumentKind> kind =
        report::DocumentKind::forCommandLine(name(), format, parser().value(QStringLiteral("output")));
    if (!kind) {
        return usage(Text::tr("'%1' is not a format of '%2' (%3).").arg(format, name(), formatList()));
    }
    // Writing over the register itself is the worst mistake an output can be, so it is named before anything else.
    if (parser().isSet(QStringLiteral("output"))) {
        if (Status refused =
                session::RegisterLocation(argument(0)).refuseAsOutput(parser().value(QStringLiteral("output")));
            !refused) {
            return fail(refused.error());
        }
    }
    if (Status status = checkOutput(*kind); !status) {
        return usage(status.error().message);
    }
    if (Status status = checkFormatOption(offersFindingsAnnex(), kWithFindingsOption,
                                          {QStringLiteral("pdf"), QStringLiteral("html")}, kind->format,
                                          Text::tr("adds the findings to the Article 30 register"));
        !status) {
        return usage(status.error().message);
    }
    if (Status status = checkFormatOption(offersPlainCsv(), kNoPreambleOption, {QStringLiteral("csv")}, kind->format,
                                          Text::tr("starts the ICO template's CSV with its column titles"));
        !status) {
        return usage(status.error().message);
    }
    if (Status status = checkFormatOption(offersStrictNotice(), kStrictOption, {kNoticeFormat}, kind->format,
                                          Text::tr("checks the privacy notice"));
        !status) {
        return usage(status.error().message);
    }
    const bool strict = offersStrictNotice() && parser().isSet(kStrictOption);
    const Result<store::RegisterSnapshot> snapshot = readRegister(argument(0));
    if (!snapshot) {
        return fail(snapshot.error());
    }
    if (kind->format == kNoticeFormat && !reportNoticeGaps(snapshot.value().reg, strict)) {
        return ChecksFailed;
    }
    DocumentOptions documentOptions;
    documentOptions.withFindings = offersFindingsAnnex() && parser().isSet(kWithFindingsOption);
    documentOptions.noPreamble = offersPlainCsv() && parser().isSet(kNoPreambleOption);
    if (Status status = writeDocument(*kind, snapshot.value(), argument(0), documentOptions); !status) {
        return fail(status.error());
    }
    return Ok;
}

bool DocumentCommand::reportNoticeGaps(const Register& reg, bool strict)
{
    const report::NoticeGaps gaps(reg);
    for (const report::NoticeGaps::Gap& gap : gaps.list()) {
        err() << Text::tr("notice: %1").arg(gap.sentence()) << Qt::endl;
    }
    if (strict && !gaps.isEmpty()) {
        const qsizetype count = gaps.list().size();
        err() << (count == 1
                      ? Text::tr("notice: not written, because the register lacks an item that a privacy notice "
                                 "must give (--strict).")
                      : Text::tr("notice: not written, because the register lacks %1 items that a privacy notice "
                                 "must give (--strict).")
                            .arg(count))
              << Qt::endl;
        return false;
    }
    return true;
}

} // namespace ropa::cli
