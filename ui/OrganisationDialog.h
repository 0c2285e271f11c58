#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class ControllerBox;

// File → Organisation Details: the controller's details and the date the register was last reviewed, changed
// together as one undoable edit.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationDialog(session::RegisterDocument& document, QWidget* parent = nullptr);

    // Saves what the dialog shows as one edit, when it differs from the register (the OK button).
    void apply();

private:
    session::RegisterDocument& m_document;
    ControllerBox* m_controllerBox = nullptr;
    QCheckBox* m_reviewedCheckBox = nullptr;
    QDateEdit* m_reviewedEdit = nullptr;
};

} // namespace ropa::ui
