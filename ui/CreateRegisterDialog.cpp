#include "CreateRegisterDialog.h"

#include "ControllerBox.h"
#include "FileDialog.h"
#include "HiddenRoom.h"
#include "NewPassphraseBox.h"
#include "domain/Register.h"
#include "session/RegisterDocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

    m_passphraseBox = new NewPassphraseBox(tr("Passphrase"), this);

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
    layout->addWidget(m_passphraseBox);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    HiddenRoom::keep(m_fileMessageLabel, 2);
    m_passphraseBox->reserveRoom();
    HiddenRoom::keep(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_controllerBox->nameEdit(), &QLineEdit::textEdited, this, &CreateRegisterDialog::suggestFileName);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(m_browseButton, &QPushButton::clicked, this, &CreateRegisterDialog::browse);
    for (QLineEdit* edit : m_controllerBox->edits()) {
        // The controller's details are the first words an attacker tries, so they count against the passphrase.
        connect(edit, &QLineEdit::textChanged, this, [this] { m_passphraseBox->setKnownWords(knownWords()); });
    }
    connect(m_passphraseBox, &NewPassphraseBox::changed, this, &CreateRegisterDialog::updateState);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &CreateRegisterDialog::updateState);
    updateState();
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

void CreateRegisterDialog::updateState()
{
    const QString path = targetPath();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    m_fileMessageLabel->setText(
        tr("%1 already exists and will not be overwritten; choose another file name.").arg(QFileInfo(path).fileName()));
    m_fileMessageLabel->setVisible(exists);

    const bool ready = !path.isEmpty() && !exists && !m_controllerBox->nameEdit()->text().trimmed().isEmpty() &&
        m_passphraseBox->isReady();
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

    Register reg = m_content.value_or(Register{});
    reg.controller = controller();
    // Straight from the fields into guarded memory; after a failure the passphrase is typed again.
    const SecureBytes passphrase = m_passphraseBox->takePassphrase();
    // The store refuses an existing file too, so a file that appeared since the check above is still safe.
    auto created = session::RegisterDocument::create(path, passphrase.view(), reg);
    if (!created) {
        m_messageLabel->setStyleSheet(kErrorStyle);
        m_messageLabel->setText(created.error().message);
        updateState();
        return;
    }
    m_document = std::move(created.value());
    m_messageLabel->hide();
    accept();
}

void CreateRegisterDialog::setContent(const Register& content, const QString& sourceName)
{
    m_content = content;
    setWindowTitle(tr("Import %1").arg(sourceName));
    m_controllerBox->setController(content.controller);
    m_createButton->setText(tr("&Import"));
    updateState();
}

void CreateRegisterDialog::done(int result)
{
    m_passphraseBox->clear();
    QDialog::done(result);
}

} // namespace ropa::ui
