// The writer of the crash drill (tests/cli/CrashDrillTest.cpp): opens a real register and adds one activity after
// another until it is killed, saying on standard output what it found and each change the store accepted.
//   crash-writer FILE          the passphrase comes from ROPA_PASSPHRASE, as for ropa-cli
// Standard output, one line each, flushed at once:
//   state drills=N highest=H contiguous=0|1 content=0|1 chain=ok|broken-at-S|error revision=R
//       what the file held on opening: N activities named drill-K, the highest K, whether they are drill-1..drill-N
//       and hold what this writer writes for K, and whether the audit chain verifies
//   acked K    activity drill-K is in the store (the edit returned success)
// Any failure is one line on standard error and exit status 1.
#include "domain/Register.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"
#include "store/RegisterRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace ropa;

namespace {

constexpr const char* kPrefix = "drill-";

// What the writer writes as change k; the test checks the same. Descriptions of 1 to 3000 characters, so some
// changes fit in a page and some spread over several.
Activity drillActivity(qint64 k)
{
    Activity a;
    a.id = QStringLiteral("drill-%1").arg(k);
    a.purpose = QStringLiteral("Drill change %1").arg(k);
    a.description = QString(static_cast<qsizetype>(k * 373 % 3000 + 1), QChar(u'a' + static_cast<char16_t>(k % 26)));
    a.bases = {{Basis::Contract}};
    return a;
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "crash-writer: %s\n", message.toUtf8().constData());
    std::exit(1);
}

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        fail(QStringLiteral("usage: crash-writer FILE (passphrase in ROPA_PASSPHRASE)"));
    }
    const char* env = std::getenv("ROPA_PASSPHRASE");
    if (!env || !*env) {
        fail(QStringLiteral("ROPA_PASSPHRASE is not set"));
    }
    const QByteArray passphrase(env);
    const QString path = args.at(1);

    // The state as found, read through the repository's own API before any edit; one open (one key derivation)
    // serves both the check and the edits.
    std::unique_ptr<session::RegisterDocument> doc;
    {
        Result<std::unique_ptr<store::RegisterRepository>> repo = session::RegisterLocation(path).open(passphrase);
        if (!repo) {
            fail(QStringLiteral("cannot open: ") + repo.error().message);
        }
        const Result<store::RegisterSnapshot> snapshot = repo.value()->load();
        if (!snapshot) {
            fail(QStringLiteral("cannot load: ") + snapshot.error().message);
        }
        qint64 count = 0;
        qint64 highest = 0;
        bool content = true;
        QSet<qint64> seen;
        for (const Activity& a : snapshot->reg.activities) {
            if (!a.id.startsWith(QLatin1StringView(kPrefix))) {
                continue;
            }
            bool ok = false;
            const qint64 k = a.id.mid(static_cast<qsizetype>(std::strlen(kPrefix))).toLongLong(&ok);
            if (!ok || k < 1) {
                fail(QStringLiteral("unexpected activity id ") + a.id);
            }
            ++count;
            highest = std::max(highest, k);
            seen.insert(k);
            content = content && a == drillActivity(k);
        }
        const bool contiguous = seen.size() == count && highest == count;
        const Result<std::optional<qint64>> chain = repo.value()->verifyAuditLog();
        const QString chainText = !chain.ok() ? QStringLiteral("error")
            : chain.value()                   ? QStringLiteral("broken-at-%1").arg(*chain.value())
                                              : QStringLiteral("ok");
        say(QStringLiteral("state drills=%1 highest=%2 contiguous=%3 content=%4 chain=%5 revision=%6")
                .arg(count)
                .arg(highest)
                .arg(contiguous ? 1 : 0)
                .arg(content ? 1 : 0)
                .arg(chainText)
                .arg(snapshot->info.revision));
        if (!contiguous || !content || !chain.ok() || chain.value()) {
            return 1;
        }
        // Then edits the way the window does: through the document, one undoable command per change.
        doc = std::make_unique<session::RegisterDocument>(std::move(repo.value()), snapshot.value(),
                                                          QStringLiteral("crash drill"));
    }
    session::RegisterDocument& document = *doc;
    QString refusal;
    QObject::connect(&document, &session::RegisterDocument::saveFailed,
                     [&refusal](const QString& message) { refusal = message; });
    qint64 k = 0;
    for (const Activity& a : document.reg().activities) {
        if (a.id.startsWith(QLatin1StringView(kPrefix))) {
            ++k;
        }
    }
    for (;;) {
        ++k;
        const qint64 before = document.revision();
        document.insertActivity(document.reg().activities.size(), drillActivity(k));
        if (!refusal.isEmpty() || document.revision() != before + 1) {
            fail(QStringLiteral("change %1 was refused: %2").arg(k).arg(refusal));
        }
        say(QStringLiteral("acked %1").arg(k));
    }
}
