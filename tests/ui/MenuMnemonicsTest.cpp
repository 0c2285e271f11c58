#include "MainWindow.h"
#include "RecentFiles.h"
#include "StartWindow.h"
#include "TestSupport.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

namespace {

// The letter after a single '&' in a menu text, lower case; none for a text without one ("&&" is an ampersand).
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every two entries of one menu (or of the menu bar) that share a mnemonic, as "menu: 'A' and 'B'", through every
// submenu.
QStringList clashesIn(const QString& where, const QList<QAction*>& actions)
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        if (const QChar key = mnemonicOf(action->text()); !key.isNull()) {
            if (taken.contains(key)) {
                clashes << QStringLiteral("%1: '%2' and '%3' share %4")
                               .arg(where, taken.value(key), action->text(), QString(key));
            } else {
                taken.insert(key, action->text());
            }
        }
        if (QMenu* menu = action->menu()) {
            // A submenu fills itself as it is shown.
            Q_EMIT menu->aboutToShow();
            clashes += clashesIn(where + QStringLiteral(" > ") + action->text(), menu->actions());
        }
    }
    return clashes;
}

// The menus of a window: its menu bar's, and those of widgets that show their actions as a context menu.
QStringList clashesOfWindow(QWidget* window)
{
    QStringList clashes;
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        clashes += clashesIn(QStringLiteral("menu bar"), bar->actions());
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu) {
            clashes += clashesIn(widget->objectName() + QStringLiteral(" context menu"), widget->actions());
        }
    }
    return clashes;
}

} // namespace

// Alt and a letter reach one entry of a menu: no two entries of a menu share their underlined letter.
class MenuMnemonicsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void theTestSeesAClash()
    {
        QMenu menu;
        menu.addAction(QStringLiteral("Open the KJM &Demo Register"));
        menu.addAction(QStringLiteral("Organisation &Details…"));
        menu.addAction(QStringLiteral("Salt && &Pepper"));
        const QStringList clashes = clashesIn(QStringLiteral("File"), menu.actions());
        QCOMPARE(clashes.size(), 1);
        QVERIFY(clashes.first().contains(QStringLiteral("Organisation &Details")));
        QCOMPARE(mnemonicOf(QStringLiteral("Salt && &Pepper")), QLatin1Char('p'));
        QVERIFY(mnemonicOf(QStringLiteral("Salt && Pepper")).isNull());
    }

    void everyMenuOfTheMainWindowHasEachMnemonicOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kjm.ropa"));
        auto document = test::openDemoDocument(path);
        QVERIFY(document);
        ui::RecentFiles::add(path); // the recent list's entries are numbered, and they count
        ui::MainWindow window;
        window.setDocument(std::move(document));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        for (QAction* menu : menus) {
            QVERIFY2(!mnemonicOf(menu->text()).isNull(), qPrintable(menu->text()));
        }
        const QStringList clashes = clashesOfWindow(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

        // Locked, the same menus are there.
        window.lock();
        const QStringList locked = clashesOfWindow(&window);
        QVERIFY2(locked.isEmpty(), qPrintable(locked.join(QLatin1Char('\n'))));
    }

    void theStartWindowsMenusToo()
    {
        ui::StartWindow start;
        start.show();
        QVERIFY(QTest::qWaitForWindowExposed(&start));
        const QStringList clashes = clashesOfWindow(&start);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

QTEST_MAIN(MenuMnemonicsTest)
#include "MenuMnemonicsTest.moc"
