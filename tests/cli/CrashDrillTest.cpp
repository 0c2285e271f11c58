// The crash drill: a writer process (tests/tools/CrashWriter.cpp) adds activities to a real register and says
// "acked K" once each change has returned success; the test kills it with SIGKILL at a random moment, again and
// again, and after every kill the file must open with the passphrase, hold every acknowledged change (and at most
// the one change in flight beyond it) exactly as written, and have an audit chain that verifies.
//   ROPA_DRILL_ROUNDS=N   fewer (or more) rounds than the 200 CI runs
//   ROPA_DRILL_SEED=S     replay a run: every random choice comes from this seed, printed at the start
#include "TestSupport.h"
#include "domain/Register.h"
#include "session/RegisterLocation.h"
#include "store/RegisterRepository.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>
#include <random>

using namespace ropa;

namespace {

constexpr int kDefaultRounds = 200;

// What the writer wrote as change k (CrashWriter.cpp's drillActivity), rebuilt here so the test checks the bytes.
Activity drillActivity(qint64 k)
{
    Activity a;
    a.id = QStringLiteral("drill-%1").arg(k);
    a.purpose = QStringLiteral("Drill change %1").arg(k);
    a.description = QString(static_cast<qsizetype>(k * 373 % 3000 + 1), QChar(u'a' + static_cast<char16_t>(k % 26)));
    a.bases = {{Basis::Contract}};
    return a;
}

qint64 environmentNumber(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

// A writer's standard output, read line by line as it comes.
class WriterOutput
{
public:
    explicit WriterOutput(QProcess& process)
        : m_process(process)
    { }

    // The next whole line, or an empty string when the process has ended (or the deadline passed) without one.
    QString next(const QDeadlineTimer& deadline)
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end >= 0) {
                const QString line = QString::fromUtf8(m_buffer.left(end));
                m_buffer.remove(0, end + 1);
                return line;
            }
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
                m_buffer += m_process.readAllStandardOutput();
                if (m_buffer.contains('\n')) {
                    continue;
                }
                return {};
            }
            m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
            m_buffer += m_process.readAllStandardOutput();
        }
    }

private:
    QProcess& m_process;
    QByteArray m_buffer;
};

// Reads the register with the test's own open and checks it as the writer's "state" line does; returns the number
// of drill changes present, or -1 after reporting a failure.
qint64 checkFile(const QString& path, qint64 acked)
{
    Result<std::unique_ptr<store::RegisterRepository>> repo = session::RegisterLocation(path).open(test::kPassphrase);
    EXPECT_TRUE(repo.ok()) << repo.error().message.toStdString();
    if (!repo) {
        return -1;
    }
    const Result<store::RegisterSnapshot> snapshot = repo.value()->load();
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    if (!snapshot) {
        return -1;
    }
    qint64 count = 0;
    for (const Activity& a : snapshot->reg.activities) {
        if (a.id.startsWith(QLatin1StringView("drill-"))) {
            ++count;
            EXPECT_EQ(a, drillActivity(count)) << "activity " << count << " of the drill is " << a.id.toStdString();
        }
    }
    EXPECT_TRUE(count == acked || count == acked + 1)
        << count << " drill changes in the file, " << acked << " were acknowledged";
    const Result<std::optional<qint64>> chain = repo.value()->verifyAuditLog();
    EXPECT_TRUE(chain.ok() && !chain.value().has_value())
        << (chain.ok() ? "the audit chain breaks at entry " + std::to_string(*chain.value())
                       : chain.error().message.toStdString());
    return count;
}

TEST(CrashDrillTest, EveryAcknowledgedChangeSurvivesSigkillAtRandomMoments)
{
    const qint64 rounds = environmentNumber("ROPA_DRILL_ROUNDS", kDefaultRounds);
    const auto seed = static_cast<std::uint64_t>(environmentNumber("ROPA_DRILL_SEED", std::random_device()()));
    std::cout << "crash drill: " << rounds << " rounds, seed " << seed << " (ROPA_DRILL_SEED=" << seed << " replays it)"
              << std::endl;
    RecordProperty("seed", std::to_string(seed));
    std::mt19937_64 random(seed);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("drill.ropa"));
    ASSERT_TRUE(test::writeRegisterFile(path, test::fullRegister()));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROPA_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
    const QRegularExpression stateLine(QStringLiteral(
        R"(^state drills=(\d+) highest=(\d+) contiguous=([01]) content=([01]) chain=(\S+) revision=(\d+)$)"));
    const QRegularExpression ackLine(QStringLiteral(R"(^acked (\d+)$)"));

    qint64 acked = 0; // the highest change any writer has acknowledged
    qint64 killedDuringOpen = 0;
    qint64 killedWhileWriting = 0;
    qint64 inFlightKept = 0; // kills after a commit but before its "acked" line
    QElapsedTimer clock;
    clock.start();
    for (qint64 round = 1; round <= rounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round) + " of seed " + std::to_string(seed));
        QProcess writer;
        writer.setProcessEnvironment(env);
        writer.setStandardInputFile(QProcess::nullDevice());
        writer.start(QStringLiteral(ROPA_CRASH_WRITER_PATH), {path});
        ASSERT_TRUE(writer.waitForStarted(30000)) << writer.errorString().toStdString();
        WriterOutput output(writer);
        const QDeadlineTimer deadline(60000);

        // One round in eight kills the writer while it opens the file (and rolls back what the last one left);
        // the others let it acknowledge 0 to 10 changes, then kill it a random number of milliseconds later,
        // mostly in the middle of its next transaction.
        const bool duringOpen = random() % 8 == 0;
        const qint64 wanted = static_cast<qint64>(random() % 11);
        const int delayMs = static_cast<int>(random() % (duringOpen ? 400 : 25));
        bool sawState = false;
        // The writer's word on what it found when it opened the file.
        auto takeState = [&](const QString& line) {
            const QRegularExpressionMatch m = stateLine.match(line);
            ASSERT_TRUE(m.hasMatch()) << "the writer said '" << line.toStdString()
                                      << "': " << writer.readAllStandardError().toStdString();
            sawState = true;
            const qint64 present = m.captured(1).toLongLong();
            EXPECT_EQ(m.captured(3), QStringLiteral("1")) << "the drill changes are not drill-1.." << present;
            EXPECT_EQ(m.captured(4), QStringLiteral("1")) << "a drill change does not hold what was written";
            EXPECT_EQ(m.captured(5), QStringLiteral("ok")) << "the audit chain does not verify";
            ASSERT_TRUE(present == acked || present == acked + 1)
                << present << " drill changes in the file, " << acked << " were acknowledged";
            inFlightKept += present == acked + 1 ? 1 : 0;
            acked = present; // the change in flight made it: from now on it must stay
        };
        auto takeAck = [&](const QString& line) {
            const QRegularExpressionMatch ack = ackLine.match(line);
            ASSERT_TRUE(ack.hasMatch()) << "the writer said '" << line.toStdString()
                                        << "': " << writer.readAllStandardError().toStdString();
            ASSERT_EQ(ack.captured(1).toLongLong(), acked + 1);
            acked = ack.captured(1).toLongLong();
        };
        if (!duringOpen) {
            takeState(output.next(deadline));
            if (HasFatalFailure()) {
                return;
            }
            for (const qint64 target = acked + wanted; acked < target && !HasFatalFailure();) {
                takeAck(output.next(deadline));
            }
            if (HasFatalFailure()) {
                return;
            }
        }
        // Not a wait for a result: the moment of the kill. waitForFinished returns early only if the writer died.
        if (delayMs > 0) {
            ASSERT_FALSE(writer.waitForFinished(delayMs))
                << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        }
        writer.kill(); // SIGKILL on POSIX, TerminateProcess on Windows: no chance to tidy up either way
        ASSERT_TRUE(writer.waitForFinished(30000));
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << "the writer exited by itself: " << writer.readAllStandardError().toStdString();
        // Whatever it printed before it died counts, acknowledgements included.
        for (QString line = output.next(deadline); !line.isEmpty() && !HasFatalFailure();
             line = output.next(deadline)) {
            sawState ? takeAck(line) : takeState(line);
        }
        if (HasFatalFailure()) {
            return;
        }
        (sawState ? killedWhileWriting : killedDuringOpen) += 1;

        // Every tenth round, and after the last, the test opens the file itself as well.
        if (round % 10 == 0 || round == rounds) {
            const qint64 present = checkFile(path, acked);
            ASSERT_GE(present, 0);
            acked = present;
        }
        if (HasFailure()) {
            return;
        }
    }
    std::cout << "crash drill: " << rounds << " kills (" << killedDuringOpen << " before the writer had read the file, "
              << killedWhileWriting << " while it wrote; " << inFlightKept
              << " times the change in flight had been committed), " << acked << " changes acknowledged and present, "
              << clock.elapsed() / 1000.0 << " s" << std::endl;
}

} // namespace
