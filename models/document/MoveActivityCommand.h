#pragma once

#include <QUndoCommand>

namespace ropa::document {

class RegisterDocument;

// Moves an activity to another place in the display order.
class MoveActivityCommand : public QUndoCommand
{
public:
    MoveActivityCommand(RegisterDocument& document, qsizetype from, qsizetype to, const QString& text);

    void undo() override;
    void redo() override;

private:
    RegisterDocument& m_document;
    qsizetype m_from;
    qsizetype m_to;
};

} // namespace ropa::document
