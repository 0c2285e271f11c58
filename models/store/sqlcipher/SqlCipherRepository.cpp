#include "store/sqlcipher/SqlCipherRepository.h"

#include "core/Platform.h"
#include "domain/Fingerprint.h"
#include "store/AuditChain.h"
#include "store/Reviews.h"
#include "store/sqlcipher/AuditAnchor.h"
#include "store/sqlcipher/AuditLogTable.h"
#include "store/sqlcipher/CipherSettings.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/MetaKeys.h"
#include "store/sqlcipher/RegisterFile.h"
#include "store/sqlcipher/RegisterReader.h"
#include "store/sqlcipher/RegisterWriter.h"
#include "store/sqlcipher/Statement.h"
#include "store/sqlcipher/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <variant>

namespace ropa::store::sqlcipher {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::sqlcipher)
};

} // namespace

SqlCipherRepository::SqlCipherRepository(std::unique_ptr<RegisterFile> file)
    : m_file(std::move(file))
{ }

SqlCipherRepository::~SqlCipherRepository() = default;

Result<std::unique_ptr<SqlCipherRepository>> SqlCipherRepository::open(const QString& path, QByteArrayView passphrase)
{
    Result<std::unique_ptr<RegisterFile>> file = RegisterFile::open(path, passphrase);
    if (!file) {
        return file.error();
    }
    return std::unique_ptr<SqlCipherRepository>(new SqlCipherRepository(std::move(file.value())));
}

Result<std::unique_ptr<SqlCipherRepository>> SqlCipherRepository::create(const QString& path, QByteArrayView passphrase,
                                                                         const Register& reg, const AuditRecord& audit)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path))};
    }
    // The new register is made whole under a hidden name beside path and only then given its name, so an
    // interrupted creation never leaves a half-made file that blocks the next attempt.
    const QFileInfo info(path);
    const QString draft =
        info.absoluteDir().filePath(QStringLiteral(".%1.%2.new")
                                        .arg(info.fileName())
                                        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    const auto discardDraft = [&draft] {
        QFile::remove(draft);
        QFile::remove(draft + QStringLiteral("-journal"));
    };
    {
        Result<std::unique_ptr<RegisterFile>> file = RegisterFile::create(draft, passphrase);
        if (!file) {
            return file.error();
        }
        std::unique_ptr<SqlCipherRepository> repository(new SqlCipherRepository(std::move(file.value())));
        if (const Result<qint64> written = repository->replace(reg, 0, audit); !written) {
            repository.reset();
            discardDraft();
            return written.error();
        }
    }
    Platform::syncFolder(info.absolutePath());
    if (const int err = Platform::renameNew(draft, path); err != 0) {
        discardDraft();
        if (err == EEXIST) {
            return Error{ErrorCode::Usage,
                         Text::tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path))};
        }
        return Error{ErrorCode::Io,
                     Text::tr("Cannot create %1: %2.").arg(QDir::toNativeSeparators(path), Platform::errorText(err))};
    }
    Platform::syncFolder(info.absolutePath());
    return open(path, passphrase);
}

QString SqlCipherRepository::cipherVersion()
{
    return RegisterFile::cipherVersion();
}

QString SqlCipherRepository::location() const
{
    return m_file->path();
}

Result<RegisterInfo> SqlCipherRepository::readInfo() const
{
    RegisterInfo info;
    const Status status = m_file->database().forEachRow(
        QStringLiteral("SELECT key, value FROM meta WHERE key IN ('%1', '%2', '%3', '%4')")
            .arg(QLatin1StringView(MetaKeys::kRevision), QLatin1StringView(MetaKeys::kCreatedAt),
                 QLatin1StringView(MetaKeys::kModifiedAt), QLatin1StringView(MetaKeys::kAuditAnchor)),
        [&info](const Statement& row) {
            const QString key = row.text(0);
            if (key == QLatin1StringView(MetaKeys::kRevision)) {
                info.revision = row.text(1).toLongLong();
            } else if (key == QLatin1StringView(MetaKeys::kCreatedAt)) {
                info.createdAt = row.text(1);
            } else if (key == QLatin1StringView(MetaKeys::kModifiedAt)) {
                info.modifiedAt = row.text(1);
            } else {
                info.anchored = true;
            }
        });
    if (!status) {
        return status.error();
    }
    return info;
}

Result<RegisterSnapshot> SqlCipherRepository::load() const
{
    Result<RegisterInfo> info = readInfo();
    if (!info) {
        return info.error();
    }
    Result<Register> reg = RegisterReader::read(m_file->database());
    if (!reg) {
        return reg.error();
    }
    info->fingerprint = Fingerprint::of(reg.value());
    return RegisterSnapshot{std::move(reg.value()), std::move(info.value())};
}

Result<RegisterInfo> SqlCipherRepository::info() const
{
    // The fingerprint is of the content, which has to be read for it.
    Result<RegisterSnapshot> snapshot = load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::move(snapshot->info);
}

template <typename Write, typename AfterWrite>
Result<qint64> SqlCipherRepository::write(qint64 expectedRevision, const AuditRecord& audit, Write write,
                                          AfterWrite afterWrite)
{
    Database& db = m_file->database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    const Result<RegisterInfo> info = readInfo();
    if (!info) {
        return info.error();
    }
    if (info->revision != expectedRevision) {
        return Error{ErrorCode::Conflict,
                     Text::tr("%1 has changed since this change was made (it is at version %2, the change was made on "
                              "version %3); open it again to see the changes.")
                         .arg(QDir::toNativeSeparators(location()))
                         .arg(info->revision)
                         .arg(expectedRevision)};
    }
    RegisterWriter writer(db);
    if (Status status = write(writer); !status) {
        if (status.error().code == ErrorCode::Database) {
            return Error{ErrorCode::Database,
                         Text::tr("%1 refused the change: %2.")
                             .arg(QDir::toNativeSeparators(location()), status.error().message)};
        }
        return status.error();
    }
    const qint64 revision = expectedRevision + 1;
    Status status = db.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = '%2';"
                                           "INSERT OR REPLACE INTO meta(key, value) VALUES ('%3', '%4');")
                                .arg(revision)
                                .arg(QLatin1StringView(MetaKeys::kRevision), QLatin1StringView(MetaKeys::kModifiedAt),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    if (status) {
        status = afterWrite(revision);
    }
    if (status) {
        status = AuditLogTable(db).append(audit);
    }
    if (status) {
        status = AuditAnchor::renew(db, m_file->anchorKey());
    }
    if (status) {
        status = transaction->commit();
    }
    if (!status) {
        return status.error();
    }
    return revision;
}

void SqlCipherRepository::setSnapshotCodec(SnapshotCodec codec)
{
    m_codec = std::move(codec);
}

Result<qint64> SqlCipherRepository::apply(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                          const AuditRecord& audit)
{
    const std::optional<QDate> reviewedOn = Reviews::dateSetBy(changes);
    bool isReview = false;
    if (reviewedOn) {
        const Result<QString> stored =
            m_file->database().scalar(QStringLiteral("SELECT coalesce((SELECT value FROM meta WHERE key = '%1'), '')")
                                          .arg(QLatin1StringView(MetaKeys::kLastReviewed)));
        if (!stored) {
            return stored.error();
        }
        isReview = Reviews::isReview(reviewedOn, QDate::fromString(stored.value(), Qt::ISODate));
    }
    if (isReview && (!m_codec.encode || !m_codec.decode)) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 cannot keep the register as reviewed: this program was not given a way "
                              "to write it.")
                         .arg(QDir::toNativeSeparators(location()))};
    }
    return write(
        expectedRevision, audit,
        [&changes](RegisterWriter& writer) -> Status {
            for (const RegisterChange& change : changes) {
                if (Status status = writer.apply(change); !status) {
                    return status;
                }
            }
            return {};
        },
        [this, isReview](qint64 revision) -> Status { return isReview ? keepReviewSnapshot(revision) : Status(); });
}

Status SqlCipherRepository::keepReviewSnapshot(qint64 revision)
{
    Database& db = m_file->database();
    const Result<Register> reg = RegisterReader::read(db);
    if (!reg) {
        return reg.error();
    }
    Result<Statement> insert =
        db.prepare(QStringLiteral("INSERT INTO review_snapshot(revision, reviewed_on, reviewer, created_at, register) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insert) {
        return insert.error();
    }
    const QByteArray bytes = m_codec.encode(reg.value());
    insert->bind(1, revision);
    insert->bind(2, reg->lastReviewed->toString(Qt::ISODate));
    insert->bind(3, reg->reviewedBy);
    insert->bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert->bindBlobInPlace(5, bytes);
    return insert->run();
}

Result<qint64> SqlCipherRepository::replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit)
{
    return write(
        expectedRevision, audit, [&reg](RegisterWriter& writer) { return writer.writeAll(reg); },
        [](qint64) { return Status(); });
}

Result<QList<ReviewRecord>> SqlCipherRepository::reviews() const
{
    QList<ReviewRecord> records;
    const Status status = m_file->database().forEachRow(
        QStringLiteral("SELECT revision, reviewed_on, reviewer, created_at FROM review_snapshot ORDER BY revision"),
        [&records](const Statement& row) {
            records.append(
                ReviewRecord{row.integer(0), QDate::fromString(row.text(1), Qt::ISODate), row.text(2), row.text(3)});
        });
    if (!status) {
        return status.error();
    }
    return records;
}

Result<Register> SqlCipherRepository::snapshotAt(qint64 revision) const
{
    QByteArray bytes;
    bool found = false;
    const Status status = m_file->database().forEachRow(
        QStringLiteral("SELECT register FROM review_snapshot WHERE revision = %1").arg(revision),
        [&](const Statement& row) {
            bytes = row.bytes(0).toByteArray();
            found = true;
        });
    if (!status) {
        return status.error();
    }
    if (!found) {
        return Error{
            ErrorCode::Usage,
            Text::tr("%1 has no review at version %2.").arg(QDir::toNativeSeparators(location())).arg(revision)};
    }
    if (!m_codec.decode) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 cannot read the register as reviewed: this program was not given a way "
                              "to read it.")
                         .arg(QDir::toNativeSeparators(location()))};
    }
    return m_codec.decode(
        bytes, Text::tr("the review at version %1 of %2").arg(revision).arg(QDir::toNativeSeparators(location())));
}

Result<QList<AuditEntry>> SqlCipherRepository::auditLog() const
{
    return AuditLogTable(m_file->database()).entries();
}

Result<std::optional<qint64>> SqlCipherRepository::verifyAuditLog() const
{
    const Result<QList<AuditEntry>> entries = auditLog();
    if (!entries) {
        return entries.error();
    }
    return AuditChain::firstBrokenEntry(entries.value());
}

Status SqlCipherRepository::backUp(const QString& path) const
{
    return m_file->writeCopy(path);
}

Status SqlCipherRepository::changePassphrase(QByteArrayView newPassphrase)
{
    return m_file->changePassphrase(newPassphrase);
}

Result<QStringList> SqlCipherRepository::verify() const
{
    const QString file = QDir::toNativeSeparators(location());
    Database& db = m_file->database();
    QStringList problems;

    // Every page as it is on the disk, through its HMAC: SQLCipher 4 checks them itself, for 3.4 the same check is
    // made here from the file's bytes. A page that fails was damaged, or altered by someone without the key.
    if (CipherSettings::majorVersion() >= 4) {
        const Status pages = db.forEachRow(QStringLiteral("PRAGMA cipher_integrity_check"), [&](const Statement& row) {
            problems << Text::tr("%1 fails its page check: %2.").arg(file, row.text(0));
        });
        if (!pages) {
            problems << pages.error().message;
        }
    } else {
        const Result<QList<quint32>> damaged = m_file->damagedPages();
        if (!damaged) {
            return damaged.error();
        }
        for (const quint32 page : damaged.value()) {
            problems << Text::tr("Page %1 of %2 fails its authentication check: the file was damaged there, or changed "
                                 "by someone without the key.")
                            .arg(page)
                            .arg(file);
        }
    }

    if (!problems.isEmpty()) {
        // What lies on a page that cannot be read cannot be checked further; every later check would fail on it.
        problems << Text::tr("Restore %1 from a backup: its damaged pages cannot be read.").arg(file);
        return problems;
    }

    // The database's own structure, then the references between its tables.
    const Status integrity = db.forEachRow(QStringLiteral("PRAGMA integrity_check(20)"), [&](const Statement& row) {
        if (row.text(0) != QLatin1StringView("ok")) {
            problems << Text::tr("%1 fails the database's integrity check: %2.")
                            .arg(file,
                                 row.text(0).simplified().replace(QStringLiteral("*** in database main *** "),
                                                                  QString()));
        }
    });
    if (!integrity) {
        problems << integrity.error().message;
    }
    const Status keys = db.forEachRow(QStringLiteral("PRAGMA foreign_key_check"), [&](const Statement& row) {
        problems << Text::tr("In %1, a row of the table %2 refers to an entry of %3 that does not exist.")
                        .arg(file, row.text(0), row.text(2));
    });
    if (!keys) {
        problems << keys.error().message;
    }

    // The register as this version reads it: every value known, every reference to an entry that exists.
    const Result<RegisterSnapshot> snapshot = load();
    if (!snapshot) {
        problems << snapshot.error().message;
    }

    // The audit chain, then the anchor that ties it to the content and the revision.
    const Result<QList<AuditEntry>> entries = auditLog();
    if (!entries) {
        problems << entries.error().message;
    } else if (const std::optional<qint64> broken = AuditChain::firstBrokenEntry(entries.value())) {
        problems << Text::tr(
                        "The audit log of %1 is broken at entry %2: an entry was changed, removed or put out of order.")
                        .arg(file)
                        .arg(*broken);
    }
    const Result<std::optional<QString>> stored = AuditAnchor::stored(db);
    if (!stored) {
        problems << stored.error().message;
    } else if (stored.value() && snapshot && entries) {
        AuditAnchor::State state;
        state.revision = snapshot->info.revision;
        state.fingerprint = snapshot->info.fingerprint;
        state.entries = entries->size();
        state.lastHash = entries->isEmpty() ? QString() : entries->last().hash;
        state.legacyFingerprint = AuditAnchor::legacyFingerprintOf(snapshot->reg);
        if (!AuditAnchor::holds(m_file->anchorKey(), *stored.value(), state)) {
            const std::optional<AuditAnchor::State> sealed = AuditAnchor::sealedState(*stored.value());
            if (sealed && sealed->entries > state.entries) {
                problems << Text::tr("The audit log of %1 has %2 entries, but it had %3 when the register was last "
                                     "saved: entries were removed from its end.")
                                .arg(file)
                                .arg(state.entries)
                                .arg(sealed->entries);
            } else {
                problems << Text::tr(
                                "The content or the audit log of %1 does not match the anchor written with its last "
                                "change: it was changed outside RoPA Manager, or parts of it come from an older copy.")
                                .arg(file);
            }
        }
    }
    return problems;
}

} // namespace ropa::store::sqlcipher
