#include "document/ChangeActivityCommand.h"

#include "document/RegisterDocument.h"

#include <QCoreApplication>
#include <utility>

namespace ropa::document {

ChangeActivityCommand::ChangeActivityCommand(RegisterDocument& document, qsizetype index, Activity value,
                                             const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
    , m_value(std::move(value))
{ }

void ChangeActivityCommand::undo()
{
    swap(QCoreApplication::translate("ropa::document", "Undo %1").arg(text()));
}

void ChangeActivityCommand::redo()
{
    swap(text());
}

void ChangeActivityCommand::swap(const QString& auditAction)
{
    Activity previous = m_document.reg().activities.at(m_index);
    if (m_document.applyActivity(m_index, m_value, auditAction)) {
        m_value = std::move(previous);
    } else {
        setObsolete(true);
    }
}

} // namespace ropa::document
