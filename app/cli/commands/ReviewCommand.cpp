#include "commands/ReviewCommand.h"

#include "session/Actor.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QDate>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::ReviewCommand)
};
const QString kByOption = QStringLiteral("by");
const QString kDateOption = QStringLiteral("date");
} // namespace

QString ReviewCommand::name() const
{
    return QStringLiteral("review");
}

QString ReviewCommand::synopsis() const
{
    return QStringLiteral("FILE --by NAME [--date YYYY-MM-DD]");
}

QString ReviewCommand::summary() const
{
    return Text::tr("record that the register was reviewed, keeping it as reviewed for 'diff --since-review'");
}

QList<QCommandLineOption> ReviewCommand::options() const
{
    return {{kByOption, Text::tr("Who reviewed the register."), Text::tr("name")},
            {kDateOption, Text::tr("The day of the review (default: today)."), Text::tr("date")}};
}

int ReviewCommand::execute()
{
    const QString reviewer = parser().value(kByOption).simplified();
    if (reviewer.isEmpty()) {
        return usage(Text::tr("Say who reviewed the register with --by NAME."));
    }
    QDate date = QDate::currentDate();
    if (parser().isSet(kDateOption)) {
        date = QDate::fromString(parser().value(kDateOption), Qt::ISODate);
        if (!date.isValid()) {
            return usage(Text::tr("'%1' is not a date; give it as YYYY-MM-DD.").arg(parser().value(kDateOption)));
        }
    }
    const session::RegisterLocation location(argument(0));
    Result<std::unique_ptr<store::RegisterRepository>> repository = openRegister(argument(0));
    if (!repository) {
        return fail(repository.error());
    }
    Result<store::RegisterSnapshot> snapshot = repository.value()->load();
    if (!snapshot) {
        return fail(snapshot.error());
    }
    session::RegisterDocument doc(std::move(repository.value()), std::move(snapshot.value()),
                                  session::Actor::current());
    if (doc.reg().lastReviewed && *doc.reg().lastReviewed >= date) {
        return usage(Text::tr("%1 was last reviewed on %2; a new review must be dated after that.")
                         .arg(location.displayName(), doc.reg().lastReviewed->toString(Qt::ISODate)));
    }
    QString refusal;
    QObject::connect(&doc, &session::RegisterDocument::saveFailed,
                     [&refusal](const QString& message) { refusal = message; });
    doc.markRegisterReviewed(date, reviewer);
    if (!refusal.isEmpty()) {
        err() << refusal << Qt::endl;
        return IoError;
    }
    out() << Text::tr("%1: reviewed on %2 by %3 (version %4).")
                 .arg(location.displayName(), date.toString(Qt::ISODate), reviewer)
                 .arg(doc.revision())
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
