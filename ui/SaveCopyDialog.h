#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class NewPassphraseBox;

// File → Save a Copy: the register as it is now, into a new encrypted file the user names; never over an existing
// file or the register itself. With the register's own passphrase the copy is made from the file and keeps the
// history of changes; with a new passphrase it is a new register made from what is shown, which works even when
// the file itself can no longer be read. Accepted once the copy is written.
class SaveCopyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveCopyDialog(session::RegisterDocument& document, QWidget* parent = nullptr);
    ~SaveCopyDialog() override;

    // The file the copy goes to: the typed name, absolute (relative to the Documents folder), ending in .ropa.
    QString targetPath() const;
    // The copy, open, when it was made with a new passphrase; null when it needs the register's passphrase to open.
    std::unique_ptr<session::RegisterDocument> takeCopy();

    // Writes the copy as filled in; accepts the dialog when it is written, else says why.
    void saveCopy();
    void done(int result) override;

private:
    void browse();
    void updateState();
    void showError(const QString& message);

    session::RegisterDocument& m_document;
    QLineEdit* m_fileEdit = nullptr;
    QRadioButton* m_sameRadio = nullptr;
    QRadioButton* m_newRadio = nullptr;
    NewPassphraseBox* m_passphraseBox = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    std::unique_ptr<session::RegisterDocument> m_copy;
};

} // namespace ropa::ui
