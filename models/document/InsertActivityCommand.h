#pragma once

#include "domain/Activity.h"

#include <QUndoCommand>

namespace ropa::document {

class RegisterDocument;

// Adds an activity at a position or, built with Mode::Remove, takes one away; undo does the opposite.
class InsertActivityCommand : public QUndoCommand
{
public:
    enum class Mode { Insert, Remove };

    InsertActivityCommand(RegisterDocument& document, Mode mode, qsizetype index, Activity activity,
                          const QString& text);

    void undo() override;
    void redo() override;

private:
    bool insert();
    bool remove();
    QString auditAction() const;

    RegisterDocument& m_document;
    Mode m_mode;
    qsizetype m_index;
    Activity m_activity;
    bool m_undoing = false;
};

} // namespace ropa::document
