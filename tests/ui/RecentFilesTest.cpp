#include "RecentFiles.h"

#include "AppSettings.h"
#include "RecentFilesMenu.h"
#include "TestSupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// RecentFiles over a temporary settings file, and the menu that shows them.
class RecentFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        ui::RecentFiles::clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup() { m_dir.reset(); }

    void newestComesFirstAndReopeningMovesItToTheFront()
    {
        const QString a = file("a.ropa"), b = file("b.ropa"), c = file("c.ropa");
        ui::RecentFiles::add(a);
        ui::RecentFiles::add(b);
        ui::RecentFiles::add(c);
        QCOMPARE(ui::RecentFiles::list(), (QStringList{c, b, a}));
        ui::RecentFiles::add(a);
        QCOMPARE(ui::RecentFiles::list(), (QStringList{a, c, b}));
        // The same file reached another way is still one entry.
        ui::RecentFiles::add(m_dir->path() + QStringLiteral("/./sub/../b.ropa"));
        QCOMPARE(ui::RecentFiles::list(), (QStringList{b, a, c}));
    }

    void atMostEightAreKept()
    {
        QStringList added;
        for (int i = 1; i <= 10; ++i) {
            added.prepend(file(QStringLiteral("r%1.ropa").arg(i).toLatin1().constData()));
            ui::RecentFiles::add(added.first());
        }
        QCOMPARE(ui::RecentFiles::kMaximum, 8);
        QCOMPARE(ui::RecentFiles::list(), added.mid(0, 8));
        QCOMPARE(ui::AppSettings::recentFiles.get().size(), 8); // the settings hold no more either
    }

    void filesThatNoLongerExistAreLeftOut()
    {
        const QString a = file("a.ropa"), b = file("b.ropa");
        ui::RecentFiles::add(a);
        ui::RecentFiles::add(b);
        QVERIFY(QFile::remove(b));
        QCOMPARE(ui::RecentFiles::list(), QStringList{a});
        ui::RecentFiles::remove(a);
        QVERIFY(ui::RecentFiles::list().isEmpty());
    }

    void theMenuListsThemWithNumbersAndEmitsTheChosenOne()
    {
        const QString a = file("a.ropa"), b = file("b&c.ropa");
        ui::RecentFiles::add(a);
        ui::RecentFiles::add(b);
        ui::RecentFilesMenu menu;
        QCOMPARE(menu.title(), QStringLiteral("Open &Recent"));
        QSignalSpy chosen(&menu, &ui::RecentFilesMenu::fileChosen);

        const QList<QAction*> actions = menu.actions();
        QCOMPARE(actions.size(), 4); // two files, a separator and Clear List
        QCOMPARE(
            actions.at(0)->text(),
            QStringLiteral("&1 %1").arg(QDir::toNativeSeparators(b).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 %1").arg(QDir::toNativeSeparators(a)));
        QVERIFY(actions.at(2)->isSeparator());
        QCOMPARE(actions.at(3)->objectName(), QStringLiteral("clearRecentFilesAction"));
        QVERIFY(actions.at(3)->isEnabled());

        actions.at(1)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), a);
    }

    void aServerAddressIsKeptAsWrittenAndNeverOneWithAPassword()
    {
        const QString a = file("a.ropa");
        const QString server = QStringLiteral("postgresql://priya@db.example.org/ropa?register=kjm");
        ui::RecentFiles::add(a);
        ui::RecentFiles::add(server);
        // Not made into a path, and listed though no file of that name exists.
        QCOMPARE(ui::RecentFiles::list(), (QStringList{server, a}));
        ui::RecentFiles::add(a);
        QCOMPARE(ui::RecentFiles::list(), (QStringList{a, server}));

        ui::RecentFiles::add(QStringLiteral("postgresql://priya:hunter2@db.example.org/ropa?register=kjm"));
        ui::RecentFiles::add(QStringLiteral("postgresql://db.example.org/ropa?register=kjm&password=hunter2"));
        QCOMPARE(ui::RecentFiles::list(), (QStringList{a, server}));
        // Nor is one listed that came into the settings some other way.
        ui::AppSettings::recentFiles.set(
            {QStringLiteral("postgresql://priya:hunter2@db.example.org/ropa?register=kjm"), server});
        QCOMPARE(ui::RecentFiles::list(), QStringList{server});
        ui::RecentFiles::add(a);
        QVERIFY(!ui::AppSettings::recentFiles.get().join(QLatin1Char(' ')).contains(QStringLiteral("hunter2")));

        // The menu shows the address itself, with its slashes as written on every system.
        ui::RecentFilesMenu menu;
        Q_EMIT menu.aboutToShow();
        QCOMPARE(menu.findChild<QAction*>(QStringLiteral("recentFileAction2"))->text(), QStringLiteral("&2 ") + server);
        QCOMPARE(menu.findChild<QAction*>(QStringLiteral("recentFileAction2"))->data().toString(), server);
    }

    void theMenuRebuildsWhenShownAndClearsTheList()
    {
        ui::RecentFilesMenu menu;
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("noRecentFilesAction")));
        QVERIFY(!menu.findChild<QAction*>(QStringLiteral("clearRecentFilesAction"))->isEnabled());

        ui::RecentFiles::add(file("a.ropa"));
        Q_EMIT menu.aboutToShow();
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("recentFileAction1")));
        QVERIFY(!menu.findChild<QAction*>(QStringLiteral("noRecentFilesAction")));

        menu.findChild<QAction*>(QStringLiteral("clearRecentFilesAction"))->trigger();
        QVERIFY(ui::RecentFiles::list().isEmpty());
        Q_EMIT menu.aboutToShow();
        QVERIFY(!menu.findChild<QAction*>(QStringLiteral("recentFileAction1")));
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("noRecentFilesAction")));
    }

private:
    // An existing file in the temporary folder.
    QString file(const char* name) const
    {
        const QString path = m_dir->filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot create %s", name);
        }
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(RecentFilesTest)
#include "RecentFilesTest.moc"
#include "TestSupport.h"
