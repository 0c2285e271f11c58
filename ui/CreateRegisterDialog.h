#pragma once

#include "domain/Controller.h"
#include "domain/Register.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class ControllerBox;
class NewPassphraseBox;

// Creates a new, empty register for a controller: where to keep it, its passphrase (typed twice, with a strength
// meter) and the controller's details. It never overwrites a file. Accepted once the register is created and
// open.
class CreateRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateRegisterDialog(QWidget* parent = nullptr);
    ~CreateRegisterDialog() override;

    // The created and opened register once the dialog has been accepted.
    std::unique_ptr<session::RegisterDocument> takeDocument();

    // The file the register goes to: the typed name, made absolute (relative to the Documents folder) and ending
    // in .ropa; empty while no name is typed.
    QString targetPath() const;
    Controller controller() const;
    // Starts the register with content (a .ropa.json being imported) instead of empty; its organisation's details
    // fill the form, and the title says what is imported.
    void setContent(const Register& content, const QString& sourceName);

    // Creates the register as filled in; accepts the dialog when it is created and open, else says why.
    void createRegister();

    // Whatever the outcome, the passphrase leaves the fields.
    void done(int result) override;

private:
    void browse();
    void suggestFileName();
    void updateState();
    QStringList knownWords() const;

    ControllerBox* m_controllerBox = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLabel* m_fileMessageLabel = nullptr;
    NewPassphraseBox* m_passphraseBox = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_createButton = nullptr;
    bool m_fileChosen = false; // the user typed or browsed a file name, so it no longer follows the name
    std::unique_ptr<session::RegisterDocument> m_document;
    std::optional<Register> m_content;
};

} // namespace ropa::ui
