#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class NewPassphraseBox;

// File → Change Passphrase: the current passphrase, then the new one twice with a strength meter. Accepted once
// the register is re-encrypted under the new one. A wrong current passphrase leaves the register closed (as
// locked) until it is typed right, here or on the lock screen.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(session::RegisterDocument& document, QWidget* parent = nullptr);

    void changePassphrase();
    void done(int result) override;

private:
    void updateState();

    session::RegisterDocument& m_document;
    QLineEdit* m_currentEdit = nullptr;
    NewPassphraseBox* m_newBox = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_changeButton = nullptr;
};

} // namespace ropa::ui
