#pragma once

#include "core/Result.h"
#include "document/Catalogue.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "store/AuditLog.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <utility>

class QUndoStack;

namespace ropa::store {
class RegisterFile;
struct ActivityChanges;
} // namespace ropa::store

namespace ropa::document {

// An open register being edited: the register in memory, its encrypted file, and the undo stack. Every edit is a
// command on the stack and is saved to the file at once, in one transaction with its audit entry; there is no
// Save to forget. Views listen to the signals, never to the file.
class RegisterDocument : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<RegisterDocument>> open(const QString& path, QByteArrayView passphrase);
    // Creates a new register file holding reg (never over an existing file) and opens it, deriving the key once.
    static Result<std::unique_ptr<RegisterDocument>> create(const QString& path, QByteArrayView passphrase,
                                                            const Register& reg, const QString& auditAction);
    ~RegisterDocument() override;

    const Register& reg() const { return m_register; }
    QUndoStack* undoStack() const { return m_undoStack; }
    const QString& path() const;
    // The register as the file holds it now, read back from the database rather than from memory.
    Result<Register> storedRegister() const;
    // What documents printed now should say about the register: the time, the stored revision and the
    // fingerprint of the content.
    report::DocumentInfo documentInfo() const;
    // The file's audit log, oldest first.
    Result<QList<store::AuditEntry>> auditEntries() const;

    // Edits, each undoable.
    void changeActivity(qsizetype index, const Activity& changed, const QString& actionText);
    void setBasis(qsizetype index, Basis basis, bool on);
    void insertActivity(qsizetype index, const Activity& activity);
    void removeActivity(qsizetype index);
    void moveActivity(qsizetype from, qsizetype to);

    // Catalogue edits, each undoable. Removing an entry also removes every activity's reference to it.
    void setCatalogueValue(Catalogue::Kind kind, qsizetype row, const QString& key, const QString& value);
    // Adds a fresh entry named name, or a copy of the entry at copyOf, at row; returns its id.
    QString insertCatalogueEntry(Catalogue::Kind kind, qsizetype row, const QString& name, qsizetype copyOf = -1);
    void removeCatalogueEntry(Catalogue::Kind kind, qsizetype row);
    // Replaces the controller and catalogues with header's (activities ignored) and the listed activities.
    void changeHeader(const Register& header, const QList<std::pair<qsizetype, Activity>>& activities,
                      const QString& actionText);

    // For the commands: make a change in the file and then in memory; false (and saveFailed) when the file
    // refused it, in which case nothing changed.
    bool applyActivity(qsizetype index, const Activity& value, const QString& actionText);
    bool applyInsert(qsizetype index, const Activity& activity, const QString& actionText);
    bool applyRemove(qsizetype index, const QString& actionText);
    bool applyMove(qsizetype from, qsizetype to, const QString& actionText);
    bool applyHeader(const Register& header, const QList<std::pair<qsizetype, Activity>>& activities,
                     const QString& actionText);

Q_SIGNALS:
    // The "about to" signals come once the file has the change and just before the register in memory does,
    // so item models can bracket it with begin/end calls.
    void activityChanged(qsizetype index);
    void activityAboutToBeInserted(qsizetype index);
    void activityInserted(qsizetype index);
    void activityAboutToBeRemoved(qsizetype index);
    void activityRemoved(qsizetype index);
    void activityAboutToBeMoved(qsizetype from, qsizetype to);
    void activityMoved(qsizetype from, qsizetype to);
    // The controller or a catalogue changed; activityChanged has come first for any activity that changed with it.
    void headerChanged();
    void saveFailed(const QString& message);
    // After every change that reached the file, whatever it was; for views that redraw from the whole register.
    void changed();

private:
    RegisterDocument(std::unique_ptr<store::RegisterFile> file, Register reg);
    QStringList orderWith(const QList<Activity>& activities) const;
    // Writes changes to the file; on failure says why through saveFailed.
    bool save(const store::ActivityChanges& changes, const QString& actionText, const QString& detail);

    std::unique_ptr<store::RegisterFile> m_file;
    Register m_register;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace ropa::document
