#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace ropa::ui {

// Edit → Preferences: the settings a user may want to change, kept through AppSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the values shown to the settings (the OK button).
    void apply();

private:
    QSpinBox* m_autoLockSpinBox = nullptr;
    QSpinBox* m_keepBackupsSpinBox = nullptr;
    QComboBox* m_languageComboBox = nullptr;
};

} // namespace ropa::ui
