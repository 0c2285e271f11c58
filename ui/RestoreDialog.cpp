#include "RestoreDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "RecentFiles.h"
#include "SecretText.h"
#include "session/RegisterBackups.h"
#include "session/RegisterDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ropa::ui {

RestoreDialog::RestoreDialog(const QString& registerPath, QWidget* parent)
    : QDialog(parent)
    , m_registerCombo(new QComboBox(this))
    , m_backupList(new QListWidget(this))
    , m_noBackupsLabel(new QLabel(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a Backup"));
    auto* intro = new QLabel(tr("Each time a register is opened, RoPA Manager keeps an encrypted backup of it in a "
                                "folder beside it. Choose the register and the backup to bring back; the register "
                                "as it is now is kept among the backups."),
                             this);
    intro->setWordWrap(true);

    m_registerCombo->setObjectName(QStringLiteral("registerCombo"));
    m_registerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_registerCombo->setMinimumContentsLength(40);
    for (const QString& path : RecentFiles::list()) {
        m_registerCombo->addItem(QDir::toNativeSeparators(path), path);
    }
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    auto* registerRow = new QHBoxLayout;
    registerRow->addWidget(m_registerCombo, 1);
    registerRow->addWidget(browse);

    m_backupList->setObjectName(QStringLiteral("backupList"));
    m_backupList->setMinimumHeight(m_backupList->fontMetrics().lineSpacing() * 7);
    m_noBackupsLabel->setObjectName(QStringLiteral("noBackupsLabel"));
    m_noBackupsLabel->setWordWrap(true);
    m_noBackupsLabel->setEnabled(false);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->hide();

    auto* form = new QFormLayout;
    auto* registerLabel = new QLabel(tr("Re&gister:"), this);
    registerLabel->setBuddy(m_registerCombo);
    form->addRow(registerLabel, registerRow);
    auto* backupsLabel = new QLabel(tr("B&ackups:"), this);
    backupsLabel->setBuddy(m_backupList);
    auto* backupsField = new QVBoxLayout;
    backupsField->addWidget(m_backupList);
    backupsField->addWidget(m_noBackupsLabel);
    form->addRow(backupsLabel, backupsField);
    auto* passphraseLabel = new QLabel(tr("&Passphrase of the backup:"), this);
    passphraseLabel->setBuddy(m_passphraseEdit);
    form->addRow(passphraseLabel, m_passphraseEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->button(QDialogButtonBox::Ok);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setText(tr("&Restore"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    connect(browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_registerCombo, &QComboBox::currentIndexChanged, this, &RestoreDialog::listBackups);
    connect(m_backupList, &QListWidget::currentRowChanged, this, &RestoreDialog::updateState);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    if (!registerPath.isEmpty()) {
        setRegisterPath(registerPath);
    }
    listBackups();
}

RestoreDialog::~RestoreDialog() = default;

QString RestoreDialog::registerPath() const
{
    return m_registerCombo->currentData().toString();
}

void RestoreDialog::setRegisterPath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int index = m_registerCombo->findData(absolute);
    if (index < 0) {
        m_registerCombo->insertItem(0, QDir::toNativeSeparators(absolute), absolute);
        index = 0;
    }
    m_registerCombo->setCurrentIndex(index);
    listBackups();
}

std::unique_ptr<session::RegisterDocument> RestoreDialog::takeDocument()
{
    return std::move(m_document);
}

void RestoreDialog::browse()
{
    const QString start = registerPath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(registerPath()).absolutePath();
    const QString chosen = FileDialog::openFileName(this, tr("Which Register?"), start, tr("RoPA registers (*.ropa)"));
    if (!chosen.isEmpty()) {
        setRegisterPath(chosen);
    }
}

void RestoreDialog::listBackups()
{
    m_backupList->clear();
    const QString path = registerPath();
    const QLocale locale;
    for (const session::BackupFile& backup : session::RegisterBackups::list(path)) {
        const QString text =
            tr("%1    (%2)")
                .arg(locale.toString(backup.madeAt, QLocale::LongFormat), locale.formattedDataSize(backup.size));
        auto* item = new QListWidgetItem(text, m_backupList);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    const bool any = m_backupList->count() > 0;
    m_backupList->setVisible(any);
    m_noBackupsLabel->setVisible(!any);
    m_noBackupsLabel->setText(path.isEmpty()
                                  ? tr("Choose a register first.")
                                  : tr("No backups of %1 were found in %2.")
                                        .arg(QFileInfo(path).fileName(),
                                             QDir::toNativeSeparators(session::RegisterBackups::folderFor(path))));
    if (any) {
        m_backupList->setCurrentRow(0);
    }
    updateState();
}

void RestoreDialog::updateState()
{
    m_restoreButton->setEnabled(m_backupList->currentItem() && !m_passphraseEdit->text().isEmpty());
}

void RestoreDialog::restore()
{
    updateState();
    if (!m_restoreButton->isEnabled()) {
        return;
    }
    const QString target = registerPath();
    const QString backup = m_backupList->currentItem()->data(Qt::UserRole).toString();
    const QString when = m_backupList->currentItem()->text().section(QStringLiteral("    "), 0, 0);
    const auto answer = MessageBox::question(
        this, tr("Restore from a Backup"),
        tr("Replace %1 with the backup made on %2?\n\nThe register as it is now is kept among the backups, so you "
           "can go back to it the same way.")
            .arg(QFileInfo(target).fileName(), when),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SecureBytes passphrase = SecretText::take(m_passphraseEdit);
    const Status restored = session::RegisterBackups::restore(backup, target, passphrase.view());
    auto opened = restored ? session::RegisterDocument::open(target, passphrase.view())
                           : Result<std::unique_ptr<session::RegisterDocument>>(restored.error());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_messageLabel->setText(opened.error().message);
        m_messageLabel->show();
        listBackups();
        m_passphraseEdit->setFocus();
        return;
    }
    m_document = std::move(opened.value());
    accept();
}

void RestoreDialog::done(int result)
{
    SecretText::clear(m_passphraseEdit);
    QDialog::done(result);
}

} // namespace ropa::ui
