#pragma once

#include "domain/PecrUse.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class ControllerBox;

// File → Organisation Details: the controller's details, when and by whom the register was last reviewed and what
// the organisation does that PECR governs, changed together as one undoable edit.
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
    QLineEdit* m_reviewedByEdit = nullptr;
    QHash<PecrUse, QCheckBox*> m_pecrBoxes;
};

} // namespace ropa::ui
