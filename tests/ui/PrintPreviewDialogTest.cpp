#include "PrintPreviewDialog.h"

#include "DocumentPrinter.h"
#include "PdfText.h"
#include "PrintDialog.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "report/LawfulBasisMatrix.h"
#include "session/RegisterDocument.h"

#include <QComboBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;
using Kind = report::DocumentKind::Type;

namespace {

int pagesOf(const QString& pdf)
{
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
}

// Width over height of the first page, from pdfinfo.
bool isLandscape(const QString& pdf)
{
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\))")).match(info);
    if (!size.hasMatch()) {
        qWarning("%s", qPrintable(info));
        return false;
    }
    return size.captured(1).toDouble() > size.captured(2).toDouble();
}

} // namespace

// The print preview paints the register's documents through their PDFs' own layout; printed to a PDF file, they
// read back.
class PrintPreviewDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(path, formats::DemoRegister::load().value()));
        auto opened = session::RegisterDocument::open(path, test::kPassphrase);
        QVERIFY(opened.ok());
        m_document = std::move(opened.value());
    }

    void printsEveryPurposeOnA4Landscape()
    {
        ui::PrintPreviewDialog preview(*m_document);
        QCOMPARE(preview.kind(), Kind::RegisterPdf);
        const QString pdf = printed(preview, QStringLiteral("printed.pdf"));

        const QString text = test::pdfFlatText(pdf);
        QVERIFY(text.contains(QStringLiteral("KJM Group")));
        QVERIFY(text.contains(QStringLiteral("Verifying your identity")));
        for (const Activity& activity : m_document->reg().activities) {
            QVERIFY2(text.contains(activity.purpose.simplified()), qPrintable(activity.purpose));
        }
        const int pages = pagesOf(pdf);
        QCOMPARE(pages, preview.pageCount());
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(isLandscape(pdf));
    }

    void thePreviewShowsEveryPage()
    {
        ui::PrintPreviewDialog preview(*m_document);
        preview.show();
        auto* widget = preview.findChild<QPrintPreviewWidget*>();
        QVERIFY(widget);
        QTRY_COMPARE_WITH_TIMEOUT(widget->pageCount(), preview.pageCount(), 30000);
        QVERIFY(preview.pageCount() > 5);
        QCOMPARE(preview.printer()->pageLayout().orientation(), QPageLayout::Landscape);
    }

    void theMatrixAndTheNoticeAreChosenInThePreview()
    {
        ui::PrintPreviewDialog preview(*m_document);
        preview.show();
        auto* chooser = preview.findChild<QComboBox*>(QStringLiteral("documentComboBox"));
        QVERIFY(chooser);
        QVERIFY(chooser->isVisible());
        QCOMPARE(chooser->count(), 3);
        auto* widget = preview.findChild<QPrintPreviewWidget*>();
        QTRY_COMPARE_WITH_TIMEOUT(widget->pageCount(), preview.pageCount(), 30000);
        const int registerPages = preview.pageCount();

        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Lawful-basis matrix")));
        QCOMPARE(preview.kind(), Kind::MatrixPdf);
        QTRY_COMPARE_WITH_TIMEOUT(widget->pageCount(), preview.pageCount(), 30000);
        QVERIFY(preview.pageCount() < registerPages);
        const QString matrix = test::pdfFlatText(printed(preview, QStringLiteral("matrix.pdf")));
        QVERIFY(matrix.contains(QStringLiteral("Lawful-basis matrix")));
        QVERIFY(matrix.contains(QStringLiteral("Verifying your identity")));
        QVERIFY2(!matrix.contains(QStringLiteral("Article 30")), qPrintable(matrix));
        QVERIFY(isLandscape(m_dir->filePath(QStringLiteral("matrix.pdf"))));

        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Privacy notice")));
        QCOMPARE(preview.printer()->pageLayout().orientation(), QPageLayout::Portrait);
        QTRY_COMPARE_WITH_TIMEOUT(widget->pageCount(), preview.pageCount(), 30000);
        const QString noticePdf = printed(preview, QStringLiteral("notice.pdf"));
        const QString notice = test::pdfFlatText(noticePdf);
        QVERIFY2(notice.contains(QStringLiteral("Privacy notice")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("Information Commissioner")));
        QVERIFY(!isLandscape(noticePdf));
    }

    void printingOutsideThePreviewNeedsNoDialogInTests()
    {
        ui::DocumentPrinter printer(*m_document, Kind::NoticePdf);
        const QString pdf = m_dir->filePath(QStringLiteral("notice-direct.pdf"));
        ui::PrintDialog::setNextPrintFile(pdf);
        QVERIFY(printer.printWithDialog(nullptr));
        QVERIFY(test::pdfFlatText(pdf).contains(QStringLiteral("Information Commissioner")));
        QCOMPARE(pagesOf(pdf), printer.pageCount());
    }

private:
    // Prints what the preview shows to a PDF file in the test folder, as Print would print it.
    QString printed(ui::PrintPreviewDialog& preview, const QString& name)
    {
        const QString pdf = m_dir->filePath(name);
        // A printer at its own high resolution, not the layout's 96 dpi, set up as the preview's.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageLayout(preview.printer()->pageLayout());
        printer.setFullPage(true);
        if (!preview.print(&printer)) {
            qWarning("printing %s failed", qPrintable(name));
        }
        return pdf;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
};

QTEST_MAIN(PrintPreviewDialogTest)
#include "PrintPreviewDialogTest.moc"
