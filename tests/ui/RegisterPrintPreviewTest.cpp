#include "RegisterPrintPreview.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "session/RegisterDocument.h"

#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// The print preview paints the register through the PDF's own layout; printed to a PDF file, it reads back.
class RegisterPrintPreviewTest : public QObject
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
        ui::RegisterPrintPreview preview(*m_document);
        const QString pdf = m_dir->filePath(QStringLiteral("printed.pdf"));
        // A printer at its own high resolution, not the layout's 96 dpi.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        ui::RegisterPrintPreview::setUpPrinter(printer);
        QVERIFY(preview.print(&printer));

        const QString text = test::pdfFlatText(pdf);
        QVERIFY(text.contains(QStringLiteral("KJM Group")));
        QVERIFY(text.contains(QStringLiteral("Verifying your identity")));
        for (const Activity& activity : m_document->reg().activities) {
            QVERIFY2(text.contains(activity.purpose.simplified()), qPrintable(activity.purpose));
        }
        const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
        const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
        QCOMPARE(pages, preview.pageCount());
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\))")).match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble()); // landscape
    }

    void thePreviewShowsEveryPage()
    {
        ui::RegisterPrintPreview preview(*m_document);
        preview.show();
        auto* widget = preview.findChild<QPrintPreviewWidget*>();
        QVERIFY(widget);
        QTRY_COMPARE_WITH_TIMEOUT(widget->pageCount(), preview.pageCount(), 30000);
        QVERIFY(preview.pageCount() > 5);
        QCOMPARE(preview.printer()->pageLayout().orientation(), QPageLayout::Landscape);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
};

QTEST_MAIN(RegisterPrintPreviewTest)
#include "RegisterPrintPreviewTest.moc"
