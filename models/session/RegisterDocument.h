#pragma once

#include "checks/ReviewDue.h"
#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/Register.h"
#include "domain/RegisterChange.h"
#include "report/DocumentInfo.h"
#include "session/RegisterBackups.h"
#include "store/AuditEntry.h"
#include "store/AuditRecord.h"
#include "store/RegisterRepository.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSocketNotifier;
class QUndoStack;

namespace ropa::store {
class RegisterRepository;
struct RegisterSnapshot;
} // namespace ropa::store

namespace ropa::session {

class EditCommand;

// An open register being edited: the register in memory, the store it is kept in, and the undo stack. Every edit is
// a command on the stack; the command saves its changes to the store at once, in one transaction with the audit
// entry, and only then makes them in memory, so there is no Save to forget and memory never runs ahead of the
// store. Views listen to the signals, never to the store.
class RegisterDocument : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<RegisterDocument>> open(const QString& location, QByteArrayView passphrase);
    // Creates a new register holding reg (never over an existing one) and opens it, deriving the key once.
    static Result<std::unique_ptr<RegisterDocument>> create(const QString& location, QByteArrayView passphrase,
                                                            const Register& reg);
    // Edits the register a repository holds, as snapshot read it; changes are recorded as made by actor.
    RegisterDocument(std::unique_ptr<store::RegisterRepository> repository, store::RegisterSnapshot snapshot,
                     QString actor);
    ~RegisterDocument() override;

    const Register& reg() const { return m_register; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The register's location; kept while the store is detached.
    QString path() const { return m_location; }
    // The store's revision as this document last wrote or read it.
    qint64 revision() const { return m_revision; }
    const QString& actor() const { return m_actor; }
    // The register as the store holds it now, read back rather than taken from memory.
    Result<Register> storedRegister() const;
    // What documents printed now should say about the register: the time, the revision and the fingerprint.
    report::DocumentInfo documentInfo() const;
    // The store's audit log, oldest first.
    Result<QList<store::AuditEntry>> auditEntries() const;

    // An encrypted copy of the register at path, a new file, with the same passphrase, fingerprint and audit log;
    // never the register itself or a file of its own.
    Status backUp(const QString& path) const;
    // Re-encrypts the register under newPassphrase once current is shown to open it: the store is let go and the
    // file opened afresh with current (the only check a passphrase has). After a wrong current passphrase the store
    // stays detached, as after a lock, and the error says so (ErrorCode::WrongPassphrase).
    Status changePassphrase(QByteArrayView current, QByteArrayView newPassphrase);
    // A backup in the register's backup folder, keeping at most keep of them (RegisterBackups::rotate).
    Result<BackupFile> rotateBackups(int keep) const;

    // What the last refused edit would have written, in words ("Purpose: ..." one field a line), so the user can
    // take the text they typed elsewhere; empty when nothing was refused or the edit had no text of its own.
    const QString& unsavedText() const { return m_unsavedText; }
    // Whether the last refusal was because the register file can no longer be written at all (moved, deleted or
    // made read-only), as opposed to one change the store would not take.
    bool storeUnwritable() const { return m_storeUnwritable; }

    // After a change refused because someone else changed the same field meanwhile (team mode): whether one is
    // waiting for the user's choice, and the two choices. keepTheirs() drops the refused change and reads the
    // register as it now is; overwriteWithMine() makes it again, its fields winning where both changed the same and
    // the rest of theirs kept, then reads the register again (which, as for any change of others, clears the undo
    // history).
    bool hasConflict() const { return !m_conflicted.changes.isEmpty(); }
    void keepTheirs();
    void overwriteWithMine();

    // Lets go of the store, closing the file and wiping its key, while the register in memory and the undo history
    // stay; until reattach() every edit, undo and redo is refused without touching the history. For a lock.
    void detachStore();
    bool isStoreAttached() const { return m_repository != nullptr; }
    // Takes the store of reopened, a fresh opening of the same register, if it holds exactly what this document
    // last saw (same revision, same content); then the history goes on. Otherwise, when the register was changed
    // elsewhere meanwhile, says so and leaves both as they were: the caller goes on with reopened instead.
    Status reattach(RegisterDocument& reopened);

    // Edits, each an undoable command.
    void changeActivity(qsizetype index, const Activity& changed, const QString& actionText);
    void setBasis(qsizetype index, Basis basis, bool on);
    void insertActivity(qsizetype index, const Activity& activity);
    void removeActivity(qsizetype index);
    void moveActivity(qsizetype from, qsizetype to);
    void setCatalogueValue(Catalogue::Kind kind, qsizetype row, const QString& key, const QString& value);
    // Adds a fresh entry named name, or a copy of the entry at copyOf, at row; returns its id.
    QString insertCatalogueEntry(Catalogue::Kind kind, qsizetype row, const QString& name, qsizetype copyOf = -1);
    // Removing an entry also removes every activity's reference to it.
    void removeCatalogueEntry(Catalogue::Kind kind, qsizetype row);
    void changeOrganisation(const RegisterChange::UpdateOrganisation& organisation);
    // Makes changes worked out for a finding of rule ruleId (checks::Checker::mechanicalFix) as one undoable edit
    // called actionText, recorded in the audit log as the fix of that rule for the item named itemName. Nothing
    // happens when changes is empty.
    void applyFix(const QList<RegisterChange>& changes, const QString& actionText, const QString& ruleId,
                  const QString& itemName);
    // Records a review of the whole register, one undoable edit; the store keeps the register as reviewed.
    void markRegisterReviewed(QDate date, const QString& reviewer);

    // The register's reviews, oldest first, and the register as it stood at one of them (by its revision).
    Result<QList<store::ReviewRecord>> reviews() const;
    Result<Register> snapshotAt(qint64 revision) const;
    // The register and the activities due for review on today (checks::ReviewDue).
    QList<checks::ReviewDue::Item> reviewDue(QDate today) const;

Q_SIGNALS:
    // The "about to" signals come once the store has the change and just before the register in memory does,
    // so item models can bracket it with begin/end calls.
    void activityChanged(qsizetype index);
    void activityAboutToBeInserted(qsizetype index);
    void activityInserted(qsizetype index);
    void activityAboutToBeRemoved(qsizetype index);
    void activityRemoved(qsizetype index);
    void activityAboutToBeMoved(qsizetype from, qsizetype to);
    void activityMoved(qsizetype from, qsizetype to);
    // The organisation or a catalogue changed; activityChanged has come first for any activity that changed with it.
    void headerChanged();
    // A change the store refused: nothing changed, and the sentence says why.
    void saveFailed(const QString& message);
    // After every change that reached the store, whatever it was; for views that redraw from the whole register.
    void changed();
    // Someone else changed a register several people share (team mode): the register is read again from the store,
    // between these two signals, and the undo history, worked out on what was there before, is cleared. Item
    // models reset; headerChanged and changed follow.
    void aboutToBeReloaded();
    void reloaded();

private:
    friend class EditCommand;

    // Saves changes with their audit entry, then makes them in memory, telling the views. Returns the changes
    // that undo them, or the store's refusal, in which case nothing changed.
    Result<QList<RegisterChange>> apply(const QList<RegisterChange>& changes, store::AuditRecord audit);
    // Says why a command's changes were refused. When an undo or redo was refused, what the stack remembers no
    // longer follows from the register, so the history is dropped once the stack is done with the command.
    void saveRefused(const Error& error, bool historyLost);
    // Keeps a new edit the store refused as a conflict, for overwriteWithMine().
    void keepConflicted(const QList<RegisterChange>& changes, const store::AuditRecord& audit, const QString& text);
    void applyInMemory(const RegisterChange& change, bool& headerTouched);

    // The refusal of an edit made while the store is detached.
    Error detachedError() const;
    // Watches the store's socket for others' changes, where it has one (a server register).
    void watchForOthersChanges();
    // Reads what the store announced and reloads when someone else's change is newer than this document.
    void checkOthersChanges();
    // Reads the register again where the store has a newer revision, or the same one when evenAtThisRevision (after
    // a change of this document's that the store merged with others'); views are told only where it differs.
    void reloadFromStore(bool evenAtThisRevision);

    std::unique_ptr<store::RegisterRepository> m_repository;
    QString m_location;
    QString m_unsavedText;
    bool m_storeUnwritable = false;
    Register m_register;
    qint64 m_revision = 0;
    QString m_actor;
    QUndoStack* m_undoStack = nullptr;
    QSocketNotifier* m_changeNotifier = nullptr;
    struct Conflicted
    {
        QList<RegisterChange> changes;
        store::AuditRecord audit;
        QString text;
        qint64 revision = 0; // that the changes were made on
    };
    Conflicted m_conflicted;
    std::optional<qint64> m_overwritingFrom; // while overwriteWithMine() makes its edit: the revision it was made on
};

} // namespace ropa::session
