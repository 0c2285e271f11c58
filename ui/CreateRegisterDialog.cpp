#include "CreateRegisterDialog.h"

#include "ControllerBox.h"
#include "FileDialog.h"
#include "core/PassphraseStrength.h"
#include "domain/Register.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ropa::ui {

namespace {

const QString kSuffix = QStringLiteral(".ropa");
const QString kErrorStyle = QStringLiteral("color: #a40000;");

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString withSuffix(const QString& path)
{
    return path.endsWith(kSuffix, Qt::CaseInsensitive) ? path : path + kSuffix;
}

QColor levelColour(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::VeryWeak:
        return QColor(0xc0, 0x1c, 0x28);
    case PassphraseStrength::Level::Weak:
        return QColor(0xe6, 0x61, 0x00);
    case PassphraseStrength::Level::Fair:
        return QColor(0xc6, 0x9b, 0x00);
    case PassphraseStrength::Level::Good:
        return QColor(0x2e, 0xa0, 0x43);
    case PassphraseStrength::Level::Strong:
        return QColor(0x1a, 0x7f, 0x37);
    }
    return {};
}

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel* messageLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->hide();
    return label;
}

// Messages that come and go as the user types keep their room while hidden, so the form does not jump about under
// the cursor, and wrapped ones get two lines up front because a dialog does not grow for word-wrapped labels.
void reserveRoom(QWidget* widget, int lines = 1)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
    if (lines > 1) {
        widget->setMinimumHeight(lines * widget->fontMetrics().lineSpacing());
    }
}

} // namespace

CreateRegisterDialog::CreateRegisterDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Create a Register"));

    auto* intro = new QLabel(tr("A register is one encrypted file. Nobody can open it without its passphrase, and a "
                                "forgotten passphrase cannot be recovered."),
                             this);
    intro->setWordWrap(true);

    // Widgets are made in the order they are shown, which is also the order Tab moves through them.
    m_controllerBox = new ControllerBox(this);

    auto* fileBox = new QGroupBox(tr("File"), this);
    m_fileEdit = lineEdit(fileBox, "fileEdit");
    m_browseButton = new QPushButton(tr("&Browse…"), fileBox);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    m_fileMessageLabel = messageLabel(fileBox, "fileMessageLabel");
    // Messages sit in box layouts under their field: a form layout would give a hidden one no room.
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* fileField = new QVBoxLayout;
    fileField->addLayout(fileRow);
    fileField->addWidget(m_fileMessageLabel);
    auto* fileForm = new QFormLayout(fileBox);
    auto* fileLabel = new QLabel(tr("&Save as:"), fileBox);
    fileLabel->setBuddy(m_fileEdit);
    fileForm->addRow(fileLabel, fileField);

    auto* passphraseBox = new QGroupBox(tr("Passphrase"), this);
    m_passphraseEdit = lineEdit(passphraseBox, "passphraseEdit");
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = lineEdit(passphraseBox, "repeatPassphraseEdit");
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_strengthBar = new QProgressBar(passphraseBox);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(m_strengthBar->fontMetrics().height() / 2 + 4);
    m_strengthLabel = new QLabel(passphraseBox);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setWordWrap(true);
    m_matchLabel = messageLabel(passphraseBox, "matchLabel");
    m_matchLabel->setText(tr("The passphrases do not match."));
    m_weakCheckBox = new QCheckBox(tr("I understand this passphrase is easy to guess; &use it anyway"), passphraseBox);
    m_weakCheckBox->setObjectName(QStringLiteral("useWeakPassphraseCheckBox"));
    m_weakCheckBox->hide();
    auto* repeatField = new QVBoxLayout;
    repeatField->addWidget(m_repeatEdit);
    repeatField->addWidget(m_matchLabel);
    auto* strengthField = new QVBoxLayout;
    strengthField->addWidget(m_strengthBar);
    strengthField->addWidget(m_strengthLabel);
    strengthField->addWidget(m_weakCheckBox);
    auto* passphraseForm = new QFormLayout(passphraseBox);
    passphraseForm->addRow(tr("Pass&phrase:"), m_passphraseEdit);
    auto* repeatLabel = new QLabel(tr("&Repeat:"), passphraseBox);
    repeatLabel->setBuddy(m_repeatEdit);
    passphraseForm->addRow(repeatLabel, repeatField);
    passphraseForm->addRow(tr("Strength:"), strengthField);

    m_messageLabel = messageLabel(this, "messageLabel");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_createButton = buttons->button(QDialogButtonBox::Ok);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateRegisterDialog::createRegister);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_controllerBox);
    layout->addWidget(fileBox);
    layout->addWidget(passphraseBox);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    reserveRoom(m_fileMessageLabel, 2);
    reserveRoom(m_matchLabel);
    reserveRoom(m_strengthLabel, 2);
    reserveRoom(m_weakCheckBox);
    reserveRoom(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_controllerBox->nameEdit(), &QLineEdit::textEdited, this, &CreateRegisterDialog::suggestFileName);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(m_browseButton, &QPushButton::clicked, this, &CreateRegisterDialog::browse);
    QList<QLineEdit*> strengthInputs = m_controllerBox->edits();
    strengthInputs << m_passphraseEdit;
    for (QLineEdit* edit : std::as_const(strengthInputs)) {
        // The controller's details are the first words an attacker tries, so they count against the passphrase.
        connect(edit, &QLineEdit::textChanged, this, &CreateRegisterDialog::updateStrength);
    }
    connect(m_repeatEdit, &QLineEdit::textChanged, this, &CreateRegisterDialog::updateState);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &CreateRegisterDialog::updateState);
    connect(m_weakCheckBox, &QCheckBox::toggled, this, &CreateRegisterDialog::updateState);
    updateStrength();
    m_controllerBox->nameEdit()->setFocus();
}

CreateRegisterDialog::~CreateRegisterDialog() = default;

std::unique_ptr<session::RegisterDocument> CreateRegisterDialog::takeDocument()
{
    return std::move(m_document);
}

QString CreateRegisterDialog::targetPath() const
{
    const QString typed = m_fileEdit->text().trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    // A bare name would otherwise land in whatever folder the program was started from.
    const QString absolute = QDir(documentsFolder()).absoluteFilePath(QDir::fromNativeSeparators(typed));
    return withSuffix(QDir::cleanPath(absolute));
}

Controller CreateRegisterDialog::controller() const
{
    return m_controllerBox->controller();
}

void CreateRegisterDialog::suggestFileName()
{
    if (m_fileChosen) {
        return;
    }
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    const QString name = m_controllerBox->nameEdit()->text().replace(unsafe, QStringLiteral(" ")).simplified();
    m_fileEdit->setText(name.isEmpty() ? QString()
                                       : QDir::toNativeSeparators(QDir(documentsFolder()).filePath(name + kSuffix)));
}

void CreateRegisterDialog::browse()
{
    const QString suggested = targetPath().isEmpty() ? documentsFolder() : targetPath();
    const QString chosen =
        FileDialog::saveFileName(this, tr("Create a Register"), suggested, tr("RoPA registers (*.ropa)"));
    if (chosen.isEmpty()) {
        return;
    }
    m_fileChosen = true;
    m_fileEdit->setText(QDir::toNativeSeparators(withSuffix(chosen)));
}

QStringList CreateRegisterDialog::knownWords() const
{
    const Controller c = controller();
    QStringList words{c.name, c.address, c.email, c.phone, c.dpo, c.representative, c.icoRegistration};
    words.removeAll(QString());
    return words;
}

void CreateRegisterDialog::updateStrength()
{
    const PassphraseStrength strength = PassphraseStrength::assess(m_passphraseEdit->text(), knownWords());
    m_strongEnough = !strength.isEmpty() && strength.level() >= PassphraseStrength::Level::Fair;
    m_strengthBar->setValue(qBound(0, qRound(strength.entropyBits()), 100));
    QPalette palette = m_strengthBar->palette();
    palette.setColor(QPalette::Highlight, levelColour(strength.level()));
    m_strengthBar->setPalette(palette);
    m_strengthLabel->setText(strength.isEmpty() ? strength.advice()
                                                : tr("%1. %2").arg(strength.levelName(), strength.advice()));

    // A weak passphrase is allowed (a register for a trial, say) but only as a choice made in so many words.
    const bool weak = !strength.isEmpty() && !m_strongEnough;
    if (!weak) {
        m_weakCheckBox->setChecked(false);
    }
    m_weakCheckBox->setVisible(weak);
    updateState();
}

void CreateRegisterDialog::updateState()
{
    const QString path = targetPath();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    m_fileMessageLabel->setText(
        tr("%1 already exists and will not be overwritten; choose another file name.").arg(QFileInfo(path).fileName()));
    m_fileMessageLabel->setVisible(exists);

    const QString passphrase = m_passphraseEdit->text();
    const bool mismatch = !m_repeatEdit->text().isEmpty() && m_repeatEdit->text() != passphrase;
    m_matchLabel->setVisible(mismatch);

    const bool ready = !path.isEmpty() && !exists && !m_controllerBox->nameEdit()->text().trimmed().isEmpty() &&
        !passphrase.isEmpty() && passphrase == m_repeatEdit->text() && (m_strongEnough || m_weakCheckBox->isChecked());
    m_createButton->setEnabled(ready);
}

void CreateRegisterDialog::createRegister()
{
    updateState();
    if (!m_createButton->isEnabled()) {
        return;
    }
    const QString path = targetPath();
    // Key derivation runs twice (create, then open) and takes a noticeable moment; the dialog says so meanwhile.
    m_createButton->setEnabled(false);
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("Creating %1…").arg(QFileInfo(path).fileName()));
    m_messageLabel->show();
    repaint();

    Register reg;
    reg.controller = controller();
    QByteArray passphrase = m_passphraseEdit->text().toUtf8();
    const auto failed = [this, &passphrase](const Error& error) {
        passphrase.fill('\0');
        m_messageLabel->setStyleSheet(kErrorStyle);
        m_messageLabel->setText(error.message);
        updateState();
    };
    // The store refuses an existing file too, so a file that appeared since the check above is still safe.
    auto created = session::RegisterDocument::create(path, passphrase, reg);
    if (!created) {
        failed(created.error());
        return;
    }
    passphrase.fill('\0');
    m_document = std::move(created.value());
    m_messageLabel->hide();
    accept();
}

void CreateRegisterDialog::done(int result)
{
    m_passphraseEdit->clear();
    m_repeatEdit->clear();
    QDialog::done(result);
}

} // namespace ropa::ui
