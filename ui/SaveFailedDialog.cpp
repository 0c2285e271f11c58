#include "SaveFailedDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>

namespace ropa::ui {

SaveFailedDialog::SaveFailedDialog(QWidget* parent)
    : QDialog(parent)
    , m_messageLabel(new QLabel(this))
    , m_adviceLabel(new QLabel(this))
    , m_unsavedLabel(new QLabel(tr("What you typed, which was &not saved:"), this))
    , m_unsavedEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("saveFailedDialog"));
    setWindowTitle(tr("Change Not Saved"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    QFont bold = m_messageLabel->font();
    bold.setBold(true);
    m_messageLabel->setFont(bold);
    m_adviceLabel->setObjectName(QStringLiteral("adviceLabel"));
    m_adviceLabel->setWordWrap(true);
    m_unsavedEdit->setObjectName(QStringLiteral("unsavedTextEdit"));
    m_unsavedEdit->setReadOnly(true);
    m_unsavedEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_unsavedEdit->setMaximumHeight(m_unsavedEdit->fontMetrics().lineSpacing() * 6);
    m_unsavedLabel->setBuddy(m_unsavedEdit);

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto* buttons = new QDialogButtonBox(this);
    m_saveCopyButton = buttons->addButton(tr("&Save a Copy…"), QDialogButtonBox::AcceptRole);
    m_saveCopyButton->setObjectName(QStringLiteral("saveCopyButton"));
    m_copyTextButton = buttons->addButton(tr("C&opy My Text"), QDialogButtonBox::ActionRole);
    m_copyTextButton->setObjectName(QStringLiteral("copyTextButton"));
    m_copyTextButton->setToolTip(tr("Puts the text you typed on the clipboard, so you can paste it elsewhere"));
    m_keepTheirsButton = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::RejectRole);
    m_keepTheirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keepTheirsButton->setToolTip(tr("Shows the register as the other person left it; your change is not made"));
    m_overwriteButton = buttons->addButton(tr("O&verwrite with Mine"), QDialogButtonBox::AcceptRole);
    m_overwriteButton->setObjectName(QStringLiteral("overwriteButton"));
    m_overwriteButton->setToolTip(
        tr("Saves your change over theirs where you both changed the same field, keeping the rest of theirs"));
    m_keepTheirsButton->hide();
    m_overwriteButton->hide();
    connect(m_keepTheirsButton, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT keepTheirsRequested();
    });
    connect(m_overwriteButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT overwriteRequested();
    });
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_copyTextButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(unsavedText());
        m_copyTextButton->setText(tr("C&opied"));
    });
    connect(m_saveCopyButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT saveCopyRequested();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QGridLayout(this);
    layout->addWidget(icon, 0, 0, 4, 1);
    layout->addWidget(m_messageLabel, 0, 1);
    layout->addWidget(m_adviceLabel, 1, 1);
    layout->addWidget(m_unsavedLabel, 2, 1);
    layout->addWidget(m_unsavedEdit, 3, 1);
    layout->addWidget(buttons, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    setMinimumWidth(520);
}

void SaveFailedDialog::addFailure(const QString& message, const QString& unsavedText, bool fileUnwritable)
{
    m_messageLabel->setText(message);
    m_adviceLabel->setText(fileUnwritable
                               ? tr("The window still shows everything saved before this change. To keep working, "
                                    "choose Save a Copy… to save the register to a new file, then carry on in the "
                                    "copy. If the file was moved by mistake, you can instead put it back and open it "
                                    "again.")
                               : tr("The register is as it was before this change; you can try again."));
    if (!unsavedText.isEmpty()) {
        m_unsavedEdit->appendPlainText(unsavedText);
    }
    const bool any = !m_unsavedEdit->toPlainText().isEmpty();
    m_unsavedLabel->setVisible(any);
    m_unsavedEdit->setVisible(any);
    m_copyTextButton->setVisible(any);
    m_offerCopy = m_offerCopy || fileUnwritable;
    m_saveCopyButton->setVisible(m_offerCopy);
    m_saveCopyButton->setDefault(m_offerCopy);
}

void SaveFailedDialog::offerConflictChoice(bool offer)
{
    m_keepTheirsButton->setVisible(offer);
    m_overwriteButton->setVisible(offer);
    if (offer) {
        m_adviceLabel->setText(tr("Someone else changed the same field while you were editing. Keep Theirs shows the "
                                  "register as they left it; Overwrite with Mine saves your change over theirs and "
                                  "keeps the rest of what they changed."));
    }
}

QString SaveFailedDialog::unsavedText() const
{
    return m_unsavedEdit->toPlainText();
}

} // namespace ropa::ui
