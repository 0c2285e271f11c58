#include "document/ChangeHeaderCommand.h"

#include "document/Catalogue.h"
#include "document/RegisterDocument.h"

#include <QCoreApplication>

namespace ropa::document {

ChangeHeaderCommand::ChangeHeaderCommand(RegisterDocument& document, Register header,
                                         QList<std::pair<qsizetype, Activity>> activities, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_header(std::move(header))
    , m_activities(std::move(activities))
{ }

void ChangeHeaderCommand::undo()
{
    swap(QCoreApplication::translate("ropa::document", "Undo %1").arg(text()));
}

void ChangeHeaderCommand::redo()
{
    swap(text());
}

void ChangeHeaderCommand::swap(const QString& auditAction)
{
    Register previousHeader = Catalogue::headerOf(m_document.reg());
    QList<std::pair<qsizetype, Activity>> previousActivities;
    for (const auto& [index, activity] : m_activities) {
        previousActivities.append({index, m_document.reg().activities.at(index)});
    }
    if (m_document.applyHeader(m_header, m_activities, auditAction)) {
        m_header = std::move(previousHeader);
        m_activities = std::move(previousActivities);
    } else {
        setObsolete(true);
    }
}

} // namespace ropa::document
