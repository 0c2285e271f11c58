#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ropa::ui {

// Says that a change was not saved, in words, shows what the user had typed so that it is not lost (with a button
// that copies it), and, when the file cannot be written at all, offers to save the register to a new file. Shown
// without blocking; a second failure while it is open adds to it rather than stacking another box.
class SaveFailedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveFailedDialog(QWidget* parent = nullptr);

    // message: what happened; unsavedText: what was typed and not saved ("Purpose: ..."), added to what is shown;
    // fileUnwritable: whether to offer a copy.
    void addFailure(const QString& message, const QString& unsavedText, bool fileUnwritable);
    QString unsavedText() const;
    // Offers the two ways out of a change that clashed with someone else's on a shared register: keep theirs, or
    // overwrite theirs with this one.
    void offerConflictChoice(bool offer);

Q_SIGNALS:
    void saveCopyRequested();
    void keepTheirsRequested();
    void overwriteRequested();

private:
    QLabel* m_messageLabel = nullptr;
    QLabel* m_adviceLabel = nullptr;
    QLabel* m_unsavedLabel = nullptr;
    QPlainTextEdit* m_unsavedEdit = nullptr;
    QPushButton* m_copyTextButton = nullptr;
    QPushButton* m_saveCopyButton = nullptr;
    QPushButton* m_keepTheirsButton = nullptr;
    QPushButton* m_overwriteButton = nullptr;
    bool m_offerCopy = false;
};

} // namespace ropa::ui
