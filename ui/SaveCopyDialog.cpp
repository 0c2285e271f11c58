#include "SaveCopyDialog.h"

#include "FileDialog.h"
#include "NewPassphraseBox.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ropa::ui {

namespace {

const QString kSuffix = QStringLiteral(".ropa");

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString withSuffix(const QString& path)
{
    return path.endsWith(kSuffix, Qt::CaseInsensitive) ? path : path + kSuffix;
}

} // namespace

SaveCopyDialog::SaveCopyDialog(session::RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_fileEdit(new QLineEdit(this))
    , m_sameRadio(new QRadioButton(tr("With the register's &current passphrase; the copy keeps the history of "
                                      "changes"),
                                   this))
    , m_newRadio(new QRadioButton(tr("With a &new passphrase; the history of changes starts afresh in the copy"), this))
    , m_passphraseBox(new NewPassphraseBox(tr("New passphrase"), this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("saveCopyDialog"));
    setWindowTitle(tr("Save a Copy"));
    auto* intro =
        new QLabel(tr("Saves the register as it is now into a new encrypted file. No file is overwritten."), this);
    intro->setWordWrap(true);

    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    const QString name = QFileInfo(document.path()).completeBaseName();
    m_fileEdit->setText(QDir::toNativeSeparators(QDir(documentsFolder()).filePath(tr("%1 copy").arg(name) + kSuffix)));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&Save as:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);

    m_sameRadio->setObjectName(QStringLiteral("samePassphraseRadio"));
    m_newRadio->setObjectName(QStringLiteral("newPassphraseRadio"));
    m_sameRadio->setChecked(true);
    m_passphraseBox->setKnownWords({document.reg().controller.name});
    m_passphraseBox->reserveRoom();

    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("Sa&ve Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveCopyDialog::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_sameRadio);
    layout->addWidget(m_newRadio);
    layout->addWidget(m_passphraseBox);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, &SaveCopyDialog::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &SaveCopyDialog::updateState);
    connect(m_newRadio, &QRadioButton::toggled, this, &SaveCopyDialog::updateState);
    connect(m_passphraseBox, &NewPassphraseBox::changed, this, &SaveCopyDialog::updateState);
    updateState();
    m_fileEdit->setFocus();
}

SaveCopyDialog::~SaveCopyDialog() = default;

QString SaveCopyDialog::targetPath() const
{
    const QString typed = m_fileEdit->text().trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    const QString absolute = QDir(documentsFolder()).absoluteFilePath(QDir::fromNativeSeparators(typed));
    return withSuffix(QDir::cleanPath(absolute));
}

std::unique_ptr<session::RegisterDocument> SaveCopyDialog::takeCopy()
{
    return std::move(m_copy);
}

void SaveCopyDialog::browse()
{
    const QString chosen =
        FileDialog::saveFileName(this, tr("Save a Copy"), targetPath(), tr("RoPA registers (*.ropa)"));
    if (!chosen.isEmpty()) {
        m_fileEdit->setText(QDir::toNativeSeparators(withSuffix(chosen)));
    }
}

void SaveCopyDialog::updateState()
{
    m_passphraseBox->setEnabled(m_newRadio->isChecked());
    m_saveButton->setEnabled(!targetPath().isEmpty() && (!m_newRadio->isChecked() || m_passphraseBox->isReady()));
}

void SaveCopyDialog::showError(const QString& message)
{
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

void SaveCopyDialog::saveCopy()
{
    updateState();
    const QString path = targetPath();
    if (!m_saveButton->isEnabled()) {
        return;
    }
    if (const Status refused = session::RegisterLocation(m_document.path()).refuseAsOutput(path); !refused) {
        showError(refused.error().message);
        return;
    }
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists and will not be overwritten; choose another file name.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Key derivation takes a noticeable moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_saveButton->setEnabled(false);
    if (m_sameRadio->isChecked()) {
        const Status copied = m_document.backUp(path);
        QApplication::restoreOverrideCursor();
        updateState();
        if (!copied) {
            // Made from memory instead, the copy needs a passphrase of its own: the register's is not kept.
            m_newRadio->setChecked(true);
            showError(tr("The copy could not be made from the register file: %1 Choose a new passphrase above to "
                         "save the register as it is shown instead.")
                          .arg(copied.error().message));
            m_passphraseBox->passphraseEdit()->setFocus();
            return;
        }
        accept();
        return;
    }
    const SecureBytes passphrase = m_passphraseBox->takePassphrase();
    auto created = session::RegisterDocument::create(path, passphrase.view(), m_document.reg());
    QApplication::restoreOverrideCursor();
    updateState();
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_copy = std::move(created.value());
    accept();
}

void SaveCopyDialog::done(int result)
{
    m_passphraseBox->clear();
    QDialog::done(result);
}

} // namespace ropa::ui
