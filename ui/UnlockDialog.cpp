#include "UnlockDialog.h"

#include "SecretText.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"
#include "session/ServerConnection.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ropa::ui {

UnlockDialog::UnlockDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_passphraseEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
{
    // A register on a server opens with the user's server password, not a passphrase of the register's own.
    const session::RegisterLocation location(path);
    const bool server = location.isServer();
    setWindowTitle(server ? tr("Sign In to %1").arg(session::ServerConnection::shortName(path))
                          : tr("Unlock %1").arg(QFileInfo(path).fileName()));
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    setFocusProxy(m_passphraseEdit); // the dialog given the focus (a lock screen, say) hands it to the box
    m_passphraseEdit->setMinimumWidth(320);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_unlockButton = buttons->button(QDialogButtonBox::Ok);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setText(server ? tr("&Sign In") : tr("&Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(location.displayName(), this);
    fileLabel->setObjectName(QStringLiteral("registerLabel"));
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLabel->setWordWrap(server);
    form->addRow(tr("Register:"), fileLabel);
    auto* passphraseLabel = new QLabel(server ? tr("Server &password:") : tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphraseEdit);
    form->addRow(passphraseLabel, m_passphraseEdit);
    auto* layout = new QVBoxLayout(this);
    if (server) {
        auto* why = new QLabel(tr("The server asks for your password. It is used for this connection only and is "
                                  "never stored."),
                               this);
        why->setObjectName(QStringLiteral("serverPasswordLabel"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addLayout(form);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hintLabel->hide();
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    m_passphraseEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<session::RegisterDocument> UnlockDialog::takeDocument()
{
    return std::move(m_document);
}

void UnlockDialog::focusPassphrase()
{
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
}

void UnlockDialog::setHint(const QString& text)
{
    m_hintLabel->setText(text);
    m_hintLabel->setVisible(!text.isEmpty());
}

void UnlockDialog::done(int result)
{
    SecretText::clear(m_passphraseEdit);
    QDialog::done(result);
}

void UnlockDialog::setCancelText(const QString& text)
{
    m_cancelButton->setText(text);
}

void UnlockDialog::tryUnlock()
{
    // Key derivation, or reaching a server, takes a noticeable moment; the button says so meanwhile.
    m_unlockButton->setEnabled(false);
    m_messageLabel->setText(session::RegisterLocation(m_path).isServer() ? tr("Connecting…") : tr("Unlocking…"));
    m_messageLabel->show();
    repaint();
    // Straight from the field into guarded memory, the field emptied at once whatever the outcome.
    auto opened = session::RegisterDocument::open(m_path, SecretText::take(m_passphraseEdit).view());
    m_unlockButton->setEnabled(true);
    if (opened) {
        m_document = std::move(opened.value());
        m_messageLabel->hide();
        accept();
        return;
    }
    m_messageLabel->setText(opened.error().message);
    m_passphraseEdit->setFocus();
}

} // namespace ropa::ui
