#include "SettingsDialog.h"

#include "AppSettings.h"
#include "core/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ropa::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_autoLockSpinBox(new QSpinBox(this))
    , m_keepBackupsSpinBox(new QSpinBox(this))
    , m_languageComboBox(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_autoLockSpinBox->setObjectName(QStringLiteral("autoLockSpinBox"));
    m_autoLockSpinBox->setRange(0, 480);
    m_autoLockSpinBox->setSuffix(tr(" minutes"));
    m_autoLockSpinBox->setSpecialValueText(tr("Never"));
    m_autoLockSpinBox->setValue(AppSettings::autoLockMinutes.get());
    m_autoLockSpinBox->setToolTip(tr("After this long without a key press or mouse movement the register is "
                                     "closed and its passphrase asked for again. Ctrl+L locks at once."));

    m_keepBackupsSpinBox->setObjectName(QStringLiteral("keepBackupsSpinBox"));
    m_keepBackupsSpinBox->setRange(0, 100);
    m_keepBackupsSpinBox->setSpecialValueText(tr("None"));
    m_keepBackupsSpinBox->setValue(AppSettings::keepBackups.get());
    m_keepBackupsSpinBox->setToolTip(tr("Each time a register is opened, an encrypted copy of it goes into a folder "
                                        "beside it (\"<file name> backups\"); the oldest go once there are more "
                                        "than this. The start window's Restore from Backup brings one back."));

    // The languages compiled in (one for each translations/ropa_*.ts), each by its own name.
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->addItem(tr("The system's language"), QString());
    for (const QString& language : Translations::available()) {
        m_languageComboBox->addItem(Translations::nativeName(language), language);
    }
    const int chosen = m_languageComboBox->findData(AppSettings::language.get());
    m_languageComboBox->setCurrentIndex(chosen < 0 ? 0 : chosen);
    m_languageComboBox->setToolTip(tr("The language of the windows and of the documents RoPA Manager writes: the "
                                      "register, the privacy notice and the matrix. What you typed in stays as "
                                      "you typed it."));
    auto* languageNote = new QLabel(tr("A new language takes effect when RoPA Manager is next started."), this);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    languageNote->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Lock the register after"), this);
    label->setBuddy(m_autoLockSpinBox);
    form->addRow(label, m_autoLockSpinBox);
    auto* backupsLabel = new QLabel(tr("&Keep automatic backups"), this);
    backupsLabel->setBuddy(m_keepBackupsSpinBox);
    form->addRow(backupsLabel, m_keepBackupsSpinBox);
    auto* languageLabel = new QLabel(tr("Lan&guage"), this);
    languageLabel->setBuddy(m_languageComboBox);
    form->addRow(languageLabel, m_languageComboBox);
    form->addRow(QString(), languageNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    AppSettings::autoLockMinutes.set(m_autoLockSpinBox->value());
    AppSettings::keepBackups.set(m_keepBackupsSpinBox->value());
    AppSettings::language.set(m_languageComboBox->currentData().toString());
}

} // namespace ropa::ui
