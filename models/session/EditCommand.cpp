#include "session/EditCommand.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"

namespace ropa::session {

EditCommand::EditCommand(RegisterDocument& document, const QString& text, QList<RegisterChange> changes,
                         store::AuditRecord audit)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes))
    , m_audit(std::move(audit))
{ }

void EditCommand::redo()
{
    swap(false);
}

void EditCommand::undo()
{
    swap(true);
}

void EditCommand::swap(bool undoing)
{
    Result<QList<RegisterChange>> inverse =
        m_document.apply(m_changes, undoing ? AuditAction::undoing(m_audit) : m_audit);
    if (inverse) {
        m_changes = std::move(inverse.value());
        m_saved = true;
        return;
    }
    // The stack drops an obsolete command. A new edit that failed leaves nothing behind; a failed undo or redo
    // leaves the commands around it describing changes from a state the register is no longer in.
    setObsolete(true);
    // A new edit that clashed with someone else's waits for the user to keep theirs or overwrite with it.
    if (!m_saved && !undoing && inverse.error().code == ErrorCode::Conflict) {
        m_document.keepConflicted(m_changes, m_audit, text());
    }
    m_document.saveRefused(inverse.error(), m_saved);
}

} // namespace ropa::session
