#include "document/MoveActivityCommand.h"

#include "document/RegisterDocument.h"

#include <QCoreApplication>

namespace ropa::document {

MoveActivityCommand::MoveActivityCommand(RegisterDocument& document, qsizetype from, qsizetype to, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{ }

void MoveActivityCommand::redo()
{
    if (!m_document.applyMove(m_from, m_to, text())) {
        setObsolete(true);
    }
}

void MoveActivityCommand::undo()
{
    if (!m_document.applyMove(m_to, m_from, QCoreApplication::translate("ropa::document", "Undo %1").arg(text()))) {
        setObsolete(true);
    }
}

} // namespace ropa::document
