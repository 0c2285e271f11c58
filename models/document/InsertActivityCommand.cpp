#include "document/InsertActivityCommand.h"

#include "document/RegisterDocument.h"

#include <QCoreApplication>
#include <utility>

namespace ropa::document {

InsertActivityCommand::InsertActivityCommand(RegisterDocument& document, Mode mode, qsizetype index, Activity activity,
                                             const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_mode(mode)
    , m_index(index)
    , m_activity(std::move(activity))
{ }

void InsertActivityCommand::redo()
{
    if (!(m_mode == Mode::Insert ? insert() : remove())) {
        setObsolete(true);
    }
}

void InsertActivityCommand::undo()
{
    m_undoing = true;
    const bool done = m_mode == Mode::Insert ? remove() : insert();
    m_undoing = false;
    if (!done) {
        setObsolete(true);
    }
}

QString InsertActivityCommand::auditAction() const
{
    return m_undoing ? QCoreApplication::translate("ropa::document", "Undo %1").arg(text()) : text();
}

bool InsertActivityCommand::insert()
{
    return m_document.applyInsert(m_index, m_activity, auditAction());
}

bool InsertActivityCommand::remove()
{
    return m_document.applyRemove(m_index, auditAction());
}

} // namespace ropa::document
