#pragma once

#include "store/RegisterRepository.h"

#include <QByteArrayView>
#include <memory>

namespace ropa::store::sqlcipher {

class RegisterFile;

// A register kept in one encrypted .ropa file (SQLCipher). The file is locked while this is open, so one process
// writes it at a time; every change is one transaction that also counts the revision up and appends the audit entry.
class SqlCipherRepository final : public RegisterRepository
{
public:
    static Result<std::unique_ptr<SqlCipherRepository>> open(const QString& path, QByteArrayView passphrase);
    // Creates a new file holding reg, its first audit entry saying audit; never over an existing file.
    static Result<std::unique_ptr<SqlCipherRepository>> create(const QString& path, QByteArrayView passphrase,
                                                               const Register& reg, const AuditRecord& audit);
    // The SQLCipher library's version, e.g. "3.4.1" or "4.6.1 community".
    static QString cipherVersion();

    ~SqlCipherRepository() override;

    QString location() const override;
    Result<RegisterSnapshot> load() const override;
    Result<RegisterInfo> info() const override;
    Result<qint64> apply(const QList<RegisterChange>& changes, qint64 expectedRevision,
                         const AuditRecord& audit) override;
    void setSnapshotCodec(SnapshotCodec codec) override;
    Result<qint64> replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit) override;
    Result<QList<ReviewRecord>> reviews() const override;
    Result<Register> snapshotAt(qint64 revision) const override;
    Result<QList<AuditEntry>> auditLog() const override;
    Result<std::optional<qint64>> verifyAuditLog() const override;
    Status backUp(const QString& path) const override;
    Status changePassphrase(QByteArrayView newPassphrase) override;
    Result<QStringList> verify() const override;

private:
    explicit SqlCipherRepository(std::unique_ptr<RegisterFile> file);

    // The revision, creation and modification times, without the fingerprint.
    Result<RegisterInfo> readInfo() const;
    // Runs write in one transaction, after checking the revision, with the revision count and the audit entry.
    // afterWrite runs inside the transaction once the revision is counted up, with the new revision.
    template <typename Write, typename AfterWrite>
    Result<qint64> write(qint64 expectedRevision, const AuditRecord& audit, Write write, AfterWrite afterWrite);
    // Keeps the register as it now stands in the database as the review that made revision.
    Status keepReviewSnapshot(qint64 revision);

    std::unique_ptr<RegisterFile> m_file;
    SnapshotCodec m_codec;
};

} // namespace ropa::store::sqlcipher
