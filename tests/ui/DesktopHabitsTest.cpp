#include "ExportDialog.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "report/DocumentKind.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace ropa;

// Stands in for the file manager: keeps the addresses it was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

// The keyboard and window habits a desktop user expects of the main window, on a copy of the KJM demo register.
class DesktopHabitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        auto document = test::openDemoDocument(m_path);
        QVERIFY(document);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::move(document));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void ctrlFReachesTheSearchOfEveryPageFromTheNavigationAndTheForm_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("pageName");
        QTest::newRow("activities") << int(ui::MainWindow::ActivitiesPage) << QStringLiteral("activitiesPage");
        QTest::newRow("data categories") << int(ui::MainWindow::DataCategoriesPage)
                                         << QStringLiteral("dataCategoriesPage");
        QTest::newRow("subjects") << int(ui::MainWindow::SubjectsPage) << QStringLiteral("subjectsPage");
        QTest::newRow("recipients") << int(ui::MainWindow::RecipientsPage) << QStringLiteral("recipientsPage");
        QTest::newRow("sources") << int(ui::MainWindow::SourcesPage) << QStringLiteral("sourcesPage");
        QTest::newRow("retention") << int(ui::MainWindow::RetentionPage) << QStringLiteral("retentionPage");
        QTest::newRow("checks") << int(ui::MainWindow::ChecksPage) << QStringLiteral("checksPage");
        QTest::newRow("audit log") << int(ui::MainWindow::AuditLogPage) << QStringLiteral("auditLogPage");
    }

    void ctrlFReachesTheSearchOfEveryPageFromTheNavigationAndTheForm()
    {
        QFETCH(int, page);
        QFETCH(QString, pageName);
        m_window->showPage(page);
        auto* shown = m_window->findChild<QWidget*>(pageName);
        QVERIFY(shown && shown->isVisible());
        auto* search = shown->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);

        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), search);

        // From whatever comes after the table (the form, or the page's buttons).
        QWidget* table = search->parentWidget()->findChild<QTableView*>();
        QVERIFY(table);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Tab);
        QWidget* beyond = QApplication::focusWidget();
        QVERIFY(beyond && beyond != table && beyond != search);
        QTest::keyClick(beyond, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), search);

        // Escape empties the search and gives every row back.
        QTest::keyClicks(search, QStringLiteral("zzzz no such words"));
        QCOMPARE(search->parentWidget()->findChild<QTableView*>()->model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(search->parentWidget()->findChild<QTableView*>()->model()->rowCount() > 0);
    }

    void tabLeavesTheActivityTableForTheFormAndShiftTabForTheSearch()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("activityTableView"));
        auto* form = m_window->findChild<QWidget*>(QStringLiteral("activityForm"));
        QVERIFY(view && form);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QModelIndex before = view->currentIndex();
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(form->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(view->currentIndex(), before); // no walk along the row's cells

        view->setFocus();
        QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchLineEdit"));
    }

    void tabLeavesACatalogueTableForItsForm()
    {
        m_window->showPage(ui::MainWindow::RecipientsPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("catalogueTableView"));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus != view);
        QVERIFY(page->isAncestorOf(focus));
        QVERIFY(!view->isAncestorOf(focus));
    }

    void afterCtrlLThePassphraseBoxHasTheFocus()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* purpose = m_window->findChild<QLineEdit*>(QStringLiteral("purposeLineEdit"));
        purpose->setFocus();
        QTRY_VERIFY(purpose->hasFocus());
        QTest::keyClick(purpose, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
        auto* passphrase = m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QVERIFY(passphrase);
        QTRY_COMPARE(QApplication::focusWidget(), passphrase);
        // Typing goes straight in, and Enter unlocks.
        QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(test::kPassphrase));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
    }

    void afterLockingFromTheFileMenuThePassphraseBoxHasTheFocus()
    {
        m_window->showPage(ui::MainWindow::RecipientsPage);
        auto* view = m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"))->findChild<QTableView*>();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        // Alt+F opens the File menu, L is its Lock.
        QTest::keyClick(view, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_L);
        QTRY_VERIFY(m_window->isLocked());
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QTRY_COMPARE(QApplication::focusWidget(), m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")));
    }

    void afterTheAutomaticLockThePassphraseBoxHasTheFocus()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        m_window->findChild<QLineEdit*>(QStringLiteral("purposeLineEdit"))->setFocus();
        QSignalSpy locked(m_window.get(), &ui::MainWindow::locked);
        m_window->setAutoLockTimeout(std::chrono::milliseconds(50));
        QVERIFY(locked.wait(5000));
        m_window->setAutoLockTimeout(std::chrono::milliseconds(0));
        QTRY_COMPARE(QApplication::focusWidget(), m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")));
    }

    void theWindowFitsASmallScreenOnEveryPage()
    {
        // 1600x1000 at 200 % is 800x500 logical pixels; less the taskbar and the window's own frame and title, that
        // leaves about this much. 1366x768 is roomier.
        const QSize smallest(780, 440);
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            m_window->showPage(page);
            QApplication::processEvents();
            const QSize needed = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            QVERIFY2(
                needed.width() <= smallest.width() && needed.height() <= smallest.height(),
                qPrintable(QStringLiteral("page %1 needs %2x%3").arg(page).arg(needed.width()).arg(needed.height())));
        }
    }

    void theWindowOpensInsideTheScreen()
    {
        ui::MainWindow fresh;
        const QRect available = fresh.screen()->availableGeometry();
        QVERIFY(fresh.width() <= available.width());
        QVERIFY(fresh.height() <= available.height());
        // Not a postage stamp either: most of the screen.
        QVERIFY(fresh.width() >= available.width() / 2);
    }

    void quitIsCtrlQOnEverySystem()
    {
        auto* quit = m_window->findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    }

    void theToolBarHoldsTheMainActionsWithIcons()
    {
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar && bar->isVisible());
        QStringList names;
        for (QAction* action : bar->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            names << action->objectName();
            QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
            // The same action as the menu's, so its key works and it is greyed out with it.
            QVERIFY(!action->associatedObjects().isEmpty());
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("newRegisterAction"), QStringLiteral("openRegisterAction"),
                              QStringLiteral("exportAction"), QStringLiteral("printAction"),
                              QStringLiteral("viewPdfAction"), QStringLiteral("lockAction")}));
        m_window->lock();
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("exportAction"))->isEnabled());
    }

    void theStatusBarSaysTheCountsAndWhetherTheLastChangeWasSaved()
    {
        auto* counts = m_window->findChild<QLabel*>(QStringLiteral("countsLabel"));
        auto* saved = m_window->findChild<QLabel*>(QStringLiteral("savedLabel"));
        QVERIFY(counts && saved);
        QVERIFY(counts->isVisible());
        QVERIFY2(counts->text().startsWith(QStringLiteral("19 activities · ")), qPrintable(counts->text()));
        QVERIFY(counts->text().contains(QStringLiteral(" data categories · ")));
        QCOMPARE(saved->text(), QStringLiteral("All changes saved"));

        m_window->document()->removeActivity(0);
        QVERIFY(counts->text().startsWith(QStringLiteral("18 activities · ")));
        m_window->document()->undoStack()->undo();
        QVERIFY(counts->text().startsWith(QStringLiteral("19 activities · ")));

        // A file moved away under the open register makes every write fail: the label says the change is not saved.
        QVERIFY(QFile::rename(m_path, m_dir->filePath(QStringLiteral("moved.ropa"))));
        m_window->document()->setBasis(0, Basis::Consent, true);
        QCOMPARE(saved->text(), QStringLiteral("Last change not saved"));

        // Locked, the register's figures go with it.
        m_window->lock();
        QVERIFY(!counts->isVisible());
        QVERIFY(!saved->isVisible());
    }

    void afterAnExportTheStatusBarNamesTheFileAndOpensItsFolder()
    {
        auto* written = m_window->findChild<QLabel*>(QStringLiteral("writtenLabel"));
        QVERIFY(written && !written->isVisible());
        m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
        auto* dialog = m_window->findChild<ui::ExportDialog*>();
        QVERIFY(dialog);
        dialog->setKind(report::DocumentKind::Type::MatrixText);
        const QString out = m_dir->filePath(QStringLiteral("matrix.txt"));
        dialog->setPath(out);
        QSignalSpy exported(dialog, &ui::ExportDialog::exported);
        dialog->startExport();
        QVERIFY(exported.count() == 1 || exported.wait(20000));
        QVERIFY(QFile::exists(out));
        QTRY_VERIFY(written->isVisible());
        QVERIFY2(written->text().startsWith(QStringLiteral("Written matrix.txt")), qPrintable(written->text()));
        QCOMPARE(m_window->lastWrittenPath(), QFileInfo(out).absoluteFilePath());

        // The link opens the folder (caught here instead of starting the file manager).
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        Q_EMIT written->linkActivated(written->text().section(QLatin1Char('"'), 1, 1));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(QFileInfo(catcher.urls.first().toLocalFile()).canonicalFilePath(),
                 QFileInfo(m_dir->path()).canonicalFilePath());
    }

    void f1OpensTheUserGuideWithItsSections()
    {
        auto* guide = m_window->findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY(guide);
        QCOMPARE(guide->text().remove(QLatin1Char('&')), QStringLiteral("User Guide"));
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_F1);
        auto* help = m_window->findChild<ui::HelpWindow*>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        const QString text = help->browser()->toPlainText();
        for (const char* expected : {"Lawful bases",
                                     "Consent",
                                     "6(1)(a)",
                                     "Contract",
                                     "Legal obligation",
                                     "Vital interests",
                                     "Public task",
                                     "Legitimate interests",
                                     "6(1)(f)",
                                     "The matrix",
                                     "* contract",
                                     "** legal obligation",
                                     "*** legitimate interests",
                                     "The checks",
                                     "Errors",
                                     "Warnings",
                                     "The documents",
                                     "Article 30 register (PDF)",
                                     "Privacy notice",
                                     "ICO template"}) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
        // Again, the same window comes to the front rather than a second one.
        QTest::keyClick(navigation, Qt::Key_F1);
        QCOMPARE(m_window->findChildren<ui::HelpWindow*>().size(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(DesktopHabitsTest)
#include "DesktopHabitsTest.moc"
