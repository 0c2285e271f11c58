#include "PdfViewerWindow.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "report/DocumentKind.h"
#include "session/ExportDocument.h"

#include <QAction>
#include <QFile>
#include <QPdfDocument>
#include <QPdfView>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// The viewer on the Article 30 register PDF that `ropa-cli export` writes.
class PdfViewerWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_pdf = m_dir->filePath(QStringLiteral("article-30-register.pdf"));
        const Register reg = formats::DemoRegister::load().value();
        const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), 1, Fingerprint::of(reg), false};
        QVERIFY(session::ExportDocument::write(report::DocumentKind::of(report::DocumentKind::Type::RegisterPdf), reg,
                                               info, m_pdf, {})
                    .ok());
        const QString pdfInfo = test::runPoppler(QStringLiteral("pdfinfo"), {m_pdf});
        m_pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(pdfInfo).captured(1).toInt();
        QVERIFY(m_pages > 5);
    }

    void init()
    {
        m_viewer = std::make_unique<ui::PdfViewerWindow>();
        m_viewer->resize(900, 700);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
        const Status opened = m_viewer->open(m_pdf);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    }

    void cleanup() { m_viewer.reset(); }

    void showsEveryPageInOneColumnTitledWithTheFileName()
    {
        auto* view = m_viewer->findChild<QPdfView*>(QStringLiteral("pdfView"));
        QVERIFY(view);
        QCOMPARE(view->document()->pageCount(), m_pages);
        QCOMPARE(m_viewer->pageCount(), m_pages);
        QCOMPARE(view->pageMode(), QPdfView::PageMode::MultiPage);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QCOMPARE(m_viewer->windowTitle(), QStringLiteral("article-30-register.pdf"));
        auto* page = m_viewer->findChild<QSpinBox*>(QStringLiteral("pageSpinBox"));
        QVERIFY(page);
        QCOMPARE(page->text(), QStringLiteral("Page 1 of %1").arg(m_pages));
        QCOMPARE(page->maximum(), m_pages);
    }

    void pageKeysAndThePageBoxMoveThroughThePages()
    {
        auto* page = m_viewer->findChild<QSpinBox*>(QStringLiteral("pageSpinBox"));
        QCOMPARE(m_viewer->currentPage(), 0);
        QTest::keyClick(m_viewer.get(), Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 1);
        QCOMPARE(page->value(), 2);
        QTest::keyClick(m_viewer.get(), Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 2);
        QTest::keyClick(m_viewer.get(), Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 1);

        page->setValue(5);
        QCOMPARE(m_viewer->currentPage(), 4);
        QCOMPARE(page->text(), QStringLiteral("Page 5 of %1").arg(m_pages));

        m_viewer->goToPage(m_pages - 1);
        QCOMPARE(m_viewer->currentPage(), m_pages - 1);
        auto* next = m_viewer->findChild<QAction*>(QStringLiteral("nextPageAction"));
        QVERIFY(next);
        QVERIFY(!next->isEnabled());
        QTest::keyClick(m_viewer.get(), Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), m_pages - 2);
        m_viewer->goToPage(0);
        QVERIFY(!m_viewer->findChild<QAction*>(QStringLiteral("previousPageAction"))->isEnabled());
    }

    void zoomsInAndOutFromWhatIsShownAndFitsTheWidthAgain()
    {
        auto* view = m_viewer->findChild<QPdfView*>(QStringLiteral("pdfView"));
        m_viewer->goToPage(3);
        // Fitted to 900 pixels, an A4 landscape page is shown at about 0.8.
        QTest::keySequence(m_viewer.get(), QKeySequence::ZoomIn);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::Custom);
        const qreal zoomedIn = view->zoomFactor();
        QVERIFY2(zoomedIn > 0.8 && zoomedIn < 1.3, qPrintable(QString::number(zoomedIn)));
        QCOMPARE(m_viewer->currentPage(), 3);
        QTest::keySequence(m_viewer.get(), QKeySequence::ZoomOut);
        QTest::keySequence(m_viewer.get(), QKeySequence::ZoomOut);
        QVERIFY(view->zoomFactor() < zoomedIn);
        QCOMPARE(m_viewer->currentPage(), 3);
        m_viewer->findChild<QAction*>(QStringLiteral("fitWidthAction"))->trigger();
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QCOMPARE(m_viewer->currentPage(), 3);
    }

    void aMissingFileIsAnErrorAndTheShownDocumentStays()
    {
        const QString missing = m_dir->filePath(QStringLiteral("nothing-here.pdf"));
        const Status opened = m_viewer->open(missing);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(missing)));
        QVERIFY(opened.error().message.contains(QStringLiteral("does not exist")));
        QCOMPARE(m_viewer->pageCount(), m_pages);
        QCOMPARE(m_viewer->windowTitle(), QStringLiteral("article-30-register.pdf"));
    }

    void aBrokenFileIsAnError()
    {
        const QString broken = m_dir->filePath(QStringLiteral("broken.pdf"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::readBytes(m_pdf).left(2000)); // a PDF cut short, as an interrupted copy leaves it
        }
        const Status opened = m_viewer->open(broken);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("broken.pdf")), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QStringLiteral("not a PDF document, or it is damaged")));
        QCOMPARE(m_viewer->path(), m_pdf);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pdf;
    int m_pages = 0;
    std::unique_ptr<ui::PdfViewerWindow> m_viewer;
};

QTEST_MAIN(PdfViewerWindowTest)
#include "PdfViewerWindowTest.moc"
