#pragma once

#include "domain/Activity.h"

#include <QUndoCommand>

namespace ropa::document {

class RegisterDocument;

// Replaces an activity's fields with new values; undo puts the old ones back.
class ChangeActivityCommand : public QUndoCommand
{
public:
    ChangeActivityCommand(RegisterDocument& document, qsizetype index, Activity value, const QString& text);

    void undo() override;
    void redo() override;

private:
    void swap(const QString& auditAction);

    RegisterDocument& m_document;
    qsizetype m_index;
    Activity m_value; // the value the next undo or redo puts in place
};

} // namespace ropa::document
