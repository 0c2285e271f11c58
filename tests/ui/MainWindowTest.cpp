#include "MainWindow.h"

#include "TestSupport.h"
#include "document/RegisterDocument.h"
#include "io/DemoRegister.h"
#include "report/LawfulBasisMatrix.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"

#include <QAction>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ropa;

// Drives the real main window on a temporary copy of the KJM demo register.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Tests keep their settings in a folder of their own, never the user's.
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(m_path, io::DemoRegister::load().value()));
        auto document = document::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(document.ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::move(document.value()));
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void togglingAMatrixCellShowsInThePreviewAndTheFileAndUndoes()
    {
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("matrixTableView"));
        auto* preview = m_window->findChild<QPlainTextEdit*>(QStringLiteral("matrixPreviewEdit"));
        QVERIFY(view);
        QVERIFY(preview);
        const QString line = QStringLiteral("Verifying your identity (*, **, ***)");
        QVERIFY(preview->toPlainText().contains(line + QLatin1Char('\n')));

        // Column 4 is consent; row 4 is "Verifying your identity".
        QVERIFY(view->model()->setData(view->model()->index(4, 4), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Verifying your identity (*, **, ***, ****)\n")));
        const Register stored = m_window->document()->storedRegister().value();
        QVERIFY(stored.activities.at(4).hasBasis(Basis::Consent));

        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("Undo Change basis of 'Verifying your identity'"));
        undo->trigger();
        QVERIFY(preview->toPlainText().contains(line + QLatin1Char('\n')));
        QVERIFY(!m_window->document()->storedRegister().value().activities.at(4).hasBasis(Basis::Consent));

        auto* redo = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(redo);
        redo->trigger();
        QVERIFY(m_window->document()->storedRegister().value().activities.at(4).hasBasis(Basis::Consent));
    }

    void activitiesTableFollowsTheDocument()
    {
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("activityTableView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 19);
        m_window->document()->removeActivity(0);
        QCOMPARE(view->model()->rowCount(), 18);
        m_window->document()->undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), 19);
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Providing our services"));
    }

    void theLastPageIsShownAgainNextTime()
    {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        navigation->setCurrentRow(1); // Matrix
        m_window->close();
        QCOMPARE(QSettings().value(QStringLiteral("MainWindow/lastPage")).toInt(), 1);

        auto document = m_window->document();
        QVERIFY(document);
        m_window.reset();
        auto reopened = document::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::move(reopened.value()));
        QCOMPARE(m_window->findChild<QListWidget*>(QStringLiteral("navigationList"))->currentRow(), 1);
        QCOMPARE(m_window->findChild<QStackedWidget*>()->currentIndex(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
