#pragma once

#include "domain/Register.h"

#include <QList>
#include <QUndoCommand>
#include <utility>

namespace ropa::document {

class RegisterDocument;

// Replaces the controller and catalogues, and with them the activities whose references change (a deleted
// recipient leaves the activities that named it); undo puts all of it back.
class ChangeHeaderCommand : public QUndoCommand
{
public:
    ChangeHeaderCommand(RegisterDocument& document, Register header, QList<std::pair<qsizetype, Activity>> activities,
                        const QString& text);

    void undo() override;
    void redo() override;

private:
    void swap(const QString& auditAction);

    RegisterDocument& m_document;
    Register m_header; // the values the next undo or redo puts in place
    QList<std::pair<qsizetype, Activity>> m_activities;
};

} // namespace ropa::document
