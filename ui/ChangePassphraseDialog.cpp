#include "ChangePassphraseDialog.h"

#include "NewPassphraseBox.h"
#include "SecretText.h"
#include "session/RegisterDocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ropa::ui {

ChangePassphraseDialog::ChangePassphraseDialog(session::RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_currentEdit(new QLineEdit(this))
    , m_newBox(new NewPassphraseBox(tr("New passphrase"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change Passphrase of %1").arg(QFileInfo(document.path()).fileName()));
    auto* intro = new QLabel(tr("The register is encrypted again under the new passphrase; the old one will no "
                                "longer open it. Backups made before keep the passphrase they were made with."),
                             this);
    intro->setWordWrap(true);
    m_currentEdit->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_currentEdit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    auto* currentLabel = new QLabel(tr("&Current passphrase:"), this);
    currentLabel->setBuddy(m_currentEdit);
    form->addRow(currentLabel, m_currentEdit);
    m_newBox->setKnownWords({document.reg().controller.name, document.reg().controller.email});
    m_newBox->reserveRoom();
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_changeButton = buttons->button(QDialogButtonBox::Ok);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_changeButton->setText(tr("C&hange Passphrase"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::changePassphrase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_newBox);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_currentEdit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    connect(m_newBox, &NewPassphraseBox::changed, this, &ChangePassphraseDialog::updateState);
    updateState();
    m_currentEdit->setFocus();
}

void ChangePassphraseDialog::updateState()
{
    m_changeButton->setEnabled(!m_currentEdit->text().isEmpty() && m_newBox->isReady());
}

void ChangePassphraseDialog::changePassphrase()
{
    updateState();
    if (!m_changeButton->isEnabled()) {
        return;
    }
    // Two key derivations (checking the current passphrase, making the new key) take a second or so.
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("Changing the passphrase…"));
    m_messageLabel->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    repaint();
    const SecureBytes current = SecretText::take(m_currentEdit);
    const SecureBytes chosen = m_newBox->takePassphrase();
    const Status changed = m_document.changePassphrase(current.view(), chosen.view());
    QApplication::restoreOverrideCursor();
    if (changed) {
        m_messageLabel->hide();
        accept();
        return;
    }
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->setText(changed.error().code == ErrorCode::WrongPassphrase
                                ? tr("That is not the register's current passphrase, so it was not changed. Type "
                                     "the current passphrase and the new one again.")
                                : tr("The passphrase was not changed: %1").arg(changed.error().message));
    m_currentEdit->setFocus();
    updateState();
}

void ChangePassphraseDialog::done(int result)
{
    SecretText::clear(m_currentEdit);
    m_newBox->clear();
    QDialog::done(result);
}

} // namespace ropa::ui
