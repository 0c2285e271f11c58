#pragma once

#include "domain/RegisterChange.h"
#include "store/AuditRecord.h"

#include <QList>
#include <QUndoCommand>

namespace ropa::session {

class RegisterDocument;

// An undoable edit of the register: the entry-level changes it makes, saved through its document, and the audit
// record they leave. Each redo or undo makes its changes and keeps the changes that put them back, worked out from
// the register as it was, so undo restores exactly what redo replaced. The subclasses only say what the changes
// are; this is the one way a register's content changes after it is opened.
class EditCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    EditCommand(RegisterDocument& document, const QString& text, QList<RegisterChange> changes,
                store::AuditRecord audit);

    RegisterDocument& document() const { return m_document; }

private:
    void swap(bool undoing);

    RegisterDocument& m_document;
    QList<RegisterChange> m_changes; // what the next redo or undo makes
    store::AuditRecord m_audit;
    bool m_saved = false; // whether its first redo reached the store
};

} // namespace ropa::session
