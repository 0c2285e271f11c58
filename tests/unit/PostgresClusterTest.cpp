// The throw-away PostgreSQL server the team-mode tests run against: it starts, takes roles and databases, is reached
// only through its own socket, keeps its data over a restart, and leaves nothing behind when it goes away.
#include "PostgresCluster.h"

#include "PostgresClusterPlatform.h"
#include "TestSupport.h"
#include "store/postgres/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <gtest/gtest.h>

using namespace ropa;
using ropa::store::postgres::Connection;
using ropa::test::PostgresCluster;

namespace {

const QString kLabel = QStringLiteral("the test server");

std::string text(const Error& error)
{
    return error.message.toStdString();
}

class PostgresClusterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cluster = PostgresCluster::shared();
        if (!m_cluster) {
            GTEST_SKIP() << PostgresCluster::whyUnavailable().toStdString();
        }
    }

    // A new database for this test alone.
    QByteArray newDatabase()
    {
        const QByteArray name = PostgresCluster::uniqueName("cluster_test");
        const Status made = m_cluster->createDatabase(name);
        EXPECT_TRUE(made) << (made ? std::string() : text(made.error()));
        return name;
    }

    std::unique_ptr<Connection> connect(const QByteArray& database,
                                        const QByteArray& user = PostgresCluster::kSuperuser)
    {
        auto connection = Connection::open(m_cluster->parameters(database, user), kLabel);
        EXPECT_TRUE(connection) << (connection ? std::string() : text(connection.error()));
        return connection ? std::move(connection).value() : nullptr;
    }

    PostgresCluster* m_cluster = nullptr;
};

TEST_F(PostgresClusterTest, ANewRoleConnectsToANewDatabase)
{
    const QByteArray database = newDatabase();
    const QByteArray role = PostgresCluster::uniqueName("clerk");
    const Status made = m_cluster->createRole(role, "it's a secret");
    ASSERT_TRUE(made) << text(made.error());

    const auto connection = connect(database, role);
    ASSERT_TRUE(connection);
    const auto rows = connection->exec("SELECT current_user, version(), current_database()");
    ASSERT_TRUE(rows) << text(rows.error());
    ASSERT_EQ(rows->rows(), 1);
    EXPECT_EQ(rows->text(0, 0), QString::fromLatin1(role));
    EXPECT_TRUE(rows->text(0, 1).startsWith(QStringLiteral("PostgreSQL "))) << rows->text(0, 1).toStdString();
    EXPECT_EQ(rows->text(0, 2), QString::fromLatin1(database));
}

TEST_F(PostgresClusterTest, ListensOnlyOnTheSocketInItsOwnFolderWithTheSpeedSettings)
{
    const auto connection = connect(PostgresCluster::kMaintenanceDatabase);
    ASSERT_TRUE(connection);
    const auto rows =
        connection->exec("SELECT current_setting('listen_addresses'), current_setting('unix_socket_directories'), "
                         "current_setting('port'), current_setting('fsync'), current_setting('server_encoding'), "
                         "current_setting('lc_collate'), rolsuper FROM pg_roles WHERE rolname = current_user");
    ASSERT_TRUE(rows) << text(rows.error());
    ASSERT_EQ(rows->rows(), 1);
    EXPECT_EQ(rows->text(0, 0), QString());
    EXPECT_EQ(rows->text(0, 1), m_cluster->folder());
    EXPECT_EQ(rows->text(0, 2), QString::number(m_cluster->port()));
    EXPECT_EQ(rows->text(0, 3), QStringLiteral("off"));
    EXPECT_EQ(rows->text(0, 4), QStringLiteral("UTF8"));
    EXPECT_EQ(rows->text(0, 5), QStringLiteral("C"));
    EXPECT_EQ(rows->text(0, 6), QStringLiteral("t"));
}

TEST_F(PostgresClusterTest, RunsAsAnUnprivilegedAccountWhenTheTestsRunAsRoot)
{
    if (!test::PostgresClusterPlatform::runningAsRoot()) {
        GTEST_SKIP() << "Not running as root.";
    }
    // The server owns what it writes; as root it must be an account other than root, or it would not have started.
    const QFileInfo data(QDir(m_cluster->folder()).filePath(QStringLiteral("data/PG_VERSION")));
    ASSERT_TRUE(data.exists());
    EXPECT_NE(data.ownerId(), 0u);
}

TEST_F(PostgresClusterTest, RunSqlRunsAsTheSuperuserAndReportsAFailureInASentence)
{
    const QByteArray database = newDatabase();
    const Status made = m_cluster->runSql(database, "CREATE TABLE note (body text); INSERT INTO note VALUES ('one')");
    ASSERT_TRUE(made) << text(made.error());
    const auto connection = connect(database);
    ASSERT_TRUE(connection);
    const auto rows = connection->exec("SELECT tableowner FROM pg_tables WHERE tablename = 'note'");
    ASSERT_TRUE(rows) << text(rows.error());
    ASSERT_EQ(rows->rows(), 1);
    EXPECT_EQ(rows->text(0, 0), QLatin1String(PostgresCluster::kSuperuser));

    const Status wrong = m_cluster->runSql(database, "SELEC 1");
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("syntax error"))) << text(wrong.error());
}

TEST_F(PostgresClusterTest, NamesAreUniqueAndOnlyPlainNamesAreTaken)
{
    const QByteArray first = PostgresCluster::uniqueName("Team Mode-Test");
    const QByteArray second = PostgresCluster::uniqueName("Team Mode-Test");
    EXPECT_NE(first, second);
    EXPECT_TRUE(first.startsWith("team_mode_test_")) << first.constData();
    EXPECT_TRUE(PostgresCluster::uniqueName("1st").startsWith("t1st_"));
    EXPECT_LE(PostgresCluster::uniqueName(QByteArray(100, 'a')).size(), 63);

    const Status quoted = m_cluster->createDatabase("x\"; DROP DATABASE postgres; --");
    ASSERT_FALSE(quoted);
    EXPECT_EQ(quoted.error().code, ErrorCode::Usage);
    const Status twice = m_cluster->createDatabase(first);
    ASSERT_TRUE(twice) << text(twice.error());
    EXPECT_FALSE(m_cluster->createDatabase(first));
}

TEST_F(PostgresClusterTest, RestartKeepsTheDataAndCutsTheOpenConnections)
{
    const QByteArray database = newDatabase();
    const Status made = m_cluster->runSql(database, "CREATE TABLE kept (n integer); INSERT INTO kept VALUES (42)");
    ASSERT_TRUE(made) << text(made.error());
    const auto before = connect(database);
    ASSERT_TRUE(before);

    const Status restarted = m_cluster->restart();
    ASSERT_TRUE(restarted) << text(restarted.error()) << "\n" << m_cluster->serverLog().toStdString();
    EXPECT_TRUE(m_cluster->isRunning());

    EXPECT_FALSE(before->exec("SELECT 1"));
    EXPECT_FALSE(before->isUp());
    const auto after = connect(database);
    ASSERT_TRUE(after);
    const auto rows = after->exec("SELECT n FROM kept");
    ASSERT_TRUE(rows) << text(rows.error());
    ASSERT_EQ(rows->rows(), 1);
    EXPECT_EQ(rows->integer(0, 0), 42);
}

TEST_F(PostgresClusterTest, AStoppedServerRefusesConnectionsUntilStartedAgain)
{
    const Status stopped = m_cluster->stop();
    ASSERT_TRUE(stopped) << text(stopped.error());
    EXPECT_FALSE(m_cluster->isRunning());
    const auto refused = Connection::open(m_cluster->parameters(PostgresCluster::kMaintenanceDatabase), kLabel);
    const Status started = m_cluster->start();
    ASSERT_TRUE(started) << text(started.error()) << "\n" << m_cluster->serverLog().toStdString();

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Io) << text(refused.error());
    EXPECT_TRUE(connect(PostgresCluster::kMaintenanceDatabase));
}

TEST_F(PostgresClusterTest, AClusterOfItsOwnStopsAndLeavesNoFolderWhenItGoesAway)
{
    auto own = PostgresCluster::create();
    ASSERT_TRUE(own) << text(own.error());
    const QString folder = (*own)->folder();
    const auto parameters = (*own)->parameters(PostgresCluster::kMaintenanceDatabase);
    EXPECT_NE((*own)->port(), m_cluster->port());
    EXPECT_NE(folder, m_cluster->folder());
    {
        auto connection = Connection::open(parameters, kLabel);
        ASSERT_TRUE(connection) << text(connection.error());
    }

    own->reset();

    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_FALSE(Connection::open(parameters, kLabel));
}

TEST_F(PostgresClusterTest, ANewClusterRemovesTheFolderOfAProgramThatDiedButNotOfOneThatRuns)
{
    // A process that has ended lends its id to the abandoned folder.
    QProcess ended;
    ended.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=-*")});
    ASSERT_TRUE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    ASSERT_TRUE(ended.waitForFinished());

    const QDir base = QFileInfo(m_cluster->folder()).dir();
    const auto makeFolder = [&](const char* name, qint64 pid) {
        const QString folder =
            base.filePath(QStringLiteral("ropa-pg-") + QString::fromLatin1(PostgresCluster::uniqueName(name)));
        EXPECT_TRUE(QDir().mkpath(folder + QStringLiteral("/data")));
        test::writeBytes(folder + QStringLiteral("/owner.pid"), QByteArray::number(pid) + '\n');
        return folder;
    };
    const QString abandoned = makeFolder("abandoned", deadPid);
    const QString running = makeFolder("running", QCoreApplication::applicationPid());

    auto own = PostgresCluster::create();
    ASSERT_TRUE(own) << text(own.error());

    EXPECT_FALSE(QFileInfo::exists(abandoned));
    EXPECT_TRUE(QFileInfo::exists(running));
    EXPECT_TRUE(QFileInfo::exists(m_cluster->folder()));
    QDir(running).removeRecursively();
}

} // namespace
