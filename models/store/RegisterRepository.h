#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"
#include "store/AuditEntry.h"
#include "store/AuditRecord.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ropa::store {

// Facts about a stored register beside its content.
struct RegisterInfo
{
    qint64 revision = 0; // one more with every change that reaches the store
    QString createdAt; // ISO 8601 UTC
    QString modifiedAt; // ISO 8601 UTC; empty until the first change
    QString fingerprint; // Fingerprint::of the stored content
    bool anchored = false; // whether the store keeps an audit anchor; registers made before anchors get one with
                           // their next change
};

// A register as the store holds it at one revision.
struct RegisterSnapshot
{
    Register reg;
    RegisterInfo info;
};

// Where a register is kept: a place to load it from, apply changes to and read its audit log from. The encrypted
// file is one implementation; nothing here knows how a store keeps its data. Every write is all or nothing and
// lands together with its audit entry; a register that cannot be read faithfully (a value this version does not
// know, say) is an error naming the place, never a register with defaults filled in.
class RegisterRepository
{
public:
    virtual ~RegisterRepository() = default;

    // The register's file or address, as users name it in messages.
    virtual QString location() const = 0;

    virtual Result<RegisterSnapshot> load() const = 0;
    virtual Result<RegisterInfo> info() const = 0;

    // Applies the changes in order, all or nothing, with one audit entry, and returns the new revision. The
    // changes were made on expectedRevision: a store whose register has moved on since refuses them with
    // ErrorCode::Conflict (the file store, which one process writes at a time, whenever the revision differs).
    virtual Result<qint64> apply(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                 const AuditRecord& audit) = 0;
    // Replaces the whole content with reg, as apply() does a change.
    virtual Result<qint64> replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit) = 0;

    // The audit log, oldest first.
    virtual Result<QList<AuditEntry>> auditLog() const = 0;
    // The sequence number of the first audit entry that breaks the hash chain, or nullopt when it holds.
    virtual Result<std::optional<qint64>> verifyAuditLog() const = 0;

    // Writes an encrypted, consistent copy of the register to path (a new file; never over an existing one), which
    // opens with the same passphrase and has the same fingerprint and audit log.
    virtual Status backUp(const QString& path) const = 0;
    // Re-encrypts the register under newPassphrase: into a new file beside it, fsynced, then renamed over it
    // atomically, and reopened; a kill at any moment leaves exactly one of the old or the new passphrase working.
    virtual Status changePassphrase(QByteArrayView newPassphrase) = 0;
    // Reads every page and checks the database, its references and the audit chain and anchor; one sentence per
    // problem, empty when the register is sound.
    virtual Result<QStringList> verify() const = 0;
};

} // namespace ropa::store
