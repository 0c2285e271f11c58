#include "DocumentPrinter.h"
#include "MainWindow.h"
#include "PdfText.h"
#include "PrintDialog.h"
#include "PrintPreviewDialog.h"
#include "TestSupport.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;
using Kind = report::DocumentKind::Type;

// File → Print (Ctrl+P) and Print Preview (Ctrl+Shift+P) in the main window, on the KJM demo register: the printer
// is a PDF file, read back.
class PrintingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto document = test::openDemoDocument(m_dir->filePath(QStringLiteral("kjm.ropa")));
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

    void ctrlPOnTheMatrixPagePrintsTheMatrix()
    {
        m_window->showPage(ui::MainWindow::MatrixPage);
        const QString pdf = m_dir->filePath(QStringLiteral("printed-matrix.pdf"));
        ui::PrintDialog::setNextPrintFile(pdf);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(QFileInfo::exists(pdf));
        const QString text = test::pdfFlatText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Lawful-basis matrix")), qPrintable(text));
        for (const Activity& activity : m_window->document()->reg().activities) {
            QVERIFY2(text.contains(activity.purpose.simplified()), qPrintable(activity.purpose));
        }
        QVERIFY(!text.contains(QStringLiteral("Record of Processing Activities")));
    }

    void ctrlPElsewherePrintsTheRegister()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        const QString pdf = m_dir->filePath(QStringLiteral("printed-register.pdf"));
        ui::PrintDialog::setNextPrintFile(pdf);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        const QString text = test::pdfFlatText(pdf);
        QVERIFY(text.contains(QStringLiteral("Record of Processing Activities")));
        QVERIFY(text.contains(QStringLiteral("KJM Group")));
        QVERIFY(text.contains(QStringLiteral("Verifying your identity")));
    }

    void ctrlShiftPPreviewsTheDocumentOfThePage()
    {
        auto* previewAction = m_window->findChild<QAction*>(QStringLiteral("printPreviewAction"));
        auto* printAction = m_window->findChild<QAction*>(QStringLiteral("printAction"));
        QVERIFY(previewAction && printAction);
        QCOMPARE(printAction->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(previewAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));

        m_window->showPage(ui::MainWindow::MatrixPage);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto* preview = m_window->findChild<ui::PrintPreviewDialog*>();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible(), 5000);
        QCOMPARE(preview->kind(), Kind::MatrixPdf);
        preview->close();
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(PrintingTest)
#include "PrintingTest.moc"
