#include "RecentFilesMenu.h"

#include "RecentFiles.h"
#include "session/RegisterLocation.h"

namespace ropa::ui {

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList paths = RecentFiles::list();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        // A "&" in a folder name would otherwise become a mnemonic.
        QString shown = session::RegisterLocation(path).displayName();
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = addAction(tr("&%1 %2").arg(i + 1).arg(shown));
        action->setObjectName(QStringLiteral("recentFileAction%1").arg(i + 1));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (paths.isEmpty()) {
        QAction* none = addAction(tr("No recent registers"));
        none->setObjectName(QStringLiteral("noRecentFilesAction"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction* clearAction = addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    clearAction->setEnabled(!paths.isEmpty());
    // No rebuild here: it would delete the action whose signal is running. The next aboutToShow rebuilds.
    connect(clearAction, &QAction::triggered, this, [] { RecentFiles::clear(); });
}

} // namespace ropa::ui
