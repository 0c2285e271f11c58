// The behaviour every store promises behind store::RegisterRepository, run against each implementation: the
// encrypted file (SQLCipher) and a register on a PostgreSQL server (a throw-away cluster the tests start).
#include "PostgresCluster.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "session/EntryCodecs.h"
#include "store/postgres/Connection.h"
#include "store/postgres/PostgresRepository.h"
#include "store/postgres/ServerSchema.h"
#include "store/sqlcipher/SqlCipherRepository.h"

#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace ropa;
using namespace ropa::store;

namespace {

AuditRecord audit(const char* action = "test.setup")
{
    return {QString::fromLatin1(action), QJsonObject{{QStringLiteral("note"), QStringLiteral("from the test")}},
            QStringLiteral("tester")};
}

SnapshotCodec jsonCodec()
{
    return {
        [](const Register& reg) { return formats::RegisterJsonWriter::write(reg); },
        [](const QByteArray& bytes, const QString& label) { return formats::RegisterJsonReader::read(bytes, label); }};
}

// One store implementation, as the contract tests make and reopen it.
class StoreUnderTest
{
public:
    virtual ~StoreUnderTest() = default;
    // Why this store cannot be tested here, or empty.
    virtual QString unavailable() const { return {}; }
    virtual Result<std::unique_ptr<RegisterRepository>> create(const Register& reg, const AuditRecord& audit) = 0;
    // Opens the store afresh; the caller has let go of the one it had.
    virtual Result<std::unique_ptr<RegisterRepository>> reopen() = 0;
};

class FileStore : public StoreUnderTest
{
public:
    Result<std::unique_ptr<RegisterRepository>> create(const Register& reg, const AuditRecord& audit) override
    {
        auto created = sqlcipher::SqlCipherRepository::create(path(), test::kPassphrase, reg, audit);
        if (!created) {
            return created.error();
        }
        return std::unique_ptr<RegisterRepository>(std::move(created.value()));
    }
    Result<std::unique_ptr<RegisterRepository>> reopen() override
    {
        auto opened = sqlcipher::SqlCipherRepository::open(path(), test::kPassphrase);
        if (!opened) {
            return opened.error();
        }
        return std::unique_ptr<RegisterRepository>(std::move(opened.value()));
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("register.ropa")); }
    QTemporaryDir m_dir;
};

// A database of its own on the shared cluster, its schema set up by the superuser, and a login role that is a
// member of ropa_registrar and so the DPO of the register it creates.
class ServerStore : public StoreUnderTest
{
public:
    ServerStore()
    {
        m_cluster = test::PostgresCluster::shared();
        if (!m_cluster) {
            return;
        }
        m_database = test::PostgresCluster::uniqueName("contract");
        m_role = test::PostgresCluster::uniqueName("dpo");
        m_setUp = m_cluster->createDatabase(m_database);
        if (m_setUp) {
            auto admin = postgres::Connection::open(m_cluster->parameters(m_database), QStringLiteral("admin"));
            m_setUp = admin ? postgres::ServerSchema::migrate(*admin.value()) : Status(admin.error());
        }
        if (m_setUp) {
            m_setUp = m_cluster->createRole(m_role);
        }
        if (m_setUp) {
            m_setUp = m_cluster->runSql(m_database, "GRANT ropa_registrar TO " + m_role);
        }
    }
    QString unavailable() const override
    {
        if (!m_cluster) {
            return test::PostgresCluster::whyUnavailable();
        }
        return m_setUp ? QString() : m_setUp.error().message;
    }
    postgres::ServerAddress address() const
    {
        return postgres::ServerAddress::parse(m_cluster->address(m_database, m_role)).value();
    }
    Result<std::unique_ptr<RegisterRepository>> create(const Register& reg, const AuditRecord& audit) override
    {
        auto created = postgres::PostgresRepository::create(address(), session::EntryCodecs::json(), reg, audit);
        if (!created) {
            return created.error();
        }
        return std::unique_ptr<RegisterRepository>(std::move(created.value()));
    }
    Result<std::unique_ptr<RegisterRepository>> reopen() override
    {
        auto opened = postgres::PostgresRepository::open(address(), session::EntryCodecs::json());
        if (!opened) {
            return opened.error();
        }
        return std::unique_ptr<RegisterRepository>(std::move(opened.value()));
    }

private:
    test::PostgresCluster* m_cluster = nullptr;
    QByteArray m_database;
    QByteArray m_role;
    Status m_setUp;
};

class RepositoryContractTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (QByteArray(GetParam()) == "server") {
            m_store = std::make_unique<ServerStore>();
        } else {
            m_store = std::make_unique<FileStore>();
        }
        if (const QString why = m_store->unavailable(); !why.isEmpty()) {
            GTEST_SKIP() << why.toStdString();
        }
    }

    std::unique_ptr<RegisterRepository> createWith(const Register& reg)
    {
        auto repository = m_store->create(reg, audit());
        EXPECT_TRUE(repository.ok()) << (repository ? "" : repository.error().message.toStdString());
        if (!repository) {
            return nullptr;
        }
        repository.value()->setSnapshotCodec(jsonCodec());
        return std::move(repository.value());
    }

    std::unique_ptr<RegisterRepository> reopen()
    {
        auto repository = m_store->reopen();
        EXPECT_TRUE(repository.ok()) << (repository ? "" : repository.error().message.toStdString());
        if (!repository) {
            return nullptr;
        }
        repository.value()->setSnapshotCodec(jsonCodec());
        return std::move(repository.value());
    }

    std::unique_ptr<StoreUnderTest> m_store;
};

RegisterChange reviewOn(const Register& reg, QDate date, const QString& reviewer)
{
    return RegisterChange::UpdateOrganisation{reg.controller, date, reviewer, reg.pecrDeclared};
}

} // namespace

TEST_P(RepositoryContractTest, CreateAndReopenKeepTheRegisterItsRevisionAndFingerprint)
{
    createWith(test::fullRegister()).reset();
    const auto repository = reopen();
    ASSERT_TRUE(repository);
    const Result<RegisterSnapshot> loaded = repository->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->reg, test::fullRegister());
    EXPECT_EQ(loaded->info.revision, 1);
    EXPECT_EQ(loaded->info.fingerprint, Fingerprint::of(test::fullRegister()));
    EXPECT_EQ(repository->info().value().fingerprint, loaded->info.fingerprint);
    EXPECT_FALSE(loaded->info.createdAt.isEmpty());
}

TEST_P(RepositoryContractTest, ALargeRegisterComesBackAsItWent)
{
    const Register reg = test::syntheticRegister(300);
    const Result<std::unique_ptr<RegisterRepository>> created = m_store->create(reg, audit());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created.value()->load()->reg, reg);
    EXPECT_EQ(created.value()->load()->info.fingerprint, Fingerprint::of(reg));
}

// Every kind of change, made in the store and, the same way, in memory: the two registers agree after each.
TEST_P(RepositoryContractTest, EntryLevelChangesWriteWhatTheyDoInMemory)
{
    Register expected = test::fullRegister();
    auto repository = createWith(expected);
    ASSERT_TRUE(repository);
    qint64 revision = 1;

    Activity added = expected.activities.at(0);
    added.id = QStringLiteral("added");
    added.purpose = QStringLiteral("Sending a newsletter");
    Activity changed = expected.activities.at(1);
    changed.purpose = QStringLiteral("Paying our staff and their pensions");
    changed.bases.removeLast();
    changed.transfers.clear();
    Source trade{QStringLiteral("trade-shows"), QStringLiteral("Trade shows")};
    Recipient renamed = expected.recipients.at(0);
    renamed.name = QStringLiteral("Renamed recipient");
    Controller controller = expected.controller;
    controller.phone = QStringLiteral("01264 000000");

    const QList<QList<RegisterChange>> steps = {
        {RegisterChange::InsertActivity{added, 1}},
        {RegisterChange::UpdateActivity{changed}},
        {RegisterChange::MoveActivity{QStringLiteral("added"), 0}},
        {RegisterChange::MoveActivity{QStringLiteral("added"), 2}},
        {RegisterChange::InsertEntry{trade, 0}},
        {RegisterChange::UpdateEntry{renamed}},
        {RegisterChange::UpdateOrganisation{controller, QDate(2026, 12, 1), {}, {}}},
        {RegisterChange::RemoveActivity{QStringLiteral("added")}},
        {RegisterChange::RemoveEntry{Catalogue::Kind::Sources, QStringLiteral("trade-shows")}},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Result<qint64> applied = repository->apply(steps.at(i), revision, audit("test.step"));
        ASSERT_TRUE(applied.ok()) << "step " << i << ": " << applied.error().message.toStdString();
        EXPECT_EQ(applied.value(), ++revision);
        for (const RegisterChange& change : steps.at(i)) {
            change.applyTo(expected);
        }
        EXPECT_EQ(repository->load()->reg, expected) << "after step " << i;
    }
    repository.reset();
    EXPECT_EQ(reopen()->load()->reg, expected);
}

TEST_P(RepositoryContractTest, InversesPutEveryChangeBack)
{
    const Register original = test::fullRegister();
    Register reg = original;
    Activity changed =
        Catalogue::withoutReference(reg.activities.at(0), Catalogue::Kind::Sources, reg.sources.at(0).id);
    changed.description = QStringLiteral("Changed");
    const QList<RegisterChange> changes = {
        RegisterChange::UpdateActivity{changed},
        RegisterChange::MoveActivity{reg.activities.at(0).id, 1},
        RegisterChange::RemoveEntry{Catalogue::Kind::Sources, reg.sources.at(0).id},
        RegisterChange::RemoveActivity{reg.activities.at(1).id},
    };
    auto repository = createWith(reg);
    ASSERT_TRUE(repository);
    // The source goes only once nothing names it.
    QList<RegisterChange> all;
    for (const Activity& a : reg.activities) {
        all.append(RegisterChange::UpdateActivity{
            Catalogue::withoutReference(a, Catalogue::Kind::Sources, reg.sources.at(0).id)});
    }
    all += changes;
    QList<RegisterChange> inverse;
    for (const RegisterChange& change : all) {
        inverse.prepend(change.inverseOn(reg));
        change.applyTo(reg);
    }
    const Result<qint64> applied = repository->apply(all, 1, audit());
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    const Result<qint64> undone = repository->apply(inverse, 2, audit());
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    for (const RegisterChange& change : inverse) {
        change.applyTo(reg);
    }
    EXPECT_EQ(reg, original);
    EXPECT_EQ(repository->load()->reg, original);
}

TEST_P(RepositoryContractTest, PlacingManyEntriesInOnePlaceKeepsTheOrder)
{
    Register expected = test::fullRegister();
    auto repository = createWith(expected);
    ASSERT_TRUE(repository);
    qint64 revision = 1;
    // Each new activity goes in second place, halving the gap there until the entries are numbered afresh.
    for (int i = 0; i < 14; ++i) {
        Activity a = expected.activities.at(0);
        a.id = QStringLiteral("squeezed-%1").arg(i);
        const RegisterChange change = RegisterChange::InsertActivity{a, 1};
        ASSERT_TRUE(repository->apply({change}, revision++, audit()).ok()) << i;
        change.applyTo(expected);
    }
    EXPECT_EQ(repository->load()->reg.activities, expected.activities);
}

TEST_P(RepositoryContractTest, AChangeThatCannotBeWrittenLeavesNoTraceAndNamesTheStore)
{
    auto repository = createWith(test::fullRegister());
    ASSERT_TRUE(repository);
    const RegisterSnapshot before = repository->load().value();
    const qsizetype auditBefore = repository->auditLog()->size();

    Register broken = test::syntheticRegister(50);
    broken.activities.last().dataCategories << QStringLiteral("no-such-category");
    const Result<qint64> replaced = repository->replace(broken, before.info.revision, audit("test.broken"));
    ASSERT_FALSE(replaced.ok());

    Activity activity = before.reg.activities.first();
    activity.recipients << QStringLiteral("no-such-recipient");
    const Result<qint64> refused =
        repository->apply({RegisterChange::UpdateActivity{activity}}, before.info.revision, audit());
    ASSERT_FALSE(refused.ok());

    const RegisterSnapshot after = repository->load().value();
    EXPECT_EQ(after.reg, before.reg);
    EXPECT_EQ(after.info.revision, before.info.revision);
    EXPECT_EQ(repository->auditLog()->size(), auditBefore);
}

TEST_P(RepositoryContractTest, ChangingTheSameFieldOnAnOlderRevisionIsAConflict)
{
    auto repository = createWith(test::fullRegister());
    ASSERT_TRUE(repository);
    Activity a = test::fullRegister().activities.at(0);
    a.purpose = QStringLiteral("First");
    ASSERT_TRUE(repository->apply({RegisterChange::UpdateActivity{a}}, 1, audit()).ok());
    a.purpose = QStringLiteral("Second, made without seeing the first");
    const Result<qint64> stale = repository->apply({RegisterChange::UpdateActivity{a}}, 1, audit());
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repository->load()->reg.activities.at(0).purpose, QStringLiteral("First"));
    EXPECT_EQ(repository->load()->info.revision, 2);

    const Result<qint64> missing =
        repository->apply({RegisterChange::RemoveActivity{QStringLiteral("no-such-activity")}}, 2, audit());
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("no-such-activity")))
        << missing.error().message.toStdString();
}

TEST_P(RepositoryContractTest, AuditLogChainsEveryChangeWithItsCodeAndArguments)
{
    auto repository = createWith(test::fullRegister());
    ASSERT_TRUE(repository);
    const AuditRecord second{
        QStringLiteral("register.import"),
        QJsonObject{{QStringLiteral("source"), QStringLiteral("x.ropa.json")}, {QStringLiteral("activities"), 3}},
        QStringLiteral("priya")};
    const Result<qint64> replaced = repository->replace(test::syntheticRegister(3), 1, second);
    ASSERT_TRUE(replaced.ok()) << replaced.error().message.toStdString();
    const QList<AuditEntry> entries = repository->auditLog().value();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("test.setup"));
    EXPECT_EQ(entries.at(1).action, QStringLiteral("register.import"));
    EXPECT_FALSE(entries.at(1).actor.isEmpty());
    EXPECT_EQ(entries.at(1).arguments(), second.arguments);
    EXPECT_EQ(entries.at(1).prevHash, entries.at(0).hash);
    EXPECT_EQ(entries.at(1).seq, 2);
    EXPECT_FALSE(repository->verifyAuditLog().value().has_value());
    EXPECT_TRUE(repository->verify().value().isEmpty());
}

TEST_P(RepositoryContractTest, ReviewKeepsTheRegisterAsReviewedAndReadsItBack)
{
    Register reg = test::fullRegister();
    reg.lastReviewed = QDate(2025, 1, 10);
    auto repository = createWith(reg);
    ASSERT_TRUE(repository);
    EXPECT_TRUE(repository->reviews()->isEmpty()) << "a register written whole is not a review";

    const Result<qint64> reviewed =
        repository->apply({reviewOn(reg, QDate(2026, 2, 3), QStringLiteral("Dana DPO"))}, 1, audit("review"));
    ASSERT_TRUE(reviewed.ok()) << reviewed.error().message.toStdString();
    const Register asReviewed = repository->load().value().reg;
    Activity edited = asReviewed.activities.at(0);
    edited.purpose = QStringLiteral("A purpose written after the review");
    ASSERT_TRUE(repository->apply({RegisterChange::UpdateActivity{edited}}, reviewed.value(), audit()).ok());
    // The same date again is no new review, and going back to an earlier one is the review's undo.
    ASSERT_TRUE(repository->apply({reviewOn(reg, QDate(2026, 2, 3), QStringLiteral("Dana DPO"))}, 3, audit()).ok());
    ASSERT_TRUE(repository->apply({reviewOn(reg, QDate(2025, 1, 10), QString())}, 4, audit()).ok());

    const Result<QList<ReviewRecord>> reviews = repository->reviews();
    ASSERT_TRUE(reviews.ok());
    ASSERT_EQ(reviews->size(), 1);
    EXPECT_EQ(reviews->at(0).revision, reviewed.value());
    EXPECT_EQ(reviews->at(0).date, QDate(2026, 2, 3));
    EXPECT_EQ(reviews->at(0).reviewer, QStringLiteral("Dana DPO"));

    repository.reset();
    repository = reopen();
    const Result<Register> snapshot = repository->snapshotAt(reviewed.value());
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    EXPECT_EQ(snapshot.value(), asReviewed);
    const Result<Register> none = repository->snapshotAt(reviewed.value() + 1);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::Usage);
}

INSTANTIATE_TEST_SUITE_P(Stores, RepositoryContractTest, ::testing::Values("file", "server"),
                         [](const ::testing::TestParamInfo<const char*>& info) { return std::string(info.param); });
