#include "commands/DiffCommand.h"

#include "core/AtomicFile.h"
#include "domain/RegisterDiff.h"
#include "report/DiffDocument.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::DiffCommand)
};
const QString kSinceReviewOption = QStringLiteral("since-review");
const QString kFromOption = QStringLiteral("from");
const QString kToOption = QStringLiteral("to");
const QString kFormatOption = QStringLiteral("format");
const QString kCurrent = QStringLiteral("current");

// One side of the comparison: a review's snapshot or the register now.
struct Side
{
    Register reg;
    QString label;
};
} // namespace

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::synopsis() const
{
    return QStringLiteral("FILE [--since-review | --from REV --to REV] [--format text|html|pdf] [-o OUT]");
}

QString DiffCommand::summary() const
{
    return Text::tr("show what changed since the last review, or between two reviews (REV: a review's version, or "
                    "'current')");
}

QList<QCommandLineOption> DiffCommand::options() const
{
    return {{kSinceReviewOption, Text::tr("Compare the last review with the register now (the default).")},
            {kFromOption, Text::tr("The review to compare from, by its version, or 'current'."), Text::tr("rev")},
            {kToOption, Text::tr("The review to compare to, by its version, or 'current'."), Text::tr("rev")},
            {kFormatOption, Text::tr("The format: text, html or pdf."), Text::tr("format"), QStringLiteral("text")},
            outputOption()};
}

int DiffCommand::execute()
{
    const QString format = parser().value(kFormatOption);
    if (format != u"text" && format != u"html" && format != u"pdf") {
        return usage(Text::tr("'%1' is not a format of 'diff' (text, html or pdf).").arg(format));
    }
    const QString output = parser().value(QStringLiteral("output"));
    if (format == u"pdf" && (output.isEmpty() || output == u"-")) {
        return usage(Text::tr("A PDF needs a file to go to: give -o FILE."));
    }
    const bool between = parser().isSet(kFromOption) || parser().isSet(kToOption);
    if (between && parser().isSet(kSinceReviewOption)) {
        return usage(Text::tr("Give either --since-review or --from and --to, not both."));
    }
    if (between && !(parser().isSet(kFromOption) && parser().isSet(kToOption))) {
        return usage(Text::tr("Give both --from and --to."));
    }
    const session::RegisterLocation location(argument(0));
    if (!location.exists()) {
        return fail(Error{ErrorCode::Io, Text::tr("%1 does not exist.").arg(location.displayName())});
    }
    if (!output.isEmpty() && output != u"-") {
        if (const Status refused = location.refuseAsOutput(output); !refused) {
            return fail(refused.error());
        }
    }
    const Result<std::unique_ptr<store::RegisterRepository>> repository = openRegister(argument(0));
    if (!repository) {
        return fail(repository.error());
    }
    const Result<QList<store::ReviewRecord>> reviews = repository.value()->reviews();
    if (!reviews) {
        return fail(reviews.error());
    }
    if (reviews->isEmpty()) {
        return fail(Error{ErrorCode::Usage,
                          Text::tr("%1 has not been reviewed yet, so there is nothing to compare; record a review with "
                                   "'ropa-cli review'.")
                              .arg(location.displayName())});
    }
    QStringList versions;
    for (const store::ReviewRecord& review : reviews.value()) {
        versions << QString::number(review.revision);
    }
    const auto side = [&](const QString& rev) -> Result<Side> {
        if (rev == kCurrent) {
            Result<store::RegisterSnapshot> now = repository.value()->load();
            if (!now) {
                return now.error();
            }
            return Side{std::move(now->reg), Text::tr("version %1 (the register now)").arg(now->info.revision)};
        }
        bool number = false;
        const qint64 revision = rev.toLongLong(&number);
        for (const store::ReviewRecord& review : reviews.value()) {
            if (number && review.revision == revision) {
                Result<Register> reg = repository.value()->snapshotAt(revision);
                if (!reg) {
                    return reg.error();
                }
                return Side{std::move(reg.value()),
                            Text::tr("version %1 (reviewed on %2 by %3)")
                                .arg(revision)
                                .arg(review.date.toString(Qt::ISODate), review.reviewer)};
            }
        }
        return Error{ErrorCode::Usage,
                     Text::tr("'%1' is not a review of %2; it was reviewed at version %3 (or give 'current').")
                         .arg(rev, location.displayName(), versions.join(QStringLiteral(", ")))};
    };
    const QString fromRev = between ? parser().value(kFromOption) : versions.last();
    const QString toRev = between ? parser().value(kToOption) : kCurrent;
    const Result<Side> from = side(fromRev);
    if (!from) {
        return fail(from.error());
    }
    const Result<Side> to = side(toRev);
    if (!to) {
        return fail(to.error());
    }
    const RegisterDiff diff = RegisterDiff::between(from->reg, to->reg);
    QByteArray bytes;
    if (format == u"text") {
        bytes = (Text::tr("Changes in %1\nfrom %2\nto %3\n\n").arg(location.displayName(), from->label, to->label) +
                 diff.toText())
                    .toUtf8();
    } else {
        const report::DiffDocument::Header header{to->reg.controller.name, from->label, to->label};
        if (format == u"html") {
            bytes = report::DiffDocument::html(diff, header);
        } else {
            Result<QByteArray> pdf = report::DiffDocument::pdf(diff, header);
            if (!pdf) {
                return fail(pdf.error());
            }
            bytes = std::move(pdf).value();
        }
    }
    // Written whole or not at all, and checked to the last flush, as every document is.
    const Status written =
        !output.isEmpty() && output != u"-" ? AtomicFile::write(output, bytes) : AtomicFile::writeStandardOutput(bytes);
    return written ? Ok : fail(written.error());
}

} // namespace ropa::cli
