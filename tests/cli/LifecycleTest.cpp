// ropa-cli backup, passwd and verify end to end: real processes on real register files, and a drill that kills
// passwd at random moments.
#include "TestSupport.h"
#include "session/RegisterLocation.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <random>

using namespace ropa;

namespace {

constexpr const char* kNewPassphrase = "seven quiet otters paddle home";

struct LifecycleRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class LifecycleTest : public ::testing::Test
{
protected:
    static QProcessEnvironment environment(const char* passphrase, const char* newPassphrase)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ROPA_PASSPHRASE"));
        env.remove(QStringLiteral("ROPA_NEW_PASSPHRASE"));
        if (passphrase) {
            env.insert(QStringLiteral("ROPA_PASSPHRASE"), QString::fromUtf8(passphrase));
        }
        if (newPassphrase) {
            env.insert(QStringLiteral("ROPA_NEW_PASSPHRASE"), QString::fromUtf8(newPassphrase));
        }
        return env;
    }

    LifecycleRun cli(const QStringList& arguments, const char* passphrase = test::kPassphrase,
                     const char* newPassphrase = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment(passphrase, newPassphrase));
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(ROPA_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(120000)) << "ropa-cli did not finish";
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name = QStringLiteral("r.ropa")) const { return m_dir.filePath(name); }

    void makeRegister()
    {
        const LifecycleRun imported =
            cli({QStringLiteral("import"), path(), test::dataPath(QStringLiteral("full-register.ropa.json"))});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    // The fingerprint verify prints for a sound register, or an empty string.
    QString fingerprintOf(const QString& file, const char* passphrase = test::kPassphrase)
    {
        const LifecycleRun verified = cli({QStringLiteral("verify"), file}, passphrase);
        EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("fingerprint ([0-9a-f]{64})")).match(verified.out);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    static void flipByte(const QString& file, qint64 offset)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(offset));
        char c = 0;
        ASSERT_TRUE(f.getChar(&c));
        ASSERT_TRUE(f.seek(offset));
        ASSERT_TRUE(f.putChar(static_cast<char>(c ^ 0x5a)));
    }

    QTemporaryDir m_dir;
};

TEST_F(LifecycleTest, BackupOpensWithTheSamePassphraseFingerprintAndAuditLog)
{
    makeRegister();
    const LifecycleRun backedUp = cli({QStringLiteral("backup"), path(), path(QStringLiteral("copy.ropa"))});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err.toStdString();
    EXPECT_TRUE(backedUp.out.contains(QStringLiteral("copy.ropa"))) << backedUp.out.toStdString();
    const QString original = fingerprintOf(path());
    ASSERT_FALSE(original.isEmpty());
    EXPECT_EQ(fingerprintOf(path(QStringLiteral("copy.ropa"))), original);
    EXPECT_EQ(test::readBytes(path(QStringLiteral("copy.ropa"))).left(16), test::readBytes(path()).left(16));
    const LifecycleRun json = cli({QStringLiteral("export"), path(QStringLiteral("copy.ropa")),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.out.toUtf8(), test::readBytes(test::dataPath(QStringLiteral("full-register.ropa.json"))));
}

TEST_F(LifecycleTest, BackupRefusesAnExistingFileAndTheRegisterItself)
{
    makeRegister();
    QFile taken(path(QStringLiteral("taken.ropa")));
    ASSERT_TRUE(taken.open(QIODevice::WriteOnly));
    taken.write("keep me");
    taken.close();
    const QByteArray before = test::sha256OfFile(path());

    const LifecycleRun overExisting = cli({QStringLiteral("backup"), path(), path(QStringLiteral("taken.ropa"))});
    EXPECT_EQ(overExisting.exitCode, 2);
    EXPECT_TRUE(overExisting.err.contains(QStringLiteral("taken.ropa already exists")))
        << overExisting.err.toStdString();
    EXPECT_EQ(overExisting.err.count(QLatin1Char('\n')), 1) << "one sentence";
    EXPECT_EQ(test::readBytes(path(QStringLiteral("taken.ropa"))), QByteArray("keep me"));

    const LifecycleRun overItself = cli({QStringLiteral("backup"), path(), m_dir.path() + QStringLiteral("/./r.ropa")});
    EXPECT_EQ(overItself.exitCode, 2);
    EXPECT_TRUE(overItself.err.contains(QStringLiteral("itself"))) << overItself.err.toStdString();
    EXPECT_EQ(test::sha256OfFile(path()), before);
}

TEST_F(LifecycleTest, PasswdFromAFileLeavesOnlyTheNewPassphraseWorking)
{
    makeRegister();
    const QString fingerprint = fingerprintOf(path());
    QFile secret(path(QStringLiteral("new.txt")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write(QByteArray(kNewPassphrase) + "\n");
    secret.close();

    const LifecycleRun changed = cli(
        {QStringLiteral("passwd"), path(), QStringLiteral("--new-passphrase-file"), path(QStringLiteral("new.txt"))});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("verify"), path()}).exitCode, 3) << "the old passphrase no longer opens it";
    EXPECT_EQ(fingerprintOf(path(), kNewPassphrase), fingerprint);
}

TEST_F(LifecycleTest, PasswdRefusesAWeakOrMissingNewPassphraseAndChangesNothing)
{
    makeRegister();
    const QByteArray before = test::sha256OfFile(path());
    const LifecycleRun weak = cli({QStringLiteral("passwd"), path()}, test::kPassphrase, "password");
    EXPECT_EQ(weak.exitCode, 2);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("too weak"))) << weak.err.toStdString();
    const LifecycleRun same = cli({QStringLiteral("passwd"), path()}, test::kPassphrase, test::kPassphrase);
    EXPECT_EQ(same.exitCode, 2);
    const LifecycleRun none = cli({QStringLiteral("passwd"), path()});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("ROPA_NEW_PASSPHRASE"))) << none.err.toStdString();
    const LifecycleRun wrongOld = cli({QStringLiteral("passwd"), path()}, "not the passphrase", kNewPassphrase);
    EXPECT_EQ(wrongOld.exitCode, 3);
    EXPECT_EQ(test::sha256OfFile(path()), before);
}

TEST_F(LifecycleTest, VerifySaysSoundOrNamesEachProblem)
{
    makeRegister();
    const LifecycleRun sound = cli({QStringLiteral("verify"), path()});
    EXPECT_EQ(sound.exitCode, 0) << sound.err.toStdString();
    EXPECT_TRUE(sound.out.contains(QStringLiteral("r.ropa is sound"))) << sound.out.toStdString();
    EXPECT_TRUE(sound.err.isEmpty());

    QFile::copy(path(), path(QStringLiteral("flipped.ropa")));
    flipByte(path(QStringLiteral("flipped.ropa")), 4 * 4096 + 333);
    const LifecycleRun flipped = cli({QStringLiteral("verify"), path(QStringLiteral("flipped.ropa"))});
    EXPECT_EQ(flipped.exitCode, 1);
    EXPECT_TRUE(flipped.out.isEmpty());
    const QStringList lines = flipped.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Page 5 of"))) << flipped.err.toStdString();
    for (const QString& line : lines) {
        EXPECT_TRUE(line.contains(QStringLiteral("flipped.ropa"))) << line.toStdString();
    }
}

TEST_F(LifecycleTest, DamagedFirstPageIsNotReportedAsAWrongPassphrase)
{
    makeRegister();
    flipByte(path(), 100);
    const QByteArray before = test::sha256OfFile(path());
    const LifecycleRun damaged = cli({QStringLiteral("verify"), path()});
    EXPECT_EQ(damaged.exitCode, 4);
    EXPECT_TRUE(damaged.err.startsWith(QStringLiteral("The passphrase is right, but the first page of")))
        << damaged.err.toStdString();
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("r.ropa")));
    const LifecycleRun wrong = cli({QStringLiteral("matrix"), path()}, "not the passphrase");
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase does not unlock"))) << wrong.err.toStdString();
    EXPECT_EQ(test::sha256OfFile(path()), before);
}

TEST_F(LifecycleTest, HelpListsTheLifecycleCommands)
{
    const LifecycleRun help = cli({QStringLiteral("--help")});
    for (const char* command : {"backup FILE OUT", "passwd FILE", "verify FILE"}) {
        EXPECT_TRUE(help.out.contains(QLatin1StringView(command))) << command;
    }
}

// passwd killed at random moments: after each kill exactly one of the old and the new passphrase opens the file,
// whose content is unchanged, and what the kill left behind does not stand in the way of the next passwd.
TEST_F(LifecycleTest, PasswdKilledAtAnyMomentLeavesExactlyOnePassphraseWorking)
{
    makeRegister();
    const QString file = path();
    const QString fingerprint = session::RegisterLocation(file).read(test::kPassphrase).value().info.fingerprint;
    const int rounds =
        qEnvironmentVariableIsSet("ROPA_DRILL_ROUNDS") ? qEnvironmentVariableIntValue("ROPA_DRILL_ROUNDS") : 40;
    std::mt19937 random(20261202);
    const std::array<const char*, 2> passphrases = {test::kPassphrase, kNewPassphrase};
    int current = 0;
    qint64 fullRun = 0;
    int killedBeforeTheEnd = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess process;
        process.setProcessEnvironment(environment(passphrases[current], passphrases[1 - current]));
        process.setStandardInputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(ROPA_CLI_PATH), {QStringLiteral("passwd"), file});
        ASSERT_TRUE(process.waitForStarted());
        if (round == 0) {
            // One whole run, to know how long a run takes.
            ASSERT_TRUE(process.waitForFinished(120000));
            ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
            fullRun = timer.elapsed();
        } else {
            const int delay = std::uniform_int_distribution<int>(0, static_cast<int>(fullRun * 11 / 10))(random);
            // Returns as soon as passwd ends, so this never waits longer than the run itself.
            if (!process.waitForFinished(delay)) {
                process.kill();
                ++killedBeforeTheEnd;
            }
            if (process.state() != QProcess::NotRunning) {
                ASSERT_TRUE(process.waitForFinished(60000));
            }
        }
        const auto old = session::RegisterLocation(file).read(passphrases[current]);
        const auto next = session::RegisterLocation(file).read(passphrases[1 - current]);
        ASSERT_NE(old.ok(), next.ok()) << "round " << round << ": exactly one passphrase must open the file; "
                                       << (old ? "" : old.error().message.toStdString()) << " / "
                                       << (next ? "" : next.error().message.toStdString());
        EXPECT_EQ((old ? old : next).value().info.fingerprint, fingerprint) << "round " << round;
        if (next.ok()) {
            current = 1 - current;
        }
    }
    EXPECT_GT(killedBeforeTheEnd, rounds / 3) << "most kills should land inside a run";
    // A last, whole run clears whatever drafts the kills left.
    const LifecycleRun last = cli({QStringLiteral("passwd"), file}, passphrases[current], passphrases[1 - current]);
    ASSERT_EQ(last.exitCode, 0) << last.err.toStdString();
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left) {
        EXPECT_FALSE(name.endsWith(QStringLiteral(".new")) || name.endsWith(QStringLiteral(".new-journal")))
            << name.toStdString() << " was left behind";
    }
    EXPECT_EQ(fingerprintOf(file, passphrases[1 - current]), fingerprint);
}

} // namespace
