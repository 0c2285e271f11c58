#include "StartWindow.h"

#include "FileDialog.h"
#include "RecentFiles.h"
#include "TestSupport.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// The start window only asks; these check it asks for the right thing.
class StartWindowTest : public QObject
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

    void theButtonsAskForTheirAction()
    {
        ui::StartWindow window;
        window.show();
        QSignalSpy create(&window, &ui::StartWindow::createRequested);
        QSignalSpy open(&window, &ui::StartWindow::openRequested);
        QSignalSpy demo(&window, &ui::StartWindow::demoRequested);

        QTest::mouseClick(button(window, "createButton"), Qt::LeftButton);
        QCOMPARE(create.count(), 1);
        QTest::mouseClick(button(window, "demoButton"), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);

        const QString path = file("chosen.ropa");
        ui::FileDialog::setNextFileName(path);
        QTest::mouseClick(button(window, "openButton"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), path);

        // Cancelling the file chooser asks for nothing.
        ui::FileDialog::setNextFileName(QString());
        QTest::mouseClick(button(window, "openButton"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(create.count(), 1);
        QCOMPARE(demo.count(), 1);
    }

    void ctrlNCtrlOAndCtrlQWork()
    {
        ui::StartWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy create(&window, &ui::StartWindow::createRequested);
        QSignalSpy open(&window, &ui::StartWindow::openRequested);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(create.count(), 1);
        const QString path = file("chosen.ropa");
        ui::FileDialog::setNextFileName(path);
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), path);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    void theFocusedButtonIsMarkedAndEnterPressesIt()
    {
        ui::StartWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCommandLinkButton* demo = button(window, "demoButton");
        QCommandLinkButton* create = button(window, "createButton");
        create->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(create->hasFocus());
        const QImage unfocused = demo->grab().toImage();
        demo->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(demo->hasFocus());
        const QImage focused = demo->grab().toImage();
        QVERIFY2(focused != unfocused, "the button with the focus looks the same as without it");

        QSignalSpy demoRequested(&window, &ui::StartWindow::demoRequested);
        QTest::keyClick(demo, Qt::Key_Return);
        QCOMPARE(demoRequested.count(), 1);
        QTest::keyClick(demo, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(demoRequested.count(), 2);
    }

    void recentRegistersAreListedAndOpenOnDoubleClickOrEnter()
    {
        const QString a = file("a.ropa"), b = file("b.ropa");
        ui::RecentFiles::add(a);
        ui::RecentFiles::add(b);
        ui::StartWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = window.findChild<QListWidget*>(QStringLiteral("recentFilesList"));
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("noRecentFilesLabel"))->isVisible());
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), b);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("b.ropa\n")));
        QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), a);

        QSignalSpy open(&window, &ui::StartWindow::openRequested);
        const QPoint second = list->visualItemRect(list->item(1)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second);
        QVERIFY(open.count() >= 1);
        QCOMPARE(open.last().first().toString(), a);

        open.clear();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), b);
    }

    void aServerRegisterIsAskedForAndListedByItsNameAndServer()
    {
        ui::StartWindow window;
        window.show();
        QSignalSpy server(&window, &ui::StartWindow::serverRequested);
        QCOMPARE(button(window, "serverButton")->text(), QStringLiteral("Open a register on a &server…"));
        QTest::mouseClick(button(window, "serverButton"), Qt::LeftButton);
        QCOMPARE(server.count(), 1);

        const QString address = QStringLiteral("postgresql://priya@db.example.org/ropa?register=kjm");
        ui::RecentFiles::add(file("a.ropa"));
        ui::RecentFiles::add(address);
        window.refreshRecentFiles();
        auto* list = window.findChild<QListWidget*>(QStringLiteral("recentFilesList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("kjm on db.example.org\n") + address);
        QCOMPARE(list->item(0)->toolTip(), address);
        QSignalSpy open(&window, &ui::StartWindow::openRequested);
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), address);
    }

    void withoutRecentRegistersItSaysSo()
    {
        ui::StartWindow window;
        window.show();
        QVERIFY(!window.findChild<QListWidget*>(QStringLiteral("recentFilesList"))->isVisible());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("noRecentFilesLabel"))->isVisible());

        // Shown again later, it picks up registers opened meanwhile.
        window.hide();
        ui::RecentFiles::add(file("later.ropa"));
        window.show();
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("recentFilesList"))->count(), 1);
    }

    void aMessageIsShownAndCleared()
    {
        ui::StartWindow window;
        window.show();
        auto* message = window.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(!message->isVisible());
        window.showMessage(QStringLiteral("x.ropa does not exist."));
        QVERIFY(message->isVisible());
        window.showMessage(QString());
        QVERIFY(!message->isVisible());
    }

private:
    static QCommandLinkButton* button(const ui::StartWindow& window, const char* name)
    {
        auto* found = window.findChild<QCommandLinkButton*>(QLatin1String(name));
        if (!found) {
            qFatal("no button %s", name);
        }
        return found;
    }

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

QTEST_MAIN(StartWindowTest)
#include "StartWindowTest.moc"
#include "TestSupport.h"
