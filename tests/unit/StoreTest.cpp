#include "TestSupport.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;
using namespace ropa::store;

namespace {

class StoreTest : public ::testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("register.ropa")) const { return m_dir.filePath(name); }

    std::unique_ptr<RegisterFile> createWith(const Register& reg)
    {
        auto file = RegisterFile::create(path(), test::kPassphrase);
        EXPECT_TRUE(file.ok()) << (file ? "" : file.error().message.toStdString());
        const Status status =
            RegisterStore(file.value()->database()).replace(reg, QStringLiteral("Test"), QStringLiteral("setup"));
        EXPECT_TRUE(status.ok()) << (status ? "" : status.error().message.toStdString());
        return std::move(file.value());
    }

    QTemporaryDir m_dir;
};

TEST_F(StoreTest, CreateCloseAndReopenWithTheRightPassphrase)
{
    createWith(test::fullRegister()).reset();

    auto reopened = RegisterFile::open(path(), test::kPassphrase);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    RegisterStore registerStore(reopened.value()->database());
    const Result<Register> loaded = registerStore.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), test::fullRegister());
    EXPECT_EQ(registerStore.info().value().revision, 1);
}

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

    auto opened = RegisterFile::open(path(), "not the passphrase");
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::WrongPassphrase);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("passphrase does not unlock")))
        << opened.error().message.toStdString();
    EXPECT_EQ(test::sha256OfFile(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral(".lock"))) << "a failed open must not leave its lock behind";
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-journal")));

    EXPECT_TRUE(RegisterFile::open(path(), test::kPassphrase).ok()) << "the right passphrase still works afterwards";
}

TEST_F(StoreTest, CanaryInEveryTextFieldNeverReachesTheDiskInTheClear)
{
    const QString marker = QStringLiteral("CanaryQX7");
    auto file = RegisterFile::create(path(), test::kPassphrase);
    ASSERT_TRUE(file.ok());
    Database& db = file.value()->database();
    const Status stored = RegisterStore(db).replace(test::canaryRegister(marker), marker, marker);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();

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

    // And the canaries really are stored: the check above is not passing on an empty register.
    const Result<Register> loaded = RegisterStore(db).load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->activities.first().purpose.startsWith(marker));
}

TEST_F(StoreTest, FailedTransactionLeavesNoTrace)
{
    auto file = createWith(test::fullRegister());
    RegisterStore registerStore(file->database());
    const Register before = registerStore.load().value();
    const qint64 revisionBefore = registerStore.info().value().revision;
    const qsizetype auditBefore = AuditLog(file->database()).entries().value().size();

    Register broken = test::syntheticRegister(50);
    broken.activities.last().dataCategories << QStringLiteral("no-such-category"); // violates a foreign key late on
    const Status status = registerStore.replace(broken, QStringLiteral("Broken"), QString());
    ASSERT_FALSE(status.ok());

    EXPECT_EQ(registerStore.load().value(), before);
    EXPECT_EQ(registerStore.info().value().revision, revisionBefore);
    EXPECT_EQ(AuditLog(file->database()).entries().value().size(), auditBefore);
    file.reset();
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-journal")));
}

TEST_F(StoreTest, TransactionRollsBackWhenNotCommitted)
{
    auto file = createWith(test::fullRegister());
    Database& db = file->database();
    {
        Result<Transaction> transaction = Transaction::begin(db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(db.exec("DELETE FROM activity_basis; DELETE FROM activity_transfer;").ok());
    }
    EXPECT_EQ(RegisterStore(db).load().value(), test::fullRegister());
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
    ASSERT_TRUE(
        db.value()->exec("INSERT INTO source(id, position, name) VALUES ('subject', 1, 'The data subject')").ok());
    EXPECT_FALSE(db.value()->exec("SELECT * FROM audit_log").ok()) << "version 1 has no audit log yet";

    ASSERT_TRUE(Migrations::migrate(*db.value()).ok());
    EXPECT_EQ(db.value()->scalar(QStringLiteral("SELECT name FROM source WHERE id = 'subject'")).value(),
              QStringLiteral("The data subject"));
    EXPECT_TRUE(db.value()->exec("SELECT * FROM audit_log").ok());
}

TEST_F(StoreTest, RegisterFromANewerVersionIsRefused)
{
    auto file = createWith(test::fullRegister());
    ASSERT_TRUE(file->database().exec("PRAGMA user_version = 99").ok());
    file.reset();
    auto opened = RegisterFile::open(path(), test::kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NewerFormat);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version")))
        << opened.error().message.toStdString();
}

TEST_F(StoreTest, SecondOpenerIsRefusedUntilTheFirstCloses)
{
    auto first = createWith(test::fullRegister());
    const QByteArray before = test::sha256OfFile(path());

    auto second = RegisterFile::open(path(), test::kPassphrase);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already open in another window")))
        << second.error().message.toStdString();
    EXPECT_EQ(test::sha256OfFile(path()), before);

    first.reset();
    EXPECT_TRUE(RegisterFile::open(path(), test::kPassphrase).ok());
}

TEST_F(StoreTest, CreateRefusesToOverwriteAnExistingFile)
{
    createWith(test::fullRegister()).reset();
    const QByteArray before = test::sha256OfFile(path());
    auto again = RegisterFile::create(path(), test::kPassphrase);
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
    auto opened = RegisterFile::open(plain, test::kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotARegister);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("unencrypted SQLite database")));

    const QString empty = path(QStringLiteral("empty.ropa"));
    QFile(empty).open(QIODevice::WriteOnly);
    opened = RegisterFile::open(empty, test::kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotARegister);
    EXPECT_EQ(QFile(empty).size(), 0) << "opening must not turn an empty file into a database";

    auto missing = RegisterFile::open(path(QStringLiteral("missing.ropa")), test::kPassphrase);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing.ropa"))));
}

TEST_F(StoreTest, AuditLogChainsEveryChangeAndShowsTampering)
{
    auto file = createWith(test::fullRegister());
    RegisterStore registerStore(file->database());
    ASSERT_TRUE(
        registerStore.replace(test::syntheticRegister(3), QStringLiteral("Second"), QStringLiteral("detail")).ok());
    AuditLog log(file->database());
    const QList<AuditEntry> entries = log.entries().value();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(1).action, QStringLiteral("Second"));
    EXPECT_EQ(entries.at(1).prevHash, entries.at(0).hash);
    EXPECT_FALSE(log.firstBrokenEntry().value().has_value());

    ASSERT_TRUE(file->database().exec("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 1").ok());
    EXPECT_EQ(log.firstBrokenEntry().value(), std::optional<qint64>(1));
}

} // namespace
