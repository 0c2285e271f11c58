#include "store/sqlcipher/SqlCipherRepository.h"

#include "core/Platform.h"
#include "domain/Fingerprint.h"
#include "store/AuditChain.h"
#include "store/sqlcipher/AuditLogTable.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/MetaKeys.h"
#include "store/sqlcipher/RegisterFile.h"
#include "store/sqlcipher/RegisterReader.h"
#include "store/sqlcipher/RegisterWriter.h"
#include "store/sqlcipher/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>

namespace ropa::store::sqlcipher {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::store::sqlcipher", text);
}

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
                     tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path))};
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
                         tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path))};
        }
        return Error{ErrorCode::Io,
                     tr("Cannot create %1: %2.").arg(QDir::toNativeSeparators(path), Platform::errorText(err))};
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
        QStringLiteral("SELECT key, value FROM meta WHERE key IN ('%1', '%2', '%3')")
            .arg(QLatin1StringView(MetaKeys::kRevision), QLatin1StringView(MetaKeys::kCreatedAt),
                 QLatin1StringView(MetaKeys::kModifiedAt)),
        [&info](const Statement& row) {
            const QString key = row.text(0);
            if (key == QLatin1StringView(MetaKeys::kRevision)) {
                info.revision = row.text(1).toLongLong();
            } else if (key == QLatin1StringView(MetaKeys::kCreatedAt)) {
                info.createdAt = row.text(1);
            } else {
                info.modifiedAt = row.text(1);
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

template <typename Write>
Result<qint64> SqlCipherRepository::write(qint64 expectedRevision, const AuditRecord& audit, Write write)
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
                     tr("%1 has changed since this change was made (it is at version %2, the change was made on "
                        "version %3); open it again to see the changes.")
                         .arg(QDir::toNativeSeparators(location()))
                         .arg(info->revision)
                         .arg(expectedRevision)};
    }
    RegisterWriter writer(db);
    if (Status status = write(writer); !status) {
        if (status.error().code == ErrorCode::Database) {
            return Error{
                ErrorCode::Database,
                tr("%1 refused the change: %2.").arg(QDir::toNativeSeparators(location()), status.error().message)};
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
        status = AuditLogTable(db).append(audit);
    }
    if (status) {
        status = transaction->commit();
    }
    if (!status) {
        return status.error();
    }
    return revision;
}

Result<qint64> SqlCipherRepository::apply(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                          const AuditRecord& audit)
{
    return write(expectedRevision, audit, [&changes](RegisterWriter& writer) -> Status {
        for (const RegisterChange& change : changes) {
            if (Status status = writer.apply(change); !status) {
                return status;
            }
        }
        return {};
    });
}

Result<qint64> SqlCipherRepository::replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit)
{
    return write(expectedRevision, audit, [&reg](RegisterWriter& writer) { return writer.writeAll(reg); });
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

} // namespace ropa::store::sqlcipher
