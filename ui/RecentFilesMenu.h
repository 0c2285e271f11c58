#pragma once

#include <QMenu>

namespace ropa::ui {

// "Open Recent": the recently opened registers with &1..&8 mnemonics, and a way to forget them. The entries are
// read again each time the menu opens, so it always matches the settings.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget* parent = nullptr);

    // Lists the recent files again; done on every aboutToShow.
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString& path);
};

} // namespace ropa::ui
