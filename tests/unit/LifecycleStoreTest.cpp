// The register file's lifecycle through the real store on real files: backups, a new passphrase, verify with its
// audit anchor, a damaged first page, and a file that can no longer be written.
#include "FileSizeLimit.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonReader.h"
#include "session/RegisterBackups.h"
#include "store/AuditChain.h"
#include "store/sqlcipher/AuditAnchor.h"
#include "store/sqlcipher/AuditLogTable.h"
#include "store/sqlcipher/CipherSettings.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/KeyDerivation.h"
#include "store/sqlcipher/SqlCipherRepository.h"
#include "store/sqlcipher/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::store::sqlcipher;

namespace {

constexpr const char* kNewPassphrase = "seven quiet otters paddle home";

AuditRecord audit(const char* action = "test.change")
{
    return {QString::fromLatin1(action), QJsonObject{{QStringLiteral("note"), QStringLiteral("from the test")}},
            QStringLiteral("tester")};
}

std::string text(const QStringList& list)
{
    return list.join(QLatin1Char('\n')).toStdString();
}

class LifecycleStoreTest : public ::testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("register.ropa")) const { return m_dir.filePath(name); }

    std::unique_ptr<SqlCipherRepository> open(const QString& file, const char* passphrase = test::kPassphrase)
    {
        auto repository = SqlCipherRepository::open(file, passphrase);
        EXPECT_TRUE(repository.ok()) << (repository ? "" : repository.error().message.toStdString());
        return repository ? std::move(repository.value()) : nullptr;
    }

    // A register with two activities and three audit entries, closed.
    void makeRegister()
    {
        Register reg = test::fullRegister();
        auto created = SqlCipherRepository::create(path(), test::kPassphrase, reg, audit("test.create"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        auto& repository = *created.value();
        reg.controller.phone = QStringLiteral("01264 111111");
        ASSERT_TRUE(repository.replace(reg, 1, audit()).ok());
        reg.activities.first().purpose = QStringLiteral("A purpose changed once");
        ASSERT_TRUE(repository.replace(reg, 2, audit()).ok());
    }

    // Runs sql on the closed register through our Database class, with the right key: what someone with the
    // passphrase but without RoPA Manager could do.
    void rawSql(const QString& file, const QString& sql)
    {
        const QByteArray salt = test::readBytes(file).left(16);
        Result<SecureBytes> key = KeyDerivation::deriveKey(test::kPassphrase, salt);
        ASSERT_TRUE(key.ok());
        auto db = Database::open(file, Database::Mode::OpenExisting);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(CipherSettings::applyKey(*db.value(), key.value(), salt).ok());
        ASSERT_TRUE(CipherSettings::pin(*db.value(), QStringLiteral("main")).ok());
        const Status status = db.value()->exec(sql);
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    }

    QStringList verify(const QString& file)
    {
        auto repository = open(file);
        if (!repository) {
            return {QStringLiteral("does not open")};
        }
        const Result<QStringList> problems = repository->verify();
        EXPECT_TRUE(problems.ok()) << (problems ? "" : problems.error().message.toStdString());
        return problems ? problems.value() : QStringList{QStringLiteral("verify failed")};
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

TEST_F(LifecycleStoreTest, BackUpOpensWithTheSamePassphraseFingerprintAndAuditLog)
{
    makeRegister();
    auto repository = open(path());
    ASSERT_TRUE(repository);
    const Status backedUp = repository->backUp(path(QStringLiteral("copy.ropa")));
    ASSERT_TRUE(backedUp.ok()) << backedUp.error().message.toStdString();
    const RegisterSnapshot original = repository->load().value();
    const QList<AuditEntry> originalLog = repository->auditLog().value();
    repository.reset();

    EXPECT_EQ(test::readBytes(path(QStringLiteral("copy.ropa"))).left(16), test::readBytes(path()).left(16))
        << "the same salt, so the same passphrase gives the same key";
    auto copy = open(path(QStringLiteral("copy.ropa")));
    ASSERT_TRUE(copy);
    const RegisterSnapshot copied = copy->load().value();
    EXPECT_EQ(copied.reg, original.reg);
    EXPECT_EQ(copied.info.fingerprint, original.info.fingerprint);
    EXPECT_EQ(copied.info.revision, original.info.revision);
    const QList<AuditEntry> copiedLog = copy->auditLog().value();
    ASSERT_EQ(copiedLog.size(), originalLog.size());
    EXPECT_EQ(copiedLog.last().hash, originalLog.last().hash);
    EXPECT_EQ(copy->verify().value(), QStringList()) << "the copy carries a valid anchor";
    EXPECT_TRUE(copy->apply({}, copied.info.revision, audit()).ok()) << "the copy is a working register";

    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(
        left,
        (QStringList{QStringLiteral("copy.ropa"), QStringLiteral("copy.ropa.lock"), QStringLiteral("register.ropa")}))
        << "no draft is left behind";
}

TEST_F(LifecycleStoreTest, BackUpNeverReplacesAFileNorWritesOverTheRegister)
{
    makeRegister();
    QFile existing(path(QStringLiteral("taken.ropa")));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const QByteArray before = test::sha256OfFile(path());

    auto repository = open(path());
    ASSERT_TRUE(repository);
    const Status overExisting = repository->backUp(path(QStringLiteral("taken.ropa")));
    ASSERT_FALSE(overExisting.ok());
    EXPECT_EQ(overExisting.error().code, ErrorCode::Usage);
    EXPECT_TRUE(overExisting.error().message.contains(QStringLiteral("taken.ropa already exists")))
        << overExisting.error().message.toStdString();
    EXPECT_EQ(test::readBytes(path(QStringLiteral("taken.ropa"))), QByteArray("keep me"));

    for (const QString& own : QStringList{path(), path() + QStringLiteral(".lock"), path() + QStringLiteral("-journal"),
                                          m_dir.path() + QStringLiteral("/./register.ropa")}) {
        const Status refused = repository->backUp(own);
        ASSERT_FALSE(refused.ok()) << own.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Usage);
    }
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral("-journal")));
    repository.reset();
    EXPECT_EQ(test::sha256OfFile(path()), before);
}

TEST_F(LifecycleStoreTest, ChangePassphraseLeavesOnlyTheNewOneWorkingAndTheContentAsItWas)
{
    makeRegister();
    const QByteArray oldSalt = test::readBytes(path()).left(16);
    auto repository = open(path());
    ASSERT_TRUE(repository);
    const RegisterSnapshot before = repository->load().value();
    const Status changed = repository->changePassphrase(kNewPassphrase);
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path() + QStringLiteral(".lock"))) << "the lock stays held";
    EXPECT_FALSE(SqlCipherRepository::open(path(), kNewPassphrase).ok()) << "still locked by this repository";
    EXPECT_TRUE(repository->apply({}, before.info.revision, audit()).ok()) << "reopened for writing";
    repository.reset();

    EXPECT_NE(test::readBytes(path()).left(16), oldSalt) << "a new salt";
    const auto old = SqlCipherRepository::open(path(), test::kPassphrase);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::WrongPassphrase);
    auto reopened = open(path(), kNewPassphrase);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->load().value().info.fingerprint, before.info.fingerprint);
    EXPECT_EQ(reopened->verify().value(), QStringList()) << "the anchor is sealed again under the new key";
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, (QStringList{QStringLiteral("register.ropa"), QStringLiteral("register.ropa.lock")}));
}

TEST_F(LifecycleStoreTest, ChangePassphraseClearsWhatAnEarlierKilledChangeLeft)
{
    makeRegister();
    QFile stale(path(QStringLiteral(".register.ropa.0123456789abcdef.new")));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray(4096, 'x'));
    stale.close();
    auto repository = open(path());
    ASSERT_TRUE(repository);
    ASSERT_TRUE(repository->changePassphrase(kNewPassphrase).ok());
    EXPECT_FALSE(stale.exists());
}

TEST_F(LifecycleStoreTest, VerifyFindsNothingWrongWithASoundRegister)
{
    makeRegister();
    EXPECT_EQ(verify(path()), QStringList());
}

TEST_F(LifecycleStoreTest, VerifyNamesACutAuditTail)
{
    makeRegister();
    rawSql(path(), QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"));
    const QStringList problems = verify(path());
    ASSERT_EQ(problems.size(), 1) << text(problems);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("register.ropa")));
    EXPECT_TRUE(problems.first().contains(QStringLiteral("removed from its end"))) << text(problems);
}

TEST_F(LifecycleStoreTest, VerifyNamesAnAuditLogChainedAnewAfterAnEdit)
{
    makeRegister();
    // Someone with the passphrase changes a purpose and rewrites the last audit entry so the chain holds again.
    rawSql(path(),
           QStringLiteral("UPDATE activity SET purpose = 'Quietly changed' WHERE position = "
                          "(SELECT min(position) FROM activity)"));
    QList<AuditEntry> entries;
    {
        auto repository = open(path());
        ASSERT_TRUE(repository);
        entries = repository->auditLog().value();
    }
    AuditEntry last = entries.takeLast();
    last.detail = QStringLiteral("{\"note\":\"nothing to see\"}");
    last.hash = AuditChain::hashOf(last);
    rawSql(path(),
           QStringLiteral("UPDATE audit_log SET detail = '%1', hash = '%2' WHERE seq = %3")
               .arg(last.detail, last.hash)
               .arg(last.seq));
    {
        auto repository = open(path());
        ASSERT_TRUE(repository);
        EXPECT_EQ(repository->verifyAuditLog().value(), std::nullopt) << "the chain alone holds";
    }
    const QStringList problems = verify(path());
    ASSERT_EQ(problems.size(), 1) << text(problems);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("register.ropa")));
    EXPECT_TRUE(problems.first().contains(QStringLiteral("does not match the anchor"))) << text(problems);
}

TEST_F(LifecycleStoreTest, VerifyNamesARowEditedWithSql)
{
    makeRegister();
    rawSql(path(), QStringLiteral("UPDATE recipient SET country = 'US'"));
    const QStringList problems = verify(path());
    ASSERT_EQ(problems.size(), 1) << text(problems);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("register.ropa")));
    EXPECT_TRUE(problems.first().contains(QStringLiteral("does not match the anchor"))) << text(problems);
}

TEST_F(LifecycleStoreTest, VerifyNamesAReferenceToAMissingEntry)
{
    makeRegister();
    rawSql(path(), QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM recipient;"));
    const QStringList problems = verify(path());
    ASSERT_GE(problems.size(), 1) << text(problems);
    EXPECT_TRUE(problems.join(QLatin1Char(' ')).contains(QStringLiteral("refers to an entry of recipient")))
        << text(problems);
}

TEST_F(LifecycleStoreTest, VerifyCatchesEveryPageSplicedInFromAnOlderCopy)
{
    makeRegister();
    const QByteArray older = test::readBytes(path());
    {
        auto repository = open(path());
        ASSERT_TRUE(repository);
        Register reg = repository->load().value().reg;
        reg.activities.first().recipients.clear();
        reg.activities.first().retention.reset();
        reg.activities.last().purpose = QStringLiteral("Changed after the older copy");
        ASSERT_TRUE(repository->replace(reg, 3, audit()).ok());
    }
    RegisterSnapshot current;
    QList<AuditEntry> currentLog;
    {
        auto repository = open(path());
        ASSERT_TRUE(repository);
        current = repository->load().value();
        currentLog = repository->auditLog().value();
    }
    const QByteArray newer = test::readBytes(path());
    ASSERT_EQ(older.size(), newer.size()) << "the same pages, so any of them can be spliced";
    int spliced = 0;
    int caught = 0;
    for (qsizetype at = 0; at < newer.size(); at += 4096) {
        if (older.mid(at, 4096) == newer.mid(at, 4096)) {
            continue;
        }
        QByteArray bytes = newer;
        bytes.replace(at, 4096, older.mid(at, 4096));
        const QString file = path(QStringLiteral("spliced-%1.ropa").arg(at / 4096 + 1));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        ++spliced;
        auto repository = SqlCipherRepository::open(file, test::kPassphrase);
        if (!repository) {
            continue; // refused outright: caught
        }
        const Result<QStringList> problems = repository.value()->verify();
        ASSERT_TRUE(problems.ok());
        if (problems->isEmpty()) {
            // Every page written is encrypted under a new IV, so an older page may differ in its bytes only: such
            // a splice changes nothing that can be read, which is what must hold where verify sees nothing.
            const auto read = repository.value()->load();
            ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
            EXPECT_EQ(read->reg, current.reg) << "page " << at / 4096 + 1 << " spliced in unseen";
            EXPECT_EQ(read->info.revision, current.info.revision);
            EXPECT_EQ(repository.value()->auditLog().value().size(), currentLog.size());
        } else {
            ++caught;
        }
        for (const QString& problem : problems.value()) {
            EXPECT_TRUE(problem.contains(QFileInfo(file).fileName())) << problem.toStdString();
        }
    }
    EXPECT_GE(spliced, 3) << "content, meta and audit pages changed";
    EXPECT_GE(caught, 3) << "the pages that changed in content, meta and audit log";
}

TEST_F(LifecycleStoreTest, VerifyNamesAFlippedByteByItsPage)
{
    makeRegister();
    const qint64 size = QFileInfo(path()).size();
    ASSERT_GE(size, 6 * 4096);
    flipByte(path(), 4 * 4096 + 1000);
    const QStringList problems = verify(path());
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.first().contains(QStringLiteral("Page 5 of")));
    EXPECT_TRUE(problems.first().contains(QStringLiteral("register.ropa"))) << text(problems);
}

TEST_F(LifecycleStoreTest, DamagedFirstPageIsNotAWrongPassphrase)
{
    makeRegister();
    const QByteArray sound = test::readBytes(path());
    flipByte(path(), 100);
    const auto damaged = SqlCipherRepository::open(path(), test::kPassphrase);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, ErrorCode::Damaged);
    EXPECT_TRUE(damaged.error().message.startsWith(QStringLiteral("The passphrase is right, but the first page of")))
        << damaged.error().message.toStdString();
    EXPECT_TRUE(damaged.error().message.contains(QStringLiteral("restore it from a backup")));

    const auto wrong = SqlCipherRepository::open(path(), "not the passphrase");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassphrase);

    // Damage to the salt changes the key the passphrase gives: it reads as a wrong passphrase (docs/security.md).
    QFile::remove(path());
    QFile restored(path());
    ASSERT_TRUE(restored.open(QIODevice::WriteOnly));
    restored.write(sound);
    restored.close();
    flipByte(path(), 5);
    const auto salt = SqlCipherRepository::open(path(), test::kPassphrase);
    ASSERT_FALSE(salt.ok());
    EXPECT_EQ(salt.error().code, ErrorCode::WrongPassphrase);
}

TEST_F(LifecycleStoreTest, RegisterWithoutAnAnchorIsSoundAndGetsOneWithItsNextChange)
{
    makeRegister();
    rawSql(path(), QStringLiteral("DELETE FROM meta WHERE key = 'audit_anchor'"));
    auto repository = open(path());
    ASSERT_TRUE(repository);
    EXPECT_FALSE(repository->info().value().anchored);
    EXPECT_EQ(repository->verify().value(), QStringList());
    ASSERT_TRUE(repository->apply({}, 3, audit()).ok());
    EXPECT_TRUE(repository->info().value().anchored);
    EXPECT_EQ(repository->verify().value(), QStringList());
}

TEST_F(LifecycleStoreTest, SavingToAMovedFileSaysSoAndChangesNothing)
{
    makeRegister();
    auto repository = open(path());
    ASSERT_TRUE(repository);
    Register reg = repository->load().value().reg;
    // Works as root too, where a read-only mode would not stop the write.
    ASSERT_TRUE(QFile::rename(path(), path(QStringLiteral("moved.ropa"))));
    reg.controller.name = QStringLiteral("Never saved Ltd");
    const Result<qint64> saved = repository->replace(reg, 3, audit());
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("register.ropa"))) << saved.error().message.toStdString();
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("can no longer be written")));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("Your change was not saved.")));
    repository.reset();
    auto moved = open(path(QStringLiteral("moved.ropa")));
    ASSERT_TRUE(moved);
    const RegisterSnapshot after = moved->load().value();
    EXPECT_EQ(after.info.revision, 3);
    EXPECT_NE(after.reg.controller.name, QStringLiteral("Never saved Ltd"));
}

TEST_F(LifecycleStoreTest, SavingToAFullDiskSaysSoAndChangesNothing)
{
    if (!test::FileSizeLimit::supported()) {
        GTEST_SKIP() << "this system cannot stand in for a full disk";
    }
    makeRegister();
    const QByteArray before = test::sha256OfFile(path());
    auto repository = open(path());
    ASSERT_TRUE(repository);
    Register reg = repository->load().value().reg;
    reg.controller.name = QStringLiteral("Never saved Ltd");
    Result<qint64> saved = qint64(0);
    {
        const test::FileSizeLimit full;
        saved = repository->replace(reg, 3, audit());
    }
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::DiskFull) << saved.error().message.toStdString();
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("the disk is full")));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("register.ropa")));
    repository.reset();
    EXPECT_EQ(test::sha256OfFile(path()), before);
}

class RegisterBackupsTest : public LifecycleStoreTest
{
};

TEST_F(RegisterBackupsTest, RotateKeepsTheNewestAndRestoreBringsOneBack)
{
    makeRegister();
    EXPECT_EQ(session::RegisterBackups::folderFor(path()), path(QStringLiteral("register.ropa backups")));
    auto repository = open(path());
    ASSERT_TRUE(repository);
    const QString firstFingerprint = repository->load().value().info.fingerprint;
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        const Result<session::BackupFile> backup = session::RegisterBackups::rotate(*repository, 2);
        ASSERT_TRUE(backup.ok()) << backup.error().message.toStdString();
        EXPECT_TRUE(QFileInfo(backup->path).fileName().startsWith(QStringLiteral("register ")));
        EXPECT_TRUE(backup->path.endsWith(QStringLiteral(".ropa")));
        EXPECT_GT(backup->size, 0);
        made << backup->path;
    }
    EXPECT_TRUE(session::RegisterBackups::rotate(*repository, 0)->path.isEmpty());
    const QList<session::BackupFile> listed = session::RegisterBackups::list(path());
    QStringList names;
    for (const session::BackupFile& file : listed) {
        names << file.path;
    }
    ASSERT_EQ(listed.size(), 2) << names.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(names, (QStringList{made.at(3), made.at(2)})) << "made " << made.join(QLatin1Char(' ')).toStdString();

    Register reg = repository->load().value().reg;
    reg.controller.name = QStringLiteral("Changed after the backup");
    ASSERT_TRUE(repository->replace(reg, 3, audit()).ok());
    const Status whileOpen = session::RegisterBackups::restore(listed.at(0).path, path(), test::kPassphrase);
    ASSERT_FALSE(whileOpen.ok());
    EXPECT_EQ(whileOpen.error().code, ErrorCode::Locked);
    repository.reset();

    const Status wrong = session::RegisterBackups::restore(listed.at(0).path, path(), "not the passphrase");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassphrase);

    const Status restored = session::RegisterBackups::restore(listed.at(0).path, path(), test::kPassphrase);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    auto back = open(path());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->load().value().info.fingerprint, firstFingerprint);
    EXPECT_EQ(back->verify().value(), QStringList());
    const QList<session::BackupFile> after = session::RegisterBackups::list(path());
    ASSERT_EQ(after.size(), 3) << "the replaced register is kept as a backup too";
    bool keptReplaced = false;
    for (const session::BackupFile& file : after) {
        if (file.path.contains(QStringLiteral("before restore"))) {
            keptReplaced = true;
            auto kept = open(file.path);
            ASSERT_TRUE(kept);
            EXPECT_EQ(kept->load().value().reg.controller.name, QStringLiteral("Changed after the backup"));
        }
    }
    EXPECT_TRUE(keptReplaced);
}

} // namespace

// Fingerprint version 1, as anchors of schema 3 sealed it, is what the previous version printed: the values it
// pinned for the version 1 fixture and the demo.
TEST(LegacyAnchorTest, LegacyFingerprintIsFingerprintVersion1)
{
    const Result<Register> v1 =
        formats::RegisterJsonReader::readFile(test::dataPath(QStringLiteral("v1-register.ropa.json")));
    ASSERT_TRUE(v1.ok());
    EXPECT_EQ(AuditAnchor::legacyFingerprintOf(v1.value()),
              QStringLiteral("d9f8c09d6267139a24f47c032de16112dc9ed5ee6255d934bcbd9e2517a8b232"));
    EXPECT_EQ(AuditAnchor::legacyFingerprintOf(formats::DemoRegister::load().value()),
              QStringLiteral("25e8e8bf153b1ad5bc76128c5704c721e506ae7832cfa05e2bd16b9c9432e1b4"));
}

class LegacyAnchorFileTest : public LifecycleStoreTest
{
protected:
    // A register as the previous version left it: content that schema 3 could hold, anchored with anchor
    // version 1 over fingerprint version 1.
    void makeOldAnchoredRegister()
    {
        const Result<Register> v1 =
            formats::RegisterJsonReader::readFile(test::dataPath(QStringLiteral("v1-register.ropa.json")));
        ASSERT_TRUE(v1.ok());
        Register reg = v1.value();
        auto created = SqlCipherRepository::create(path(), test::kPassphrase, reg, audit("test.create"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        reg.controller.phone = QStringLiteral("01264 111111");
        ASSERT_TRUE(created.value()->replace(reg, 1, audit()).ok());
        const QList<AuditEntry> entries = created.value()->auditLog().value();
        created.value().reset();

        const QByteArray salt = test::readBytes(path()).left(16);
        Result<SecureBytes> key = KeyDerivation::deriveKey(test::kPassphrase, salt);
        ASSERT_TRUE(key.ok());
        Result<SecureBytes> anchorKey = AuditAnchor::keyFrom(key.value());
        ASSERT_TRUE(anchorKey.ok());
        const QChar separator(0x1f);
        const QByteArray material =
            (QStringLiteral("1") + separator + QStringLiteral("2") + separator + AuditAnchor::legacyFingerprintOf(reg) +
             separator + entries.last().hash + separator + QString::number(entries.size()))
                .toUtf8();
        const QByteArray macKey(reinterpret_cast<const char*>(anchorKey.value().data()),
                                static_cast<qsizetype>(anchorKey.value().size()));
        const QByteArray mac = QMessageAuthenticationCode::hash(material, macKey, QCryptographicHash::Sha256);
        m_oldAnchor = QStringLiteral("1;2;%1;%2").arg(entries.size()).arg(QString::fromLatin1(mac.toHex()));
        rawSql(path(), QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_anchor'").arg(m_oldAnchor));
    }

    QString anchorOf(const QString& file)
    {
        QString value;
        const QByteArray salt = test::readBytes(file).left(16);
        Result<SecureBytes> key = KeyDerivation::deriveKey(test::kPassphrase, salt);
        auto db = Database::open(file, Database::Mode::OpenExisting);
        EXPECT_TRUE(db.ok() && key.ok());
        EXPECT_TRUE(CipherSettings::applyKey(*db.value(), key.value(), salt).ok());
        EXPECT_TRUE(CipherSettings::pin(*db.value(), QStringLiteral("main")).ok());
        EXPECT_TRUE(db.value()
                        ->forEachRow(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_anchor'"),
                                     [&value](const Statement& row) { value = row.text(0); })
                        .ok());
        return value;
    }

    QString m_oldAnchor;
};

TEST_F(LegacyAnchorFileTest, OldAnchorHoldsAndIsSealedAgainOnOpening)
{
    makeOldAnchoredRegister();
    ASSERT_EQ(anchorOf(path()), m_oldAnchor);
    EXPECT_EQ(verify(path()), QStringList());
    const QString renewed = anchorOf(path());
    EXPECT_TRUE(renewed.startsWith(QStringLiteral("2;2;"))) << renewed.toStdString();
    EXPECT_EQ(verify(path()), QStringList());
}

TEST_F(LegacyAnchorFileTest, OldAnchorStillCatchesAnAuditLogChainedAnew)
{
    makeOldAnchoredRegister();
    QList<AuditEntry> entries;
    {
        // Read without opening through the store, which would seal the file again.
        const QByteArray salt = test::readBytes(path()).left(16);
        Result<SecureBytes> key = KeyDerivation::deriveKey(test::kPassphrase, salt);
        auto db = Database::open(path(), Database::Mode::OpenExisting);
        ASSERT_TRUE(db.ok() && key.ok());
        ASSERT_TRUE(CipherSettings::applyKey(*db.value(), key.value(), salt).ok());
        ASSERT_TRUE(CipherSettings::pin(*db.value(), QStringLiteral("main")).ok());
        entries = AuditLogTable(*db.value()).entries().value();
    }
    ASSERT_FALSE(entries.isEmpty());
    AuditEntry last = entries.takeLast();
    last.detail = QStringLiteral("{\"note\":\"nothing to see\"}");
    last.hash = AuditChain::hashOf(last);
    rawSql(path(),
           QStringLiteral("UPDATE audit_log SET detail = '%1', hash = '%2' WHERE seq = %3")
               .arg(last.detail, last.hash)
               .arg(last.seq));
    const QStringList problems = verify(path());
    ASSERT_EQ(problems.size(), 1) << text(problems);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("does not match the anchor"))) << text(problems);
    EXPECT_EQ(anchorOf(path()), m_oldAnchor) << "an anchor that does not hold is not sealed again";
}
