#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"
#include "store/AuditEntry.h"
#include "store/AuditRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
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

// One register review: the change that set the register's review date to a later day, with the register as it
// stood once reviewed.
struct ReviewRecord
{
    qint64 revision = 0; // the revision the review change made
    QDate date; // the review date it set
    QString reviewer;
    QString createdAt; // ISO 8601 UTC, when the store wrote it
};

// How the register kept with a review becomes bytes and back. The store keeps the interchange format's bytes
// (.ropa.json), which it does not know itself: the layer that may use the formats hands this in.
struct SnapshotCodec
{
    std::function<QByteArray(const Register&)> encode;
    std::function<Result<Register>(const QByteArray&, const QString&)> decode; // bytes, a label for messages
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
    // The same, where the user chose to overwrite what someone else changed since expectedRevision: where both
    // changed the same field, theirs gives way to these changes, and the rest of theirs stays. A store that only
    // one program writes at a time makes the changes on the revision it has.
    virtual Result<qint64> applyOverwriting(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                            const AuditRecord& audit)
    {
        Q_UNUSED(expectedRevision);
        const Result<RegisterInfo> current = info();
        if (!current) {
            return current.error();
        }
        return apply(changes, current->revision, audit);
    }
    // A change that sets the register's review date to a later day (or the first) is a review: apply() keeps the
    // register as it stands after the change, encoded by the codec, in the same transaction, and refuses the
    // change when no codec was given. Undoing a review (an earlier date) keeps no snapshot; the one kept stays.
    virtual void setSnapshotCodec(SnapshotCodec codec) = 0;
    // Replaces the whole content with reg, as apply() does a change.
    virtual Result<qint64> replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit) = 0;

    // The reviews, oldest first.
    virtual Result<QList<ReviewRecord>> reviews() const = 0;
    // The register as it stood at the review that made revision; ErrorCode::Usage when no review made it.
    virtual Result<Register> snapshotAt(qint64 revision) const = 0;

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

    // Others' changes, where several people share the register (team mode). A socket that becomes readable when
    // another client may have changed the register, or -1 for a store no one else writes while it is open.
    virtual qintptr changeSocket() const { return -1; }
    // The newest revision that others' changes announced since the last call, reading what has arrived on
    // changeSocket() without waiting; 0 where none did.
    virtual Result<qint64> announcedRevision() { return qint64{0}; }
};

} // namespace ropa::store
