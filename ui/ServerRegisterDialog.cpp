#include "ServerRegisterDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ropa::ui {

using Tls = session::ServerConnection::Tls;

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

ServerRegisterDialog::ServerRegisterDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverRegisterDialog"));
    setWindowTitle(tr("Open a Register on a Server"));

    auto* intro = new QLabel(tr("Paste the address your administrator gave you, or fill in the details. The server "
                                "asks for your password when it needs one; it is never stored."),
                             this);
    intro->setWordWrap(true);

    m_addressEdit = lineEdit(this, "addressEdit", QStringLiteral("postgresql://db.example.org/ropa?register=kjm"));
    m_addressEdit->setMinimumWidth(480);
    m_hostEdit = lineEdit(this, "hostEdit", tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(session::ServerConnection::kDefaultPort);
    m_portSpin->setAccelerated(true);
    // Five digits at most: a field as wide as a server's name would look as if it wanted one.
    m_portSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_databaseEdit = lineEdit(this, "databaseEdit", tr("the database that holds the registers, such as ropa"));
    m_userEdit = lineEdit(this, "userEdit", tr("your name on the server; empty for your account's name"));
    m_registerEdit = lineEdit(this, "registerEdit", tr("such as kjm"));
    m_tlsCombo = new QComboBox(this);
    m_tlsCombo->setObjectName(QStringLiteral("tlsCombo"));
    m_tlsCombo->addItem(tr("Verify the server's certificate (recommended)"), QVariant::fromValue(int(Tls::VerifyFull)));
    m_tlsCombo->addItem(tr("Encrypt, don't verify"), QVariant::fromValue(int(Tls::Require)));
    m_tlsCombo->addItem(tr("Local socket, no TLS"), QVariant::fromValue(int(Tls::LocalSocket)));
    m_tlsCombo->setItemData(0, tr("The connection is encrypted and goes only to the server the certificate names"),
                            Qt::ToolTipRole);
    m_tlsCombo->setItemData(1,
                            tr("The connection is encrypted, but anyone between you and the server could pose "
                               "as it"),
                            Qt::ToolTipRole);
    m_tlsCombo->setItemData(2, tr("A server on this computer, reached through a folder rather than the network"),
                            Qt::ToolTipRole);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_openButton = buttons->button(QDialogButtonBox::Ok);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setText(tr("&Open"));
    m_openButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problem.isEmpty()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // One form, so the address and the fields line up; a rule says the fields below are the address taken apart.
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Address:"), m_addressEdit);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    form->addRow(rule);
    addRow(tr("&Server:"), m_hostEdit);
    addRow(tr("&Port:"), m_portSpin);
    addRow(tr("&Database:"), m_databaseEdit);
    addRow(tr("&User name:"), m_userEdit);
    addRow(tr("&Register:"), m_registerEdit);
    addRow(tr("&Encryption:"), m_tlsCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_addressEdit, m_hostEdit);
    setTabOrder(m_hostEdit, m_portSpin);
    setTabOrder(m_portSpin, m_databaseEdit);
    setTabOrder(m_databaseEdit, m_userEdit);
    setTabOrder(m_userEdit, m_registerEdit);
    setTabOrder(m_registerEdit, m_tlsCombo);
    setTabOrder(m_tlsCombo, buttons);

    connect(m_addressEdit, &QLineEdit::textEdited, this, &ServerRegisterDialog::addressEdited);
    // Once the address is complete it is shown as the fields would write it.
    connect(m_addressEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_problem.isEmpty() && !m_addressEdit->text().isEmpty()) {
            m_addressEdit->setText(m_details.uri());
        }
    });
    connect(m_hostEdit, &QLineEdit::textEdited, this, &ServerRegisterDialog::hostEdited);
    for (QLineEdit* edit : {m_databaseEdit, m_userEdit, m_registerEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ServerRegisterDialog::fieldsEdited);
    }
    connect(m_portSpin, &QSpinBox::valueChanged, this, &ServerRegisterDialog::fieldsEdited);
    connect(m_tlsCombo, &QComboBox::currentIndexChanged, this, &ServerRegisterDialog::fieldsEdited);
    m_problem = m_details.check().error().message;
    m_addressEdit->setFocus();
}

QString ServerRegisterDialog::uri() const
{
    return m_details.uri();
}

void ServerRegisterDialog::setUri(const QString& uri)
{
    m_addressEdit->setText(uri);
    addressEdited();
    if (m_problem.isEmpty()) {
        m_addressEdit->setText(m_details.uri());
    }
}

void ServerRegisterDialog::addressEdited()
{
    const Result<session::ServerConnection> details = session::ServerConnection::fromUri(m_addressEdit->text());
    if (!details) {
        showProblem(details.error().message);
        return;
    }
    m_details = details.value();
    showDetails();
    const Status checked = m_details.check();
    showProblem(checked ? QString() : checked.error().message);
}

void ServerRegisterDialog::hostEdited()
{
    // A folder is a local socket, where TLS means nothing; a server's name needs TLS again. Never the other way
    // round: a name typed over a folder gets the safe choice, not the weakest.
    const QString host = m_hostEdit->text().trimmed();
    const auto tls = Tls(m_tlsCombo->currentData().toInt());
    const QSignalBlocker blocker(m_tlsCombo);
    if (host.startsWith(QLatin1Char('/')) && (tls == Tls::VerifyFull || tls == Tls::Require)) {
        m_tlsCombo->setCurrentIndex(m_tlsCombo->findData(int(Tls::LocalSocket)));
    } else if (!host.isEmpty() && !host.startsWith(QLatin1Char('/')) && tls == Tls::LocalSocket) {
        m_tlsCombo->setCurrentIndex(m_tlsCombo->findData(int(Tls::VerifyFull)));
    }
    fieldsEdited();
}

void ServerRegisterDialog::fieldsEdited()
{
    m_details.host = m_hostEdit->text().trimmed();
    m_details.port = m_portSpin->value();
    m_details.database = m_databaseEdit->text().trimmed();
    m_details.user = m_userEdit->text().trimmed();
    m_details.registerName = m_registerEdit->text().trimmed();
    m_details.tls = Tls(m_tlsCombo->currentData().toInt());
    if (m_details.tls != Tls::AsWritten) {
        m_details.sslMode.clear();
    }
    m_addressEdit->setText(m_details.uri());
    const Status checked = m_details.check();
    showProblem(checked ? QString() : checked.error().message);
}

void ServerRegisterDialog::showDetails()
{
    const QSignalBlocker portBlocker(m_portSpin);
    const QSignalBlocker tlsBlocker(m_tlsCombo);
    m_hostEdit->setText(m_details.host);
    m_portSpin->setValue(m_details.port);
    m_databaseEdit->setText(m_details.database);
    m_userEdit->setText(m_details.user);
    m_registerEdit->setText(m_details.registerName);
    setTlsItems(m_details.tls, m_details.sslMode);
}

void ServerRegisterDialog::setTlsItems(Tls tls, const QString& sslMode)
{
    // Another sslmode an address names (verify-ca, prefer, ...) is kept and shown as it is, an item of its own.
    const int asWritten = m_tlsCombo->findData(int(Tls::AsWritten));
    if (asWritten >= 0) {
        m_tlsCombo->removeItem(asWritten);
    }
    if (tls == Tls::AsWritten) {
        m_tlsCombo->addItem(tr("As the address says (sslmode=%1)").arg(sslMode), QVariant::fromValue(int(tls)));
    }
    m_tlsCombo->setCurrentIndex(m_tlsCombo->findData(int(tls)));
}

void ServerRegisterDialog::showProblem(const QString& problem)
{
    m_problem = problem;
    m_messageLabel->setText(problem);
    m_messageLabel->setVisible(!problem.isEmpty());
    m_openButton->setEnabled(problem.isEmpty());
}

} // namespace ropa::ui
