#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

// Asks for a register's passphrase and opens it. A wrong passphrase is said in the dialog, which stays open with
// the field cleared for another try; other failures (not a register, open elsewhere) are said the same way.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(const QString& path, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // The opened register once the dialog has been accepted.
    std::unique_ptr<session::RegisterDocument> takeDocument();

    // Tries the passphrase in the field; accepts the dialog when it opens the register.
    void tryUnlock();
    // What the button that gives up says ("Cancel" unless set).
    void setCancelText(const QString& text);
    void focusPassphrase();
    // A line under the passphrase box; for the demo register, its passphrase, which is no secret.
    void setHint(const QString& text);
    // Whatever the outcome, the passphrase leaves the field.
    void done(int result) override;

private:
    QString m_path;
    QLineEdit* m_passphraseEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_hintLabel = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    std::unique_ptr<session::RegisterDocument> m_document;
};

} // namespace ropa::ui
