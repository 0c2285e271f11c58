#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "store/AuditChain.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/Migrations.h"
#include "store/sqlcipher/RegisterFile.h"
#include "store/sqlcipher/RegisterReader.h"
#include "store/sqlcipher/RegisterWriter.h"
#include "store/sqlcipher/SqlCipherRepository.h"
#include "store/sqlcipher/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::store::sqlcipher;

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

class StoreTest : public ::testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("register.ropa")) const { return m_dir.filePath(name); }

    std::unique_ptr<SqlCipherRepository> createWith(const Register& reg)
    {
        auto repository = SqlCipherRepository::create(path(), test::kPassphrase, reg, audit());
        EXPECT_TRUE(repository.ok()) << (repository ? "" : repository.error().message.toStdString());
        return repository ? std::move(repository.value()) : nullptr;
    }

    std::unique_ptr<SqlCipherRepository> reopen()
    {
        auto repository = SqlCipherRepository::open(path(), test::kPassphrase);
        EXPECT_TRUE(repository.ok()) << (repository ? "" : repository.error().message.toStdString());
        return repository ? std::move(repository.value()) : nullptr;
    }

    QTemporaryDir m_dir;
};

TEST_F(StoreTest, FileStartsWithItsSaltAndUsesFourKilobytePages)
{
    createWith(test::fullRegister()).reset();
    const QByteArray bytes = test::readBytes(path());
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
    EXPECT_GE(bytes.size(), 4096);
    EXPECT_EQ(bytes.size() % 4096, 0);
}

TEST_F(StoreTest, WrongPassphraseIsReportedAsSuchAndChangesNothing)
{
    createWith(test::fullRegister()).reset();
    const QByteArray before = test::sha256OfFile(path());

    auto opened = SqlCipherRepository::open(path(), "not the passphrase");
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::WrongPassphrase);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("passphrase does not unlock")))
        << opened.error().message.toStdString();
    EXPECT_EQ(test::sha256OfFile(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".lock"))) << "a failed open must not leave its lock behind";
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-journal")));

    EXPECT_TRUE(SqlCipherRepository::open(path(), test::kPassphrase).ok())
        << "the right passphrase still works afterwards";
}

TEST_F(StoreTest, CanaryInEveryTextFieldNeverReachesTheDiskInTheClear)
{
    const QString marker = QStringLiteral("CanaryQX7");
    createWith(test::canaryRegister(marker)).reset();
    auto file = RegisterFile::open(path(), test::kPassphrase);
    ASSERT_TRUE(file.ok());
    Database& db = file.value()->database();

    // Hold a write transaction open so the rollback journal exists with the old pages in it.
    ASSERT_TRUE(db.exec("BEGIN IMMEDIATE; UPDATE activity SET purpose = purpose || 'x'; "
                        "UPDATE data_category SET name = name || 'x';")
                    .ok());
    const QString journal = path() + QStringLiteral("-journal");
    ASSERT_TRUE(QFile::exists(journal)) << "expected a rollback journal during the transaction";
    const QByteArray journalBytes = test::readBytes(journal);
    ASSERT_TRUE(db.exec("ROLLBACK").ok());
    const QByteArray fileBytes = test::readBytes(path());

    for (const QByteArray& needle : {marker.toUtf8(), marker.toLower().toUtf8(), QByteArray("canaryqx7"),
                                     QByteArray(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2)}) {
        EXPECT_FALSE(fileBytes.contains(needle)) << "register file holds " << needle.toStdString();
        EXPECT_FALSE(journalBytes.contains(needle)) << "journal holds " << needle.toStdString();
    }
    EXPECT_GT(fileBytes.size(), 0);
    EXPECT_GT(journalBytes.size(), 0);
    file.value().reset();

    // And the canaries really are stored: the check above is not passing on an empty register.
    EXPECT_TRUE(reopen()->load()->reg.activities.first().purpose.startsWith(marker));
}

TEST_F(StoreTest, FailedChangeLeavesNoTrace)
{
    auto repository = createWith(test::fullRegister());
    const RegisterSnapshot before = repository->load().value();
    const qsizetype auditBefore = repository->auditLog()->size();

    Register broken = test::syntheticRegister(50);
    broken.activities.last().dataCategories << QStringLiteral("no-such-category"); // violates a foreign key late on
    const Result<qint64> replaced = repository->replace(broken, before.info.revision, audit("test.broken"));
    ASSERT_FALSE(replaced.ok());
    EXPECT_TRUE(replaced.error().message.contains(QDir::toNativeSeparators(path())))
        << replaced.error().message.toStdString();

    Activity activity = before.reg.activities.first();
    activity.recipients << QStringLiteral("no-such-recipient");
    EXPECT_FALSE(repository->apply({RegisterChange::UpdateActivity{activity}}, before.info.revision, audit()).ok());

    const RegisterSnapshot after = repository->load().value();
    EXPECT_EQ(after.reg, before.reg);
    EXPECT_EQ(after.info.revision, before.info.revision);
    EXPECT_EQ(repository->auditLog()->size(), auditBefore);
    repository.reset();
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-journal")));
}

TEST_F(StoreTest, TransactionRollsBackWhenNotCommitted)
{
    createWith(test::fullRegister()).reset();
    {
        auto file = RegisterFile::open(path(), test::kPassphrase);
        ASSERT_TRUE(file.ok());
        Database& db = file.value()->database();
        Result<Transaction> transaction = Transaction::begin(db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(db.exec("DELETE FROM activity_basis; DELETE FROM activity_transfer;").ok());
    }
    EXPECT_EQ(reopen()->load()->reg, test::fullRegister());
}

TEST_F(StoreTest, AValueThisVersionDoesNotKnowIsAnErrorNamingTheRow)
{
    const QList<std::pair<const char*, const char*>> damage = {
        {"UPDATE activity_basis SET basis = 'gut_feeling' WHERE position = 1", "gut_feeling"},
        {"UPDATE activity SET dpia = 'maybe'", "maybe"},
        {"UPDATE data_category SET special = 'art99'", "art99"},
        {"UPDATE recipient SET kind = 'friend'", "friend"},
    };
    for (const auto& [sql, value] : damage) {
        QFile::remove(path());
        createWith(test::fullRegister()).reset();
        {
            auto file = RegisterFile::open(path(), test::kPassphrase);
            ASSERT_TRUE(file.ok());
            ASSERT_TRUE(file.value()->database().exec(sql).ok()) << sql;
        }
        const Result<RegisterSnapshot> loaded = reopen()->load();
        ASSERT_FALSE(loaded.ok()) << value << " was read as a default";
        EXPECT_EQ(loaded.error().code, ErrorCode::InvalidInput);
        const QString message = loaded.error().message;
        EXPECT_TRUE(message.contains(QLatin1StringView(value))) << message.toStdString();
        EXPECT_TRUE(message.startsWith(QDir::toNativeSeparators(path()))) << message.toStdString();
    }
}

TEST_F(StoreTest, MigrationsRunFromVersionZero)
{
    auto db = Database::open(path(QStringLiteral("plain.db")), Database::Mode::CreateNew);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(Migrations::currentVersion(*db.value()).value(), 0);
    ASSERT_TRUE(Migrations::migrate(*db.value()).ok());
    EXPECT_EQ(Migrations::currentVersion(*db.value()).value(), Migrations::latestVersion());
    for (const char* table : {"meta", "activity", "activity_basis", "recipient", "audit_log"}) {
        EXPECT_EQ(db.value()
                      ->scalarInteger(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                          .arg(QLatin1StringView(table)))
                      .value(),
                  1)
            << table;
    }
}

TEST_F(StoreTest, MigrationKeepsDataWrittenUnderAnOlderSchema)
{
    auto db = Database::open(path(QStringLiteral("plain.db")), Database::Mode::CreateNew);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrations::migrate(*db.value(), 1).ok());
    ASSERT_TRUE(db.value()
                    ->exec("INSERT INTO source(id, position, name) VALUES ('subject', 1, 'The data subject'), "
                           "('referral', 2, 'Supplier referral')")
                    .ok());
    EXPECT_FALSE(db.value()->exec("SELECT * FROM audit_log").ok()) << "version 1 has no audit log yet";

    ASSERT_TRUE(Migrations::migrate(*db.value()).ok());
    EXPECT_EQ(db.value()->scalar(QStringLiteral("SELECT name FROM source WHERE id = 'subject'")).value(),
              QStringLiteral("The data subject"));
    EXPECT_TRUE(db.value()->exec("SELECT * FROM audit_log").ok());
    // Version 3 spaces the positions out, keeping their order.
    EXPECT_EQ(db.value()->scalarInteger(QStringLiteral("SELECT position FROM source WHERE id = 'referral'")).value(),
              2 * RegisterWriter::kPositionGap);
}

TEST_F(StoreTest, RegisterFromANewerVersionIsRefused)
{
    createWith(test::fullRegister()).reset();
    {
        auto file = RegisterFile::open(path(), test::kPassphrase);
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(file.value()->database().exec("PRAGMA user_version = 99").ok());
    }
    auto opened = SqlCipherRepository::open(path(), test::kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NewerFormat);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version")))
        << opened.error().message.toStdString();
}

TEST_F(StoreTest, SecondOpenerIsRefusedUntilTheFirstCloses)
{
    auto first = createWith(test::fullRegister());
    const QByteArray before = test::sha256OfFile(path());

    auto second = SqlCipherRepository::open(path(), test::kPassphrase);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already open in another window")))
        << second.error().message.toStdString();
    EXPECT_EQ(test::sha256OfFile(path()), before);

    first.reset();
    EXPECT_TRUE(SqlCipherRepository::open(path(), test::kPassphrase).ok());
}

TEST_F(StoreTest, CreateRefusesToOverwriteAnExistingFile)
{
    createWith(test::fullRegister()).reset();
    const QByteArray before = test::sha256OfFile(path());
    auto again = SqlCipherRepository::create(path(), test::kPassphrase, Register{}, audit());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Usage);
    EXPECT_EQ(test::sha256OfFile(path()), before);
}

TEST_F(StoreTest, FilesThatAreNotRegistersAreNamedAsSuch)
{
    const QString plain = path(QStringLiteral("plain.sqlite"));
    {
        auto db = Database::open(plain, Database::Mode::CreateNew);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->exec("CREATE TABLE t(x)").ok());
    }
    auto opened = SqlCipherRepository::open(plain, test::kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotARegister);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("unencrypted SQLite database")));

    const QString empty = path(QStringLiteral("empty.ropa"));
    QFile(empty).open(QIODevice::WriteOnly);
    opened = SqlCipherRepository::open(empty, test::kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotARegister);
    EXPECT_EQ(QFile(empty).size(), 0) << "opening must not turn an empty file into a database";

    auto missing = SqlCipherRepository::open(path(QStringLiteral("missing.ropa")), test::kPassphrase);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing.ropa"))));
}

TEST_F(StoreTest, AuditLogKeepsTheCodeArgumentsAndActorAndShowsTampering)
{
    auto repository = createWith(test::fullRegister());
    const AuditRecord second{
        QStringLiteral("register.import"),
        QJsonObject{{QStringLiteral("source"), QStringLiteral("x.ropa.json")}, {QStringLiteral("activities"), 3}},
        QStringLiteral("priya")};
    ASSERT_TRUE(repository->replace(test::syntheticRegister(3), 1, second).ok());
    const QList<AuditEntry> entries = repository->auditLog().value();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("test.setup"));
    EXPECT_EQ(entries.at(0).actor, QStringLiteral("tester"));
    EXPECT_EQ(entries.at(1).action, QStringLiteral("register.import"));
    EXPECT_EQ(entries.at(1).actor, QStringLiteral("priya"));
    EXPECT_EQ(entries.at(1).arguments(), second.arguments);
    EXPECT_EQ(entries.at(1).prevHash, entries.at(0).hash);
    EXPECT_FALSE(repository->verifyAuditLog().value().has_value());
    repository.reset();

    {
        auto file = RegisterFile::open(path(), test::kPassphrase);
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(file.value()->database().exec("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1").ok());
    }
    EXPECT_EQ(reopen()->verifyAuditLog().value(), std::optional<qint64>(1));
}

TEST(AuditChainTest, RemovingOrReorderingEntriesBreaksTheChain)
{
    QList<AuditEntry> entries;
    for (int i = 0; i < 4; ++i) {
        AuditEntry entry;
        entry.at = QStringLiteral("2026-12-02T10:00:0%1.000Z").arg(i);
        entry.actor = QStringLiteral("tester");
        entry.action = QStringLiteral("activity.change");
        entry.detail = QStringLiteral("{\"id\":\"a%1\"}").arg(i);
        entries.append(AuditChain::next(entries.isEmpty() ? std::nullopt : std::optional(entries.last()), entry));
    }
    EXPECT_FALSE(AuditChain::firstBrokenEntry(entries).has_value());
    QList<AuditEntry> removed = entries;
    removed.removeAt(1);
    EXPECT_EQ(AuditChain::firstBrokenEntry(removed), std::optional<qint64>(3));
    QList<AuditEntry> swapped = entries;
    swapped.swapItemsAt(1, 2);
    EXPECT_EQ(AuditChain::firstBrokenEntry(swapped), std::optional<qint64>(3));
}

} // namespace

// Step 4 takes what schema 3 held into the accountability fields: a 1 for automated decisions is a yes, a 0 (the
// default) is not assessed; a condition for criminal offence data alone is the Schedule 1 condition; the balancing
// test date is the assessment's date, its outcome not recorded.
TEST(StoreMigrationTest, Schema3ContentBecomesTheAccountabilityFields)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("schema3.db")), Database::Mode::CreateNew);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrations::migrate(*db.value(), 3).ok());
    ASSERT_TRUE(db.value()
                    ->exec("INSERT INTO data_category(id, position, name, special) VALUES "
                           "('contact', 1024, 'Contact', 'none'), ('health', 2048, 'Health', 'art9'), "
                           "('dbs', 3072, 'Criminal record', 'art10');"
                           "INSERT INTO recipient(id, position, name, kind) VALUES ('bureau', 1024, 'Bureau', "
                           "'processor');"
                           "INSERT INTO activity(id, position, purpose, special_condition, automated_decision_making) "
                           "VALUES ('sales', 1024, 'Sales', 'Art. 9(2)(a)', 1), ('vetting', 2048, 'Vetting', "
                           "'Sch. 1 para 1', 0), ('both', 3072, 'Both', 'Art. 9(2)(b)', 0);"
                           "INSERT INTO activity_data_category(activity_id, ref_id, position) VALUES "
                           "('sales', 'health', 1), ('vetting', 'dbs', 1), ('vetting', 'contact', 2), "
                           "('both', 'dbs', 1), ('both', 'health', 2);"
                           "INSERT INTO activity_basis(activity_id, position, basis, interest, balancing_test_date) "
                           "VALUES ('sales', 1, 'legitimate_interests', 'Follow-ups', '2026-01-15')")
                    .ok());
    ASSERT_TRUE(Migrations::migrate(*db.value()).ok());
    EXPECT_EQ(Migrations::currentVersion(*db.value()).value(), Migrations::latestVersion());
    const Result<Register> reg = RegisterReader::read(*db.value());
    ASSERT_TRUE(reg.ok()) << reg.error().message.toStdString();
    ASSERT_EQ(reg->activities.size(), 3);
    const Activity& sales = reg->activities.at(0);
    const Activity& vetting = reg->activities.at(1);
    const Activity& both = reg->activities.at(2);
    EXPECT_EQ(sales.automatedDecisions.status, AutomatedDecisionStatus::Yes);
    EXPECT_EQ(vetting.automatedDecisions.status, AutomatedDecisionStatus::NotAssessed);
    EXPECT_EQ(sales.specialCondition, QStringLiteral("Art. 9(2)(a)"));
    EXPECT_EQ(sales.schedule1Condition, QString());
    EXPECT_EQ(vetting.specialCondition, std::nullopt);
    EXPECT_EQ(vetting.schedule1Condition, QStringLiteral("Sch. 1 para 1"));
    EXPECT_EQ(both.specialCondition, QStringLiteral("Art. 9(2)(b)")) << "special category data keeps its condition";
    ASSERT_EQ(sales.bases.size(), 1);
    EXPECT_EQ(sales.bases.at(0).assessment.date, QDate(2026, 1, 15));
    EXPECT_EQ(sales.bases.at(0).assessment.outcome, AssessmentOutcome::NotRecorded);
    EXPECT_EQ(reg->recipients.at(0).contract, QString());
    EXPECT_TRUE(sales.pecr.isEmpty());
}

TEST(StoreMigrationTest, EveryAccountabilityFieldIsWrittenAndReadBack)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("every-field.ropa"));
    const Register reg = test::fullRegister();
    {
        auto created = SqlCipherRepository::create(
            file, test::kPassphrase, reg,
            AuditRecord{QStringLiteral("test.create"), QJsonObject{}, QStringLiteral("tester")});
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    auto reopened = SqlCipherRepository::open(file, test::kPassphrase);
    ASSERT_TRUE(reopened.ok());
    const Result<RegisterSnapshot> loaded = reopened.value()->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->reg, reg);
    EXPECT_EQ(loaded->info.fingerprint, Fingerprint::of(reg));
    EXPECT_EQ(reopened.value()->verify().value(), QStringList());
}

namespace {

RegisterChange reviewOn(const Register& reg, QDate date, const QString& reviewer)
{
    return RegisterChange::UpdateOrganisation{reg.controller, date, reviewer, reg.pecrDeclared};
}

qint64 snapshotRows(SqlCipherRepository& repository)
{
    const Result<QList<ReviewRecord>> reviews = repository.reviews();
    EXPECT_TRUE(reviews.ok());
    return reviews ? reviews->size() : -1;
}

} // namespace

// The snapshot lands in the change's own transaction: a change that is refused leaves no review behind.
TEST_F(StoreTest, RefusedReviewKeepsNoSnapshot)
{
    Register reg = test::fullRegister();
    reg.lastReviewed.reset();
    auto repository = createWith(reg);
    repository->setSnapshotCodec(jsonCodec());
    Activity ghost = reg.activities.at(0);
    ghost.id = QStringLiteral("no-such-activity");
    const Result<qint64> refused = repository->apply(
        {reviewOn(reg, QDate(2026, 2, 3), QStringLiteral("Dana")), RegisterChange::UpdateActivity{ghost}}, 1, audit());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(snapshotRows(*repository), 0);
    EXPECT_FALSE(repository->load().value().reg.lastReviewed.has_value());

    const Result<qint64> conflict =
        repository->apply({reviewOn(reg, QDate(2026, 2, 3), QStringLiteral("Dana"))}, 7, audit());
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(snapshotRows(*repository), 0);

    repository->setSnapshotCodec({});
    const Result<qint64> noCodec =
        repository->apply({reviewOn(reg, QDate(2026, 2, 3), QStringLiteral("Dana"))}, 1, audit());
    ASSERT_FALSE(noCodec.ok());
    EXPECT_FALSE(repository->load().value().reg.lastReviewed.has_value());
}

// Snapshots are a record of what was signed off: the database itself refuses to change or remove one.
TEST_F(StoreTest, ReviewSnapshotsCannotBeChangedOrRemoved)
{
    auto db = Database::open(path(QStringLiteral("plain.db")), Database::Mode::CreateNew);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrations::migrate(*db.value()).ok());
    ASSERT_TRUE(db.value()
                    ->exec("INSERT INTO review_snapshot(revision, reviewed_on, reviewer, created_at, register) "
                           "VALUES (2, '2026-02-03', 'Dana', '2026-02-03T10:00:00Z', x'7b7d')")
                    .ok());
    EXPECT_FALSE(db.value()->exec("UPDATE review_snapshot SET reviewer = 'Someone else'").ok());
    EXPECT_FALSE(db.value()->exec("DELETE FROM review_snapshot").ok());
    EXPECT_EQ(db.value()->scalar(QStringLiteral("SELECT reviewer FROM review_snapshot")).value(),
              QStringLiteral("Dana"));
}

// Backups and re-encrypted files carry the reviews with them.
TEST_F(StoreTest, BackUpAndChangePassphraseKeepTheReviews)
{
    Register reg = test::fullRegister();
    reg.lastReviewed.reset();
    auto repository = createWith(reg);
    repository->setSnapshotCodec(jsonCodec());
    ASSERT_TRUE(repository->apply({reviewOn(reg, QDate(2026, 2, 3), QStringLiteral("Dana"))}, 1, audit()).ok());
    const Register asReviewed = repository->load().value().reg;

    const QString copy = path(QStringLiteral("copy.ropa"));
    ASSERT_TRUE(repository->backUp(copy).ok());
    auto backup = SqlCipherRepository::open(copy, test::kPassphrase);
    ASSERT_TRUE(backup.ok());
    backup.value()->setSnapshotCodec(jsonCodec());
    EXPECT_EQ(snapshotRows(*backup.value()), 1);
    EXPECT_EQ(backup.value()->snapshotAt(2).value(), asReviewed);
    EXPECT_TRUE(backup.value()->verify().value().isEmpty());

    ASSERT_TRUE(repository->changePassphrase("a different passphrase, long enough").ok());
    EXPECT_EQ(snapshotRows(*repository), 1);
    EXPECT_EQ(repository->snapshotAt(2).value(), asReviewed);
}

// Step 5 adds the review snapshots to a schema-4 register and leaves its content as it was.
TEST(StoreMigrationTest, Schema4RegisterGainsAnEmptyReviewHistory)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("schema4.db")), Database::Mode::CreateNew);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrations::migrate(*db.value(), 4).ok());
    ASSERT_TRUE(db.value()
                    ->exec("INSERT INTO meta(key, value) VALUES ('last_reviewed', '2025-06-01');"
                           "INSERT INTO activity(id, position, purpose, last_reviewed) VALUES "
                           "('sales', 1024, 'Sales', '2025-05-01')")
                    .ok());
    EXPECT_FALSE(db.value()->exec("SELECT * FROM review_snapshot").ok()) << "schema 4 has no review snapshots";
    ASSERT_TRUE(Migrations::migrate(*db.value()).ok());
    EXPECT_EQ(Migrations::currentVersion(*db.value()).value(), 5);
    EXPECT_EQ(db.value()->scalarInteger(QStringLiteral("SELECT count(*) FROM review_snapshot")).value(), 0);
    const Result<Register> reg = RegisterReader::read(*db.value());
    ASSERT_TRUE(reg.ok()) << reg.error().message.toStdString();
    EXPECT_EQ(reg->lastReviewed, QDate(2025, 6, 1));
    ASSERT_EQ(reg->activities.size(), 1);
    EXPECT_EQ(reg->activities.at(0).lastReviewed, QDate(2025, 5, 1));
}
