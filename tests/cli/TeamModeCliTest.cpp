#include "DemoCliTest.h"
#include "PdfText.h"
#include "PostgresCluster.h"
#include "store/postgres/Connection.h"
#include "store/postgres/ServerSchema.h"

#include <QFile>
#include <QUrl>

using namespace ropa;

namespace {

// ropa-cli against a register on a throw-away PostgreSQL server: push, pull, and every command that takes FILE
// taking the server's address instead.
class TeamModeCliTest : public test::DemoCliTest
{
protected:
    void SetUp() override
    {
        m_cluster = test::PostgresCluster::shared();
        if (!m_cluster) {
            GTEST_SKIP() << test::PostgresCluster::whyUnavailable().toStdString();
        }
        m_database = test::PostgresCluster::uniqueName("cli");
        ASSERT_TRUE(m_cluster->createDatabase(m_database).ok());
        auto admin = store::postgres::Connection::open(m_cluster->parameters(m_database), QStringLiteral("admin"));
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(store::postgres::ServerSchema::migrate(*admin.value()).ok());
        m_role = test::PostgresCluster::uniqueName("office");
        ASSERT_TRUE(m_cluster->createRole(m_role).ok());
        ASSERT_TRUE(m_cluster->runSql(m_database, "GRANT ropa_registrar TO " + m_role).ok());
    }

    QString uri(const QString& registerName = QStringLiteral("kjm")) const
    {
        return m_cluster->address(m_database, m_role, registerName);
    }

    test::PostgresCluster* m_cluster = nullptr;
    QByteArray m_database;
    QByteArray m_role;
};

QString fingerprintIn(const QString& text)
{
    const qsizetype at = text.indexOf(QStringLiteral("fingerprint "));
    return at < 0 ? QString() : text.mid(at + 12).section(QLatin1Char('.'), 0, 0).trimmed();
}

} // namespace

TEST_F(TeamModeCliTest, PushThenPullKeepsTheRegisterIdentical)
{
    const QString file = demo();
    const test::CliRun before = cli({QStringLiteral("verify"), file});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const QString fingerprint = fingerprintIn(before.out);
    ASSERT_FALSE(fingerprint.isEmpty()) << before.out.toStdString();

    const test::CliRun pushed = cli({QStringLiteral("push"), file, uri()});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_EQ(fingerprintIn(pushed.out), fingerprint) << pushed.out.toStdString();

    const test::CliRun onServer = cli({QStringLiteral("verify"), uri()});
    ASSERT_EQ(onServer.exitCode, 0) << onServer.err.toStdString();
    EXPECT_EQ(fingerprintIn(onServer.out), fingerprint) << onServer.out.toStdString();

    const QString copy = m_dir.filePath(QStringLiteral("travel.ropa"));
    const test::CliRun pulled = cli({QStringLiteral("pull"), uri(), copy});
    ASSERT_EQ(pulled.exitCode, 0) << pulled.err.toStdString();
    EXPECT_EQ(fingerprintIn(pulled.out), fingerprint);
    const test::CliRun after = cli({QStringLiteral("verify"), copy});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(fingerprintIn(after.out), fingerprint);

    // The same register, the same documents: the matrix from the server and from the copy agree.
    const test::CliRun fromServer = cli({QStringLiteral("matrix"), uri()});
    const test::CliRun fromCopy = cli({QStringLiteral("matrix"), copy});
    ASSERT_EQ(fromServer.exitCode, 0) << fromServer.err.toStdString();
    EXPECT_EQ(fromServer.out, fromCopy.out);
    EXPECT_TRUE(fromServer.out.contains(QStringLiteral("***")));
}

TEST_F(TeamModeCliTest, PushRefusesAnExistingRegisterUnlessToldAndPullNeverWritesOverAFile)
{
    const QString file = demo();
    ASSERT_EQ(cli({QStringLiteral("push"), file, uri()}).exitCode, 0);
    const test::CliRun again = cli({QStringLiteral("push"), file, uri()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();
    const test::CliRun replaced = cli({QStringLiteral("push"), file, uri(), QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();

    const QString existing = m_dir.filePath(QStringLiteral("existing.ropa"));
    QFile taken(existing);
    ASSERT_TRUE(taken.open(QIODevice::WriteOnly));
    taken.write("not a register, but mine");
    taken.close();
    const test::CliRun pulled = cli({QStringLiteral("pull"), uri(), existing});
    EXPECT_EQ(pulled.exitCode, 2);
    EXPECT_TRUE(pulled.err.contains(QStringLiteral("never writes over"))) << pulled.err.toStdString();
    EXPECT_EQ(test::readBytes(existing), QByteArray("not a register, but mine"));
}

TEST_F(TeamModeCliTest, BadAddressesAndMissingRegistersAreOneSentence)
{
    const test::CliRun password =
        cli({QStringLiteral("verify"), QStringLiteral("postgresql://priya:hunter2@db.example.org/ropa?register=kjm")});
    EXPECT_EQ(password.exitCode, 2);
    EXPECT_FALSE(password.err.contains(QStringLiteral("hunter2"))) << password.err.toStdString();
    EXPECT_EQ(password.err.count(QLatin1Char('\n')), 1) << password.err.toStdString();

    const test::CliRun missing = cli({QStringLiteral("verify"), uri(QStringLiteral("nothing-here"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no register \"nothing-here\""))) << missing.err.toStdString();
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << missing.err.toStdString();

    const test::CliRun backwards = cli({QStringLiteral("push"), uri(), m_dir.filePath(QStringLiteral("x.ropa"))});
    EXPECT_EQ(backwards.exitCode, 2);
}

TEST_F(TeamModeCliTest, ExportingFromTheServerWritesTheSamePdf)
{
    const QString file = demo();
    ASSERT_EQ(cli({QStringLiteral("push"), file, uri()}).exitCode, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    const test::CliRun exported = cli({QStringLiteral("export"), uri(), QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString text = test::pdfBodyText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("KJM Group"))) << text.left(400).toStdString();
}

TEST_F(TeamModeCliTest, AnAdministratorSetsTheServerUpAndTheDpoSaysWhoMayDoWhat)
{
    const QByteArray fresh = test::PostgresCluster::uniqueName("setup");
    ASSERT_TRUE(m_cluster->createDatabase(fresh).ok());
    const QString database = m_cluster->address(fresh, test::PostgresCluster::kSuperuser, QString());
    const test::CliRun setUp = cli({QStringLiteral("server-setup"), database});
    ASSERT_EQ(setUp.exitCode, 0) << setUp.err.toStdString();
    EXPECT_TRUE(setUp.out.contains(QStringLiteral("schema version 1"))) << setUp.out.toStdString();
    // Again: nothing to do, the same answer.
    EXPECT_EQ(cli({QStringLiteral("server-setup"), database}).out, setUp.out);

    ASSERT_EQ(cli({QStringLiteral("push"), demo(), uri()}).exitCode, 0);
    const QByteArray reader = test::PostgresCluster::uniqueName("reader");
    ASSERT_TRUE(m_cluster->createRole(reader).ok());
    ASSERT_TRUE(m_cluster->runSql(m_database, "GRANT ropa_user TO " + reader).ok());
    const test::CliRun granted =
        cli({QStringLiteral("access"), uri(), QString::fromLatin1(reader), QStringLiteral("viewer")});
    ASSERT_EQ(granted.exitCode, 0) << granted.err.toStdString();

    QString asReader = uri();
    asReader.replace(QStringLiteral("user=") + QString::fromLatin1(m_role),
                     QStringLiteral("user=") + QString::fromLatin1(reader));
    const test::CliRun read = cli({QStringLiteral("matrix"), asReader});
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    const test::CliRun review =
        cli({QStringLiteral("review"), asReader, QStringLiteral("--by"), QStringLiteral("Reader")});
    EXPECT_NE(review.exitCode, 0);
    EXPECT_TRUE(review.err.contains(QStringLiteral("but not change it"))) << review.err.toStdString();
    EXPECT_EQ(review.err.count(QLatin1Char('\n')), 1) << review.err.toStdString();
    const test::CliRun promote =
        cli({QStringLiteral("access"), asReader, QString::fromLatin1(reader), QStringLiteral("dpo")});
    EXPECT_NE(promote.exitCode, 0);

    const test::CliRun bad =
        cli({QStringLiteral("access"), uri(), QString::fromLatin1(reader), QStringLiteral("owner")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("viewer, editor, dpo or none"))) << bad.err.toStdString();
    const test::CliRun revoked =
        cli({QStringLiteral("access"), uri(), QString::fromLatin1(reader), QStringLiteral("none")});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("matrix"), asReader}).exitCode, 3);
}

TEST_F(TeamModeCliTest, InitAndImportMakeAServerRegisterAsTheyMakeAFile)
{
    const QString file = demo();
    const QString json = m_dir.filePath(QStringLiteral("kjm.ropa.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("-o"), json})
                  .exitCode,
              0);

    const test::CliRun init = cli({QStringLiteral("init"), uri(QStringLiteral("empty")), QStringLiteral("--controller"),
                                   QStringLiteral("KJM Group Ltd")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const test::CliRun twice = cli({QStringLiteral("init"), uri(QStringLiteral("empty"))});
    EXPECT_NE(twice.exitCode, 0);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already has a register"))) << twice.err.toStdString();

    const test::CliRun intoEmpty = cli({QStringLiteral("import"), uri(QStringLiteral("empty")), json});
    ASSERT_EQ(intoEmpty.exitCode, 0) << intoEmpty.err.toStdString();
    const test::CliRun fresh = cli({QStringLiteral("import"), uri(QStringLiteral("fresh")), json});
    ASSERT_EQ(fresh.exitCode, 0) << fresh.err.toStdString();
    const test::CliRun again = cli({QStringLiteral("import"), uri(QStringLiteral("fresh")), json});
    EXPECT_EQ(again.exitCode, 2) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("--replace"))) << again.err.toStdString();

    const test::CliRun original = cli({QStringLiteral("verify"), file});
    const test::CliRun imported = cli({QStringLiteral("verify"), uri(QStringLiteral("fresh"))});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(fingerprintIn(imported.out), fingerprintIn(original.out));
    EXPECT_EQ(fingerprintIn(cli({QStringLiteral("verify"), uri(QStringLiteral("empty"))}).out),
              fingerprintIn(original.out));
}
