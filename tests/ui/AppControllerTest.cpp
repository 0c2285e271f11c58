#include "AppController.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "StartWindow.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonWriter.h"
#include "session/RegisterBackups.h"
#include "session/RegisterDocument.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace ropa;

// The application's flow with the dialogs replaced by functions, so nothing waits on a modal window.
class AppControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settingsDir = test::useTemporarySettings();
        // Closing the last window must not end the test program.
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void init()
    {
        ui::RecentFiles::clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(m_path, formats::DemoRegister::load().value()));
        m_unlocked.clear();
        m_controller = std::make_unique<ui::AppController>();
        m_controller->setDemoFolder(m_dir->filePath(QStringLiteral("demo")));
        // Stands in for the unlock dialog: the user types the right passphrase, or cancels when m_cancel is set.
        m_controller->setUnlockFunction([this](const QString& path, QWidget*) -> ui::AppController::DocumentPtr {
            m_unlocked.append(path);
            if (m_cancel) {
                return nullptr;
            }
            auto opened = session::RegisterDocument::open(path, test::kPassphrase);
            return opened ? std::move(opened.value()) : nullptr;
        });
        m_cancel = false;
    }

    void cleanup()
    {
        m_controller.reset();
        m_dir.reset();
    }

    void withoutAFileTheStartWindowShows()
    {
        m_controller->start();
        QVERIFY(m_controller->startWindow()->isVisible());
        QVERIFY(!m_controller->mainWindow());
    }

    void aFileOnTheCommandLineGoesStraightToUnlocking()
    {
        m_controller->start(m_path);
        QCOMPARE(m_unlocked, QStringList{m_path});
        QVERIFY(!m_controller->startWindow()->isVisible());
        ui::MainWindow* window = m_controller->mainWindow();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->document()->path(), m_path);
        QCOMPARE(ui::RecentFiles::list(), QStringList{m_path});
    }

    void cancellingTheUnlockLeadsToTheStartWindow()
    {
        m_cancel = true;
        m_controller->start(m_path);
        QCOMPARE(m_unlocked.size(), 1);
        QVERIFY(!m_controller->mainWindow());
        QVERIFY(m_controller->startWindow()->isVisible());
        QVERIFY(ui::RecentFiles::list().isEmpty());
    }

    void aRecentRegisterOpensFromTheStartWindow()
    {
        ui::RecentFiles::add(m_path);
        m_controller->start();
        Q_EMIT m_controller->startWindow()->openRequested(m_path);
        QCOMPARE(m_unlocked, QStringList{m_path});
        QVERIFY(m_controller->mainWindow()->isVisible());
        QVERIFY(!m_controller->startWindow()->isVisible());
    }

    void aMissingFileIsSaidWithoutAskingForAPassphrase()
    {
        const QString missing = m_dir->filePath(QStringLiteral("gone.ropa"));
        m_controller->start(missing);
        QVERIFY(m_unlocked.isEmpty());
        QVERIFY(m_controller->startWindow()->isVisible());
        auto* message = m_controller->startWindow()->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("gone.ropa does not exist")), qPrintable(message->text()));
    }

    void theDemoOpensWithoutAsking()
    {
        m_controller->start();
        QTest::mouseClick(m_controller->startWindow()->findChild<QCommandLinkButton*>(QStringLiteral("demoButton")),
                          Qt::LeftButton);
        QVERIFY(m_unlocked.isEmpty());
        QVERIFY(QFileInfo::exists(m_controller->demoRegisterPath()));
        ui::MainWindow* window = m_controller->mainWindow();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->document()->path(), m_controller->demoRegisterPath());
        QCOMPARE(window->document()->reg().controller.name, QStringLiteral("KJM Group Ltd"));
        QVERIFY(!m_controller->startWindow()->isVisible());
        // Its passphrase is not the user's, so it is not offered among the recent registers.
        QVERIFY(ui::RecentFiles::list().isEmpty());
    }

    void aCreatedRegisterOpensAndIsRemembered()
    {
        const QString created = m_dir->filePath(QStringLiteral("created.ropa"));
        m_controller->setCreateFunction([created](QWidget*) -> ui::AppController::DocumentPtr {
            Register reg;
            reg.controller.name = QStringLiteral("New Ltd");
            if (!test::writeRegisterFile(created, reg)) {
                return nullptr;
            }
            auto opened = session::RegisterDocument::open(created, test::kPassphrase);
            return opened ? std::move(opened.value()) : nullptr;
        });
        m_controller->start();
        QTest::mouseClick(m_controller->startWindow()->findChild<QCommandLinkButton*>(QStringLiteral("createButton")),
                          Qt::LeftButton);
        QVERIFY(m_controller->mainWindow() && m_controller->mainWindow()->isVisible());
        QCOMPARE(m_controller->mainWindow()->document()->reg().controller.name, QStringLiteral("New Ltd"));
        QCOMPARE(ui::RecentFiles::list(), QStringList{created});
    }

    void cancellingCreationStaysOnTheStartWindow()
    {
        m_controller->setCreateFunction([](QWidget*) { return ui::AppController::DocumentPtr(); });
        m_controller->start();
        Q_EMIT m_controller->startWindow()->createRequested();
        QVERIFY(!m_controller->mainWindow());
        QVERIFY(m_controller->startWindow()->isVisible());
    }

    void openingKeepsAtMostTheChosenNumberOfBackups()
    {
        ui::AppSettings::keepBackups.set(2);
        const QString folder = session::RegisterBackups::folderFor(m_path);
        for (int i = 0; i < 3; ++i) {
            m_controller->openFile(m_path);
            QVERIFY(m_controller->mainWindow() && m_controller->mainWindow()->document());
            m_controller->mainWindow()->document()->setBasis(i, Basis::Consent, true);
            QVERIFY2(m_controller->mainWindow()->statusBar()->currentMessage().isEmpty(),
                     qPrintable(m_controller->mainWindow()->statusBar()->currentMessage()));
            reopenController(); // closes the register, so the next opening is a new one
        }
        const QStringList backups = QDir(folder).entryList({QStringLiteral("*.ropa")}, QDir::Files);
        QCOMPARE(backups.size(), 2);
        // Each an encrypted register that opens with the register's passphrase. (Which two are kept is the rotation's
        // own test: three openings within one second share a time stamp.)
        const QList<session::BackupFile> listed = session::RegisterBackups::list(m_path);
        QCOMPARE(listed.size(), 2);
        for (const session::BackupFile& backup : listed) {
            auto opened = session::RegisterDocument::open(backup.path, test::kPassphrase);
            QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
            QCOMPARE(opened.value()->reg().activities.size(), 19);
        }
        ui::AppSettings::keepBackups.set(5);
    }

    void noBackupsAreMadeWhenTheSettingIsNone()
    {
        ui::AppSettings::keepBackups.set(0);
        m_controller->openFile(m_path);
        QVERIFY(m_controller->mainWindow()->document());
        QVERIFY(session::RegisterBackups::list(m_path).isEmpty());
        ui::AppSettings::keepBackups.set(5);
    }

    void aBackupThatCannotBeMadeIsAWarningAndTheRegisterOpensAllTheSame()
    {
        // A file where the backup folder would go: no folder can be made there.
        QFile blocker(session::RegisterBackups::folderFor(m_path));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_controller->openFile(m_path);
        ui::MainWindow* window = m_controller->mainWindow();
        QVERIFY(window && window->isVisible() && window->document());
        QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("No automatic backup was made")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void restoreIsAskedForFromTheStartWindowWithTheChosenRecentRegister()
    {
        ui::RecentFiles::add(m_path);
        QStringList asked;
        m_controller->setRestoreFunction([&asked](const QString& path, QWidget*) {
            asked << path;
            return ui::AppController::DocumentPtr();
        });
        m_controller->start();
        QTest::mouseClick(m_controller->startWindow()->findChild<QCommandLinkButton*>(QStringLiteral("restoreButton")),
                          Qt::LeftButton);
        QCOMPARE(asked, QStringList{m_path});
        QVERIFY(m_controller->startWindow()->isVisible());
        QVERIFY(!m_controller->mainWindow());
    }

    void aRegisterDroppedOnTheStartWindowOpensAsFileOpenDoes()
    {
        m_controller->start();
        drop(m_controller->startWindow(), m_path);
        QTRY_COMPARE(m_unlocked, QStringList{m_path});
        QVERIFY(m_controller->mainWindow() && m_controller->mainWindow()->isVisible());
        QCOMPARE(m_controller->mainWindow()->document()->path(), m_path);
    }

    void aRegisterDroppedOnTheMainWindowOpens()
    {
        m_controller->start(m_path);
        QVERIFY(m_controller->mainWindow());
        const QString other = m_dir->filePath(QStringLiteral("other.ropa"));
        QVERIFY(test::writeRegisterFile(other, test::fullRegister()));
        m_unlocked.clear();
        drop(m_controller->mainWindow(), other);
        QTRY_COMPARE(m_unlocked, QStringList{other});
        QCOMPARE(m_controller->mainWindow()->document()->path(), other);
    }

    void anExportDroppedIsImportedIntoANewRegister()
    {
        const QString json = m_dir->filePath(QStringLiteral("kjm.ropa.json"));
        test::writeBytes(json, formats::RegisterJsonWriter::write(formats::DemoRegister::load().value()));
        const QString created = m_dir->filePath(QStringLiteral("imported.ropa"));
        QStringList sources;
        m_controller->setImportFunction(
            [&](const Register& content, const QString& source, QWidget*) -> ui::AppController::DocumentPtr {
                sources << source;
                auto made = session::RegisterDocument::create(created, test::kPassphrase, content);
                return made ? std::move(made.value()) : nullptr;
            });
        m_controller->start();
        drop(m_controller->startWindow(), json);
        QTRY_COMPARE(sources, QStringList{QStringLiteral("kjm.ropa.json")});
        QVERIFY(m_unlocked.isEmpty());
        QVERIFY(m_controller->mainWindow() && m_controller->mainWindow()->isVisible());
        QCOMPARE(m_controller->mainWindow()->document()->path(), created);
        QCOMPARE(m_controller->mainWindow()->document()->reg().activities.size(), 19);
        QCOMPARE(ui::RecentFiles::list().value(0), created);
    }

    void anyOtherFileDroppedIsRefusedInASentence()
    {
        const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
        test::writeBytes(text, "not a register");
        m_controller->start();
        drop(m_controller->startWindow(), text);
        auto* message = m_controller->startWindow()->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("notes.txt is neither a register (.ropa) nor")),
                 qPrintable(message->text()));
        QVERIFY(m_unlocked.isEmpty());
        QVERIFY(!m_controller->mainWindow());
    }

    void aBrokenExportDroppedIsSaidAndNothingIsCreated()
    {
        const QString json = m_dir->filePath(QStringLiteral("broken.ropa.json"));
        test::writeBytes(json, "{ not json");
        bool asked = false;
        m_controller->setImportFunction([&](const Register&, const QString&, QWidget*) {
            asked = true;
            return ui::AppController::DocumentPtr();
        });
        m_controller->start();
        drop(m_controller->startWindow(), json);
        auto* message = m_controller->startWindow()->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("broken.ropa.json")), qPrintable(message->text()));
        QVERIFY(!asked);
    }

    void theDemoLockedSaysItsPassphraseAndItUnlocks()
    {
        m_controller->openDemo();
        ui::MainWindow* window = m_controller->mainWindow();
        QVERIFY(window && window->document());
        window->lock();
        auto* hint = window->findChild<QLabel*>(QStringLiteral("hintLabel"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String(ui::AppController::kDemoPassphrase)), qPrintable(hint->text()));
        // What it says is what opens it.
        QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         hint->text().section(QStringLiteral(": "), -1));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
        QTRY_VERIFY(!window->isLocked());
    }

    void aRegisterOfTheUsersOwnLockedSaysNoPassphrase()
    {
        m_controller->start(m_path);
        ui::MainWindow* window = m_controller->mainWindow();
        QVERIFY(window);
        window->lock();
        auto* hint = window->findChild<QLabel*>(QStringLiteral("hintLabel"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        QVERIFY(hint->text().isEmpty());
    }

    void theDemoFileOpenedAsAFileIsNotAskedFor()
    {
        m_controller->openDemo();
        m_controller->mainWindow()->close();
        m_controller->mainWindow()->setDocument(session::RegisterDocument::open(m_path, test::kPassphrase).value());
        m_controller->openFile(m_controller->demoRegisterPath());
        QVERIFY(m_unlocked.isEmpty());
        QCOMPARE(m_controller->mainWindow()->document()->path(), m_controller->demoRegisterPath());
    }

    void aRegisterOpenElsewhereIsSaidBeforeThePassphraseIsAskedFor()
    {
        auto elsewhere = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(elsewhere.ok());
        m_controller->start(m_path);
        QVERIFY(m_unlocked.isEmpty());
        QVERIFY(!m_controller->mainWindow());
        auto* message = m_controller->startWindow()->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("is already open in another window")),
                 qPrintable(message->text()));

        // Once closed there, it opens.
        elsewhere.value().reset();
        m_controller->openFile(m_path);
        QCOMPARE(m_unlocked, QStringList{m_path});
        QVERIFY(m_controller->mainWindow() && m_controller->mainWindow()->document());
    }

    void aRegisterOpenInThisProgramsLockedWindowBringsThatWindowForward()
    {
        m_controller->start(m_path);
        ui::MainWindow* window = m_controller->mainWindow();
        QVERIFY(window);
        window->lock();
        m_unlocked.clear();
        m_controller->openFile(m_path);
        QVERIFY(m_unlocked.isEmpty()); // its own lock screen asks, in its own window
        QCOMPARE(m_controller->mainWindow(), window);
        QVERIFY(window->isLocked());
        QVERIFY(window->isVisible());
    }

private:
    // A file manager's drop of one file on window: the drag enters, is accepted, and drops.
    static void drop(QWidget* window, const QString& path)
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at(window->width() / 2, window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window, &dropped);
        QVERIFY(dropped.isAccepted());
    }

    void reopenController()
    {
        m_controller.reset();
        m_controller = std::make_unique<ui::AppController>();
        m_controller->setUnlockFunction([](const QString& path, QWidget*) -> ui::AppController::DocumentPtr {
            auto opened = session::RegisterDocument::open(path, test::kPassphrase);
            return opened ? std::move(opened.value()) : nullptr;
        });
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QStringList m_unlocked;
    bool m_cancel = false;
    std::unique_ptr<ui::AppController> m_controller;
};

QTEST_MAIN(AppControllerTest)
#include "AppControllerTest.moc"
