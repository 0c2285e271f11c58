// Team mode on a real PostgreSQL server: who may see and change which register, people editing at once, and the
// audit log the server writes itself. The behaviour shared with the file is in RepositoryContractTest.
#include "PostgresCluster.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "session/EntryCodecs.h"
#include "session/RegisterDocument.h"
#include "store/AuditChain.h"
#include "store/postgres/Connection.h"
#include "store/postgres/PostgresRepository.h"
#include "store/postgres/ServerAddress.h"
#include "store/postgres/ServerSchema.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <gtest/gtest.h>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::store::postgres;

namespace {

AuditRecord audit(const char* action = "test.change")
{
    return {QString::fromLatin1(action), QJsonObject{{QStringLiteral("note"), QStringLiteral("from the test")}},
            QStringLiteral("tester")};
}

class PostgresStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cluster = test::PostgresCluster::shared();
        if (!m_cluster) {
            GTEST_SKIP() << test::PostgresCluster::whyUnavailable().toStdString();
        }
        m_database = test::PostgresCluster::uniqueName("team");
        ASSERT_TRUE(m_cluster->createDatabase(m_database).ok());
        auto admin = Connection::open(m_cluster->parameters(m_database), QStringLiteral("admin"));
        ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
        const Status migrated = ServerSchema::migrate(*admin.value());
        ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    }

    // A login role, a member of ropa_registrar where it may create registers.
    QByteArray role(const QByteArray& prefix, bool registrar = false)
    {
        const QByteArray name = test::PostgresCluster::uniqueName(prefix);
        EXPECT_TRUE(m_cluster->createRole(name).ok());
        if (registrar) {
            EXPECT_TRUE(m_cluster->runSql(m_database, "GRANT ropa_registrar TO " + name).ok());
        } else {
            EXPECT_TRUE(m_cluster->runSql(m_database, "GRANT ropa_user TO " + name).ok());
        }
        return name;
    }

    QString uri(const QByteArray& user, const QString& registerName) const
    {
        return m_cluster->address(m_database, user, registerName);
    }

    ServerAddress address(const QByteArray& user, const QString& registerName = QStringLiteral("kjm")) const
    {
        return ServerAddress::parse(uri(user, registerName)).value();
    }

    std::unique_ptr<PostgresRepository> create(const QByteArray& user, const Register& reg,
                                               const QString& registerName = QStringLiteral("kjm"))
    {
        auto created = PostgresRepository::create(address(user, registerName), session::EntryCodecs::json(), reg,
                                                  audit("test.setup"));
        EXPECT_TRUE(created.ok()) << (created ? "" : created.error().message.toStdString());
        return created ? std::move(created.value()) : nullptr;
    }

    Result<std::unique_ptr<PostgresRepository>> open(const QByteArray& user,
                                                     const QString& registerName = QStringLiteral("kjm"))
    {
        return PostgresRepository::open(address(user, registerName), session::EntryCodecs::json());
    }

    // Statements run as user straight over libpq, as a client that does not go through the repository would.
    Result<QueryResult> runAs(const QByteArray& user, const char* sql)
    {
        auto connection = Connection::open(m_cluster->parameters(m_database, user), QStringLiteral("client"));
        if (!connection) {
            return connection.error();
        }
        return connection.value()->exec(sql);
    }

    // The full register created by a DPO (m_dpo, "priya") and opened by an editor ("sam") over connections of
    // their own.
    void shareWithAnEditor()
    {
        m_dpo = role("priya", true);
        const QByteArray sam = role("sam");
        m_dpoRepository = create(m_dpo, test::fullRegister());
        ASSERT_TRUE(m_dpoRepository);
        ASSERT_TRUE(m_dpoRepository->setAccess(QString::fromLatin1(sam), QStringLiteral("editor"), audit()).ok());
        m_editorRepository = open(sam);
        ASSERT_TRUE(m_editorRepository.ok()) << m_editorRepository.error().message.toStdString();
        m_editor = sam;
    }

    test::PostgresCluster* m_cluster = nullptr;
    QByteArray m_database;
    QByteArray m_dpo;
    QByteArray m_editor;
    std::unique_ptr<PostgresRepository> m_dpoRepository;
    Result<std::unique_ptr<PostgresRepository>> m_editorRepository = Error{ErrorCode::Usage, QString()};
};

} // namespace

TEST_F(PostgresStoreTest, AddressesNameTheRegisterAndKeepPasswordsOut)
{
    const Result<ServerAddress> remote =
        ServerAddress::parse(QStringLiteral("postgresql://db.example.org/ropa?register=kjm"));
    ASSERT_TRUE(remote.ok()) << remote.error().message.toStdString();
    EXPECT_EQ(remote->registerName(), QStringLiteral("kjm"));
    EXPECT_FALSE(remote->isLocalSocket());
    // Away from a local socket the server's certificate is checked unless the address says otherwise.
    EXPECT_TRUE(remote->parameters().contains(std::pair(QByteArray("sslmode"), QByteArray("verify-full"))));
    for (const auto& [keyword, value] : remote->parameters()) {
        EXPECT_NE(keyword, "register");
    }
    const Result<ServerAddress> relaxed =
        ServerAddress::parse(QStringLiteral("postgresql://db.example.org/ropa?register=kjm&sslmode=require"));
    ASSERT_TRUE(relaxed.ok());
    EXPECT_FALSE(relaxed->parameters().contains(std::pair(QByteArray("sslmode"), QByteArray("verify-full"))));
    EXPECT_TRUE(address("anyone").isLocalSocket());

    const Result<ServerAddress> withPassword =
        ServerAddress::parse(QStringLiteral("postgresql://priya:secret@db.example.org/ropa?register=kjm"));
    ASSERT_FALSE(withPassword.ok());
    EXPECT_FALSE(withPassword.error().message.contains(QStringLiteral("secret")));
    EXPECT_TRUE(withPassword.error().message.contains(QStringLiteral("PGPASSFILE")));
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h/db?register=kjm&password=secret")).ok());
    const Result<ServerAddress> unnamed = ServerAddress::parse(QStringLiteral("postgresql://h/db"));
    ASSERT_FALSE(unnamed.ok());
    EXPECT_TRUE(unnamed.error().message.contains(QStringLiteral("?register=name")));
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h/db?register=Bad%20Name")).ok());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h/db?register=kjm&nosuchoption=1")).ok());
}

TEST_F(PostgresStoreTest, MigratingTwiceChangesNothingAndAClientNeedsTheSchema)
{
    auto admin = Connection::open(m_cluster->parameters(m_database), QStringLiteral("admin"));
    ASSERT_TRUE(admin.ok());
    EXPECT_TRUE(ServerSchema::migrate(*admin.value()).ok());
    EXPECT_EQ(ServerSchema::currentVersion(*admin.value()).value(), ServerSchema::latestVersion());

    const QByteArray empty = test::PostgresCluster::uniqueName("empty");
    ASSERT_TRUE(m_cluster->createDatabase(empty).ok());
    const QString bare = m_cluster->address(empty, test::PostgresCluster::kSuperuser);
    const auto opened = PostgresRepository::open(ServerAddress::parse(bare).value(), session::EntryCodecs::json());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("server-setup")))
        << opened.error().message.toStdString();
}

TEST_F(PostgresStoreTest, AUserSeesOnlyTheRegistersTheirRolesAreGranted)
{
    const QByteArray kjm = role("kjm_dpo", true);
    const QByteArray other = role("other_dpo", true);
    ASSERT_TRUE(create(kjm, test::fullRegister(), QStringLiteral("kjm")));
    ASSERT_TRUE(create(other, test::syntheticRegister(3), QStringLiteral("subsidiary")));

    // The other register's DPO cannot open KJM's, with the same words as for a register that is not there.
    const auto refused = open(other, QStringLiteral("kjm"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotARegister);
    const auto absent = open(other, QStringLiteral("no-such-register"));
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(refused.error().message.section(QLatin1Char('"'), 0, 0),
              absent.error().message.section(QLatin1Char('"'), 0, 0));

    // Nor does reading the tables directly show anything of it.
    for (const char* sql : {"SELECT count(*) FROM ropa.entry WHERE register_id = 'kjm'",
                            "SELECT count(*) FROM ropa.audit_log WHERE register_id = 'kjm'",
                            "SELECT count(*) FROM ropa.register WHERE id = 'kjm'",
                            "SELECT count(*) FROM ropa.entry_version WHERE register_id = 'kjm'"}) {
        const Result<QueryResult> rows = runAs(other, sql);
        ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
        EXPECT_EQ(rows->integer(0, 0), 0) << sql;
    }
    const Result<QueryResult> own = runAs(other, "SELECT count(*) FROM ropa.entry WHERE register_id = 'subsidiary'");
    ASSERT_TRUE(own.ok());
    EXPECT_GT(own->integer(0, 0), 0);
}

TEST_F(PostgresStoreTest, ViewerReadsEditorEditsAndOnlyTheDpoReviewsAndGrants)
{
    const QByteArray dpo = role("dpo", true);
    const QByteArray editor = role("editor");
    const QByteArray viewer = role("viewer");
    auto owner = create(dpo, test::fullRegister());
    ASSERT_TRUE(owner);
    ASSERT_TRUE(owner->setAccess(QString::fromLatin1(editor), QStringLiteral("editor"), audit("access.grant")).ok());
    ASSERT_TRUE(owner->setAccess(QString::fromLatin1(viewer), QStringLiteral("viewer"), audit("access.grant")).ok());
    EXPECT_EQ(owner->access().value(), QStringLiteral("dpo"));

    auto asViewer = open(viewer);
    ASSERT_TRUE(asViewer.ok()) << asViewer.error().message.toStdString();
    EXPECT_EQ(asViewer.value()->access().value(), QStringLiteral("viewer"));
    const Result<RegisterSnapshot> seen = asViewer.value()->load();
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen->reg, test::fullRegister());
    Activity a = seen->reg.activities.at(0);
    a.purpose = QStringLiteral("A viewer's change");
    const Result<qint64> viewerEdit =
        asViewer.value()->apply({RegisterChange::UpdateActivity{a}}, seen->info.revision, audit());
    ASSERT_FALSE(viewerEdit.ok());
    EXPECT_EQ(viewerEdit.error().code, ErrorCode::NotAllowed);
    EXPECT_TRUE(viewerEdit.error().message.contains(QStringLiteral("may read register \"kjm\" but not change it")))
        << viewerEdit.error().message.toStdString();
    // Writing the rows directly changes nothing: the policies leave a viewer no row to write.
    const Result<QueryResult> direct = runAs(viewer, "UPDATE ropa.entry SET body = '{}' WHERE register_id = 'kjm'");
    EXPECT_TRUE(!direct || direct->affected() == 0);
    EXPECT_EQ(owner->load()->reg, test::fullRegister());

    auto asEditor = open(editor);
    ASSERT_TRUE(asEditor.ok());
    a.purpose = QStringLiteral("An editor's change");
    const Result<qint64> edited =
        asEditor.value()->apply({RegisterChange::UpdateActivity{a}}, seen->info.revision, audit());
    ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    EXPECT_EQ(owner->load()->reg.activities.at(0).purpose, QStringLiteral("An editor's change"));

    asEditor.value()->setSnapshotCodec({[](const Register& reg) { return formats::RegisterJsonWriter::write(reg); },
                                        [](const QByteArray& bytes, const QString& label) {
                                            return formats::RegisterJsonReader::read(bytes, label);
                                        }});
    const Register now = owner->load()->reg;
    const Result<qint64> review = asEditor.value()->apply(
        {RegisterChange::UpdateOrganisation{now.controller, QDate(2027, 1, 4), QStringLiteral("Ed"), now.pecrDeclared}},
        edited.value(), audit());
    ASSERT_FALSE(review.ok());
    EXPECT_TRUE(review.error().message.contains(QStringLiteral("Only the DPO")))
        << review.error().message.toStdString();
    const Result<qint64> grant =
        asEditor.value()->setAccess(QString::fromLatin1(viewer), QStringLiteral("dpo"), audit("access.grant"));
    ASSERT_FALSE(grant.ok());
    EXPECT_EQ(open(viewer).value()->access().value(), QStringLiteral("viewer"));

    // Access taken away: the register is gone from the user's view.
    ASSERT_TRUE(owner->setAccess(QString::fromLatin1(viewer), QString(), audit("access.revoke")).ok());
    EXPECT_EQ(open(viewer).error().code, ErrorCode::NotARegister);
}

TEST_F(PostgresStoreTest, TwoPeopleChangingDifferentActivitiesOrFieldsBothSucceed)
{
    ASSERT_NO_FATAL_FAILURE(shareWithAnEditor());
    const std::unique_ptr<PostgresRepository>& first = m_dpoRepository;
    const Result<std::unique_ptr<PostgresRepository>>& second = m_editorRepository;
    const RegisterSnapshot base = first->load().value();

    // Different activities, both made on the same revision.
    Activity one = base.reg.activities.at(0);
    one.purpose = QStringLiteral("Priya's purpose");
    Activity two = base.reg.activities.at(1);
    two.description = QStringLiteral("Sam's description");
    ASSERT_TRUE(first->apply({RegisterChange::UpdateActivity{one}}, base.info.revision, audit()).ok());
    const Result<qint64> other =
        second.value()->apply({RegisterChange::UpdateActivity{two}}, base.info.revision, audit());
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();

    // Different fields of the same activity: merged.
    Activity samsOne = base.reg.activities.at(0);
    samsOne.description = QStringLiteral("Sam's description of the first");
    const Result<qint64> merged =
        second.value()->apply({RegisterChange::UpdateActivity{samsOne}}, base.info.revision, audit());
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();

    const Register now = first->load()->reg;
    EXPECT_EQ(now.activities.at(0).purpose, QStringLiteral("Priya's purpose"));
    EXPECT_EQ(now.activities.at(0).description, QStringLiteral("Sam's description of the first"));
    EXPECT_EQ(now.activities.at(1).description, QStringLiteral("Sam's description"));
    EXPECT_EQ(first->load()->info.revision, base.info.revision + 3);
}

TEST_F(PostgresStoreTest, TheRevisionAloneFollowsChangesMadeOverOtherConnections)
{
    ASSERT_NO_FATAL_FAILURE(shareWithAnEditor());
    const std::unique_ptr<PostgresRepository>& first = m_dpoRepository;
    const Result<std::unique_ptr<PostgresRepository>>& second = m_editorRepository;
    const qint64 before = first->load()->info.revision;
    EXPECT_EQ(second.value()->revision().value(), before);

    Activity a = test::fullRegister().activities.at(0);
    a.purpose = QStringLiteral("Priya's purpose");
    const Result<qint64> changed = first->apply({RegisterChange::UpdateActivity{a}}, before, audit());
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_EQ(changed.value(), before + 1);
    EXPECT_EQ(second.value()->revision().value(), changed.value());
    EXPECT_EQ(second.value()->revision().value(), second.value()->load()->info.revision);

    // Someone who may not open the register learns nothing of it, not even its revision.
    ASSERT_TRUE(first->setAccess(QString::fromLatin1(m_editor), QString(), audit("access.revoke")).ok());
    const Result<qint64> refused = second.value()->revision();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotARegister);
}

TEST_F(PostgresStoreTest, TwoPeopleChangingTheSameFieldGetAConflictNamingWhoAndNothingIsLost)
{
    ASSERT_NO_FATAL_FAILURE(shareWithAnEditor());
    const QByteArray& priya = m_dpo;
    const std::unique_ptr<PostgresRepository>& first = m_dpoRepository;
    const Result<std::unique_ptr<PostgresRepository>>& second = m_editorRepository;
    const RegisterSnapshot base = first->load().value();

    Activity hers = base.reg.activities.at(0);
    hers.purpose = QStringLiteral("Priya's purpose");
    ASSERT_TRUE(first->apply({RegisterChange::UpdateActivity{hers}}, base.info.revision, audit()).ok());
    Activity his = base.reg.activities.at(0);
    his.purpose = QStringLiteral("Sam's purpose");
    const Result<qint64> clash =
        second.value()->apply({RegisterChange::UpdateActivity{his}}, base.info.revision, audit());
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    const QString message = clash.error().message;
    EXPECT_TRUE(message.contains(QString::fromLatin1(priya))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("changed the purpose of the activity"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("just now"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("keep theirs, or overwrite with yours"))) << message.toStdString();
    EXPECT_EQ(first->load()->reg.activities.at(0).purpose, QStringLiteral("Priya's purpose"));

    // Made again on the revision that has her change, his change overwrites it: a decision, not an accident.
    const Result<qint64> again =
        second.value()->apply({RegisterChange::UpdateActivity{his}}, first->load()->info.revision, audit());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(first->load()->reg.activities.at(0).purpose, QStringLiteral("Sam's purpose"));
}

TEST_F(PostgresStoreTest, TheServerWritesTheAuditLogAndNoClientCanRewriteOrSkipIt)
{
    const QByteArray dpo = role("dpo", true);
    auto repository = create(dpo, test::fullRegister());
    ASSERT_TRUE(repository);
    Activity a = test::fullRegister().activities.at(0);
    a.purpose = QStringLiteral("Changed");
    ASSERT_TRUE(repository->apply({RegisterChange::UpdateActivity{a}}, 1, audit("activity.change")).ok());
    const QList<AuditEntry> entries = repository->auditLog().value();
    ASSERT_EQ(entries.size(), 2);
    // The actor is the server's login role, not a name the client chose.
    EXPECT_EQ(entries.at(1).actor, QString::fromLatin1(dpo));
    EXPECT_EQ(entries.at(1).action, QStringLiteral("activity.change"));
    // The server chains the entries exactly as the file does.
    EXPECT_EQ(AuditChain::firstBrokenEntry(entries), std::nullopt);
    EXPECT_EQ(entries.at(0).prevHash, AuditChain::genesis());

    for (const char* sql :
         {"UPDATE ropa.audit_log SET actor = 'someone else'", "DELETE FROM ropa.audit_log", "TRUNCATE ropa.audit_log",
          "INSERT INTO ropa.audit_log VALUES ('kjm', 99, 'x', 'x', 'x', 'x', 'x', 'x')",
          "UPDATE ropa.register SET revision = 1",
          // Entries written without opening a change would skip the log.
          "UPDATE ropa.entry SET body = body WHERE register_id = 'kjm'",
          "DELETE FROM ropa.entry WHERE register_id = 'kjm' AND kind = 'activity'",
          "SELECT ropa.append_audit('kjm', 'x', 'x')"}) {
        // Refused outright, or (where the policies leave no row to touch) without a row changed.
        const Result<QueryResult> done = runAs(dpo, sql);
        EXPECT_TRUE(!done || done->affected() == 0) << sql;
    }
    // Not even the schema's owner can change a row of the log once written.
    EXPECT_FALSE(m_cluster->runSql(m_database, "UPDATE ropa.audit_log SET actor = 'someone else'").ok());
    const QList<AuditEntry> kept = repository->auditLog().value();
    ASSERT_EQ(kept.size(), entries.size());
    EXPECT_EQ(kept.last().hash, entries.last().hash);
    EXPECT_EQ(kept.first().actor, entries.first().actor);
    EXPECT_EQ(repository->load()->reg.activities.at(0).purpose, QStringLiteral("Changed"));
    EXPECT_TRUE(repository->verify().value().isEmpty());
}

TEST_F(PostgresStoreTest, AServerRestartedMidSessionIsAClearErrorThenReconnectsAndNothingIsLost)
{
    const QByteArray dpo = role("dpo", true);
    auto repository = create(dpo, test::fullRegister());
    ASSERT_TRUE(repository);
    Activity a = test::fullRegister().activities.at(0);
    a.purpose = QStringLiteral("Saved before the restart");
    ASSERT_TRUE(repository->apply({RegisterChange::UpdateActivity{a}}, 1, audit()).ok());

    // While the server is down, a change is refused with a sentence saying so, and nothing is half written.
    ASSERT_TRUE(m_cluster->stop().ok());
    a.purpose = QStringLiteral("Made while the server was down");
    const Result<qint64> down = repository->apply({RegisterChange::UpdateActivity{a}}, 2, audit());
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().code, ErrorCode::Io) << down.error().message.toStdString();
    EXPECT_TRUE(down.error().message.contains(QStringLiteral("connect"))) << down.error().message.toStdString();
    ASSERT_TRUE(m_cluster->start().ok());

    // Once it is back, the same repository connects again by itself; the change made on the same revision lands.
    a.purpose = QStringLiteral("Made after the restart");
    const Result<qint64> after = repository->apply({RegisterChange::UpdateActivity{a}}, 2, audit());
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    EXPECT_EQ(after.value(), 3);
    ASSERT_TRUE(m_cluster->restart().ok());
    const RegisterSnapshot loaded = repository->load().value();
    EXPECT_EQ(loaded.reg.activities.at(0).purpose, QStringLiteral("Made after the restart"));
    EXPECT_EQ(loaded.info.revision, 3);
    EXPECT_TRUE(repository->verify().value().isEmpty());
}

TEST_F(PostgresStoreTest, AnotherWindowSeesAChangeLiveAndDropsTheHistoryMadeOnWhatWasThere)
{
    ASSERT_NO_FATAL_FAILURE(shareWithAnEditor());
    const QByteArray priya = m_dpo;
    const QByteArray sam = m_editor;
    m_dpoRepository.reset();
    m_editorRepository = Error{ErrorCode::Usage, QString()};

    auto hers = session::RegisterDocument::open(uri(priya, QStringLiteral("kjm")), {});
    ASSERT_TRUE(hers.ok()) << hers.error().message.toStdString();
    auto his = session::RegisterDocument::open(uri(sam, QStringLiteral("kjm")), {});
    ASSERT_TRUE(his.ok()) << his.error().message.toStdString();
    session::RegisterDocument& a = *hers.value();
    session::RegisterDocument& b = *his.value();

    // Sam has an edit of his own to undo.
    Activity second = b.reg().activities.at(1);
    second.description = QStringLiteral("Sam's description");
    b.changeActivity(1, second, QStringLiteral("Edit"));
    ASSERT_EQ(b.undoStack()->count(), 1);
    ASSERT_EQ(b.reg().activities.at(1).description, QStringLiteral("Sam's description"));

    // Priya, whose window has not seen Sam's change, renames the first activity: the server merges, her window reads
    // the register again, and Sam's window hears of it and does the same.
    QSignalSpy herReload(&a, &session::RegisterDocument::reloaded);
    QSignalSpy hisReload(&b, &session::RegisterDocument::reloaded);
    Activity first = a.reg().activities.at(0);
    first.purpose = QStringLiteral("Priya's purpose");
    a.changeActivity(0, first, QStringLiteral("Rename"));
    ASSERT_TRUE(hisReload.wait(10000)) << "Sam's window never heard of Priya's change";
    if (herReload.isEmpty()) {
        ASSERT_TRUE(herReload.wait(10000));
    }
    EXPECT_EQ(b.reg().activities.at(0).purpose, QStringLiteral("Priya's purpose"));
    EXPECT_EQ(a.reg().activities.at(1).description, QStringLiteral("Sam's description"));
    EXPECT_EQ(a.reg(), b.reg());
    EXPECT_EQ(a.revision(), b.revision());
    EXPECT_EQ(b.undoStack()->count(), 0);
    EXPECT_EQ(a.reg(), open(priya).value()->load()->reg);
}

// Away from a local socket the store asks for TLS and checks the server's certificate unless the address says
// otherwise: a server whose certificate the client does not trust is refused, one it trusts is reached encrypted.
TEST(PostgresTlsTest, AServerAwayFromTheSocketIsReachedOnlyOverVerifiedTls)
{
    auto cluster = test::PostgresCluster::create();
    if (!cluster) {
        GTEST_SKIP() << cluster.error().message.toStdString();
    }
    if (const Status tls = cluster.value()->enableTls(); !tls) {
        GTEST_SKIP() << tls.error().message.toStdString();
    }
    auto admin = Connection::open(cluster.value()->parameters(test::PostgresCluster::kMaintenanceDatabase),
                                  QStringLiteral("admin"));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(ServerSchema::migrate(*admin.value()).ok());

    // A certificate of some other server, to stand for a client that trusts someone else.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("other.key")), QStringLiteral("-out"), other, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0);

    const QString base =
        QStringLiteral("postgresql://localhost:%1/postgres?user=ropa_admin&register=kjm").arg(cluster.value()->port());
    const ServerAddress byDefault =
        ServerAddress::parse(base + QStringLiteral("&sslrootcert=") + QString::fromUtf8(QUrl::toPercentEncoding(other)))
            .value();
    EXPECT_FALSE(byDefault.isLocalSocket());
    const auto untrusted = Connection::open(byDefault.parameters(), byDefault.label());
    ASSERT_FALSE(untrusted.ok()) << "a certificate the client does not trust was accepted";
    EXPECT_EQ(untrusted.error().code, ErrorCode::Io);
    EXPECT_TRUE(untrusted.error().message.contains(QStringLiteral("certificate")))
        << untrusted.error().message.toStdString();

    const ServerAddress trusted =
        ServerAddress::parse(base + QStringLiteral("&sslrootcert=") +
                             QString::fromUtf8(QUrl::toPercentEncoding(cluster.value()->certificatePath())))
            .value();
    auto connection = Connection::open(trusted.parameters(), trusted.label());
    ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
    const Result<QueryResult> ssl =
        connection.value()->exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
    ASSERT_TRUE(ssl.ok());
    EXPECT_EQ(ssl->text(0, 0), QStringLiteral("t"));
}

TEST_F(PostgresStoreTest, AfterAClashTheUserKeepsTheirsOrOverwritesWithTheirOwnAndTheRestOfTheirsStays)
{
    ASSERT_NO_FATAL_FAILURE(shareWithAnEditor());
    const QByteArray priya = m_dpo;
    const QByteArray sam = m_editor;
    m_dpoRepository.reset();
    m_editorRepository = Error{ErrorCode::Usage, QString()};
    auto hers = session::RegisterDocument::open(uri(priya, QStringLiteral("kjm")), {});
    auto his = session::RegisterDocument::open(uri(sam, QStringLiteral("kjm")), {});
    ASSERT_TRUE(hers.ok() && his.ok());
    session::RegisterDocument& a = *hers.value();
    session::RegisterDocument& b = *his.value();

    // Sam changes the purpose and the business function; Priya, not having seen it, the purpose and the description.
    Activity samsEdit = b.reg().activities.at(0);
    samsEdit.purpose = QStringLiteral("Sam's purpose");
    samsEdit.businessFunction = QStringLiteral("Sam's function");
    b.changeActivity(0, samsEdit, QStringLiteral("Edit"));
    Activity priyasEdit = a.reg().activities.at(0);
    priyasEdit.purpose = QStringLiteral("Priya's purpose");
    priyasEdit.description = QStringLiteral("Priya's description");
    QSignalSpy refused(&a, &session::RegisterDocument::saveFailed);
    a.changeActivity(0, priyasEdit, QStringLiteral("Edit"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused.first().first().toString().contains(QStringLiteral("keep theirs, or overwrite with yours")))
        << refused.first().first().toString().toStdString();
    ASSERT_TRUE(a.hasConflict());
    // Nothing of hers reached the server yet, and nothing of his was lost.
    EXPECT_EQ(open(priya).value()->load()->reg.activities.at(0).purpose, QStringLiteral("Sam's purpose"));

    QSignalSpy reloaded(&a, &session::RegisterDocument::reloaded);
    a.overwriteWithMine();
    EXPECT_FALSE(a.hasConflict());
    ASSERT_EQ(refused.size(), 1) << refused.last().first().toString().toStdString();
    ASSERT_TRUE(reloaded.wait(10000));
    const Activity now = open(priya).value()->load()->reg.activities.at(0);
    EXPECT_EQ(now.purpose, QStringLiteral("Priya's purpose"));
    EXPECT_EQ(now.description, QStringLiteral("Priya's description"));
    EXPECT_EQ(now.businessFunction, QStringLiteral("Sam's function"));
    EXPECT_EQ(a.reg().activities.at(0), now);

    // The other choice. Once Sam's window has heard of her change, she changes the purpose again and he, before his
    // window hears of that, too: he keeps hers, and his window shows the register as it is.
    if (b.reg().activities.at(0) != now) {
        QSignalSpy hisReload(&b, &session::RegisterDocument::reloaded);
        ASSERT_TRUE(hisReload.wait(10000));
    }
    Activity priyasSecond = a.reg().activities.at(0);
    priyasSecond.purpose = QStringLiteral("Priya's second purpose");
    a.changeActivity(0, priyasSecond, QStringLiteral("Edit"));
    Activity samsSecond = b.reg().activities.at(0);
    samsSecond.purpose = QStringLiteral("Sam's second purpose");
    b.changeActivity(0, samsSecond, QStringLiteral("Edit"));
    ASSERT_TRUE(b.hasConflict());
    b.keepTheirs();
    EXPECT_FALSE(b.hasConflict());
    EXPECT_EQ(b.reg().activities.at(0).purpose, QStringLiteral("Priya's second purpose"));
    EXPECT_EQ(b.reg(), open(priya).value()->load()->reg);
}
