#pragma once

#include "SettingValue.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace ropa::ui {

// The application's settings, typed.
struct AppSettings
{
    static inline const SettingValue<QByteArray> windowGeometry{QStringLiteral("MainWindow/geometry"), {}};
    static inline const SettingValue<QByteArray> windowState{QStringLiteral("MainWindow/state"), {}};
    static inline const SettingValue<int> lastPage{QStringLiteral("MainWindow/lastPage"), 0};
    static inline const SettingValue<int> autoLockMinutes{QStringLiteral("Security/autoLockMinutes"), 10};
    // How many automatic backups to keep of each register, made each time it is opened; 0 makes none.
    static inline const SettingValue<int> keepBackups{QStringLiteral("Backups/keep"), 5};
    static inline const SettingValue<QStringList> recentFiles{QStringLiteral("Files/recent"), {}};
    // The document last exported, by its file name in report::DocumentKind::all(): names outlive reordered enums.
    static inline const SettingValue<QString> exportDocument{QStringLiteral("Export/document"), {}};
    static inline const SettingValue<bool> exportOpenPdf{QStringLiteral("Export/openPdf"), true};
    // The folder each register's documents were last exported to, by the register's location.
    static inline const SettingValue<QVariantMap> exportFolders{QStringLiteral("Export/folders"), {}};
    // Whether a privacy notice the register lacks something for is refused rather than written with 'Not recorded'.
    static inline const SettingValue<bool> exportNoticeStrict{QStringLiteral("Export/noticeStrict"), false};
    // The language of the windows and the documents, by locale name ("en_GB"); empty follows the system's. Read once
    // at start (ropa::Translations::install).
    static inline const SettingValue<QString> language{QStringLiteral("General/language"), {}};
};

} // namespace ropa::ui
