#include "PdfViewerWindow.h"

#include "PdfText.h"
#include "PrintDialog.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "report/DocumentKind.h"
#include "session/ExportDocument.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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

    void ctrlFFindsTheTextAndF3GoesOnToTheNextPlace()
    {
        m_viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
        auto* field = m_viewer->findChild<QLineEdit*>(QStringLiteral("findLineEdit"));
        auto* label = m_viewer->findChild<QLabel*>(QStringLiteral("findLabel"));
        auto* highlight = m_viewer->findChild<QWidget*>(QStringLiteral("findHighlight"));
        QVERIFY(field && label && highlight);
        QTest::keySequence(m_viewer.get(), QKeySequence::Find);
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("Verifying your identity"));
        QTest::keyClick(field, Qt::Key_Return);

        // The purpose is in the contents, the matrix and its own section at least.
        const int count = m_viewer->matchCount();
        QVERIFY2(count >= 3, qPrintable(QString::number(count)));
        QCOMPARE(m_viewer->currentMatch(), 0);
        QCOMPARE(label->text(), QStringLiteral("1 of %1").arg(count));
        QVERIFY(pageText(m_viewer->matchPage()).contains(QStringLiteral("Verifying your identity")));
        QVERIFY(highlight->isVisible());
        auto* view = m_viewer->findChild<QPdfView*>(QStringLiteral("pdfView"));
        QVERIFY(view->viewport()->rect().contains(highlight->geometry()));

        QList<int> pages{m_viewer->matchPage()};
        for (int i = 1; i < count; ++i) {
            QTest::keyClick(m_viewer.get(), Qt::Key_F3);
            QCOMPARE(m_viewer->currentMatch(), i);
            QCOMPARE(label->text(), QStringLiteral("%1 of %2").arg(i + 1).arg(count));
            QVERIFY(m_viewer->matchPage() >= pages.last());
            pages << m_viewer->matchPage();
            QVERIFY2(pageText(m_viewer->matchPage()).contains(QStringLiteral("Verifying your identity")),
                     qPrintable(QString::number(m_viewer->matchPage())));
            QVERIFY(view->viewport()->rect().contains(highlight->geometry()));
        }
        QVERIFY(pages.last() > pages.first());
        // Past the last, round to the first; Shift+F3 goes back.
        QTest::keyClick(m_viewer.get(), Qt::Key_F3);
        QCOMPARE(m_viewer->currentMatch(), 0);
        QTest::keyClick(m_viewer.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_viewer->currentMatch(), count - 1);
        QCOMPARE(m_viewer->matchPage(), pages.last());
    }

    void textTheDocumentDoesNotHaveIsSaid()
    {
        QVERIFY(!m_viewer->find(QStringLiteral("zebra crossing on the moon")));
        QCOMPARE(m_viewer->matchCount(), 0);
        QCOMPARE(m_viewer->currentMatch(), -1);
        QCOMPARE(m_viewer->findChild<QLabel*>(QStringLiteral("findLabel"))->text(), QStringLiteral("Not found"));
        QVERIFY(!m_viewer->findChild<QWidget*>(QStringLiteral("findHighlight"))->isVisible());
    }

    void ctrlPPrintsEveryPage()
    {
        m_viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
        const QString printed = m_dir->filePath(QStringLiteral("printed-from-viewer.pdf"));
        ui::PrintDialog::setNextPrintFile(printed);
        QTest::keySequence(m_viewer.get(), QKeySequence::Print);
        QVERIFY(QFileInfo::exists(printed));
        const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {printed});
        QCOMPARE(QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt(), m_pages);
        QVERIFY2(info.contains(QStringLiteral("landscape")) || pageIsLandscape(info), qPrintable(info));
        // Each page is the document's own image of it, not a blank sheet.
        const QStringList images = test::runPoppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), printed})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                       .mid(2);
        QCOMPARE(images.size(), m_pages);
        for (const QString& image : images) {
            QCOMPARE(image.simplified().section(QLatin1Char(' '), 2, 2), QStringLiteral("image"));
        }
    }

    void openInMyPdfReaderHandsTheFileToTheSystem()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "urlOpened");
        m_openedUrls.clear();
        m_viewer->findChild<QAction*>(QStringLiteral("openInReaderAction"))->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl::fromLocalFile(m_pdf)});
    }

public Q_SLOTS:
    void urlOpened(const QUrl& url) { m_openedUrls << url; }

private:
    // The text of one page (from 0) as pdftotext reads it.
    QString pageText(int page) const
    {
        const QString number = QString::number(page + 1);
        return test::runPoppler(
                   QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), number, QStringLiteral("-l"), number, m_pdf, QStringLiteral("-")})
            .simplified();
    }

    static bool pageIsLandscape(const QString& info)
    {
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)")).match(info);
        return size.hasMatch() && size.captured(1).toDouble() > size.captured(2).toDouble();
    }

    QList<QUrl> m_openedUrls;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pdf;
    int m_pages = 0;
    std::unique_ptr<ui::PdfViewerWindow> m_viewer;
};

QTEST_MAIN(PdfViewerWindowTest)
#include "PdfViewerWindowTest.moc"
