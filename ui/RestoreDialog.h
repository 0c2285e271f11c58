#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

// Start window → Restore from a Backup: a register (a recent one or one browsed to), its automatic backups newest
// first with their dates, and the passphrase of the chosen backup. After a confirmation the backup replaces the
// register (which is kept among the backups) and the register is opened. Accepted once it is open.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString& registerPath = {}, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    QString registerPath() const;
    void setRegisterPath(const QString& path);
    // The restored register, open, once the dialog has been accepted.
    std::unique_ptr<session::RegisterDocument> takeDocument();

    void restore();
    void done(int result) override;

private:
    void listBackups();
    void browse();
    void updateState();

    QComboBox* m_registerCombo = nullptr;
    QListWidget* m_backupList = nullptr;
    QLabel* m_noBackupsLabel = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_restoreButton = nullptr;
    std::unique_ptr<session::RegisterDocument> m_document;
};

} // namespace ropa::ui
