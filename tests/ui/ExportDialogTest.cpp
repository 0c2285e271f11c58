#include "ExportDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "PdfViewerWindow.h"
#include "TestSupport.h"
#include "WellKeptRegister.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "report/IcoCsvExport.h"
#include "report/NoticeGaps.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QThreadPool>
#include <QToolButton>
#include <QtTest>

using namespace ropa;
using Kind = report::DocumentKind::Type;

namespace {

constexpr int kExportTimeout = 60000;

} // namespace

// Drives the export dialog on a temporary copy of the KJM demo register and reads back what it wrote.
class ExportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settingsDir = test::useTemporarySettings();
        m_dir = std::make_unique<QTemporaryDir>();
        m_registerPath = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(m_registerPath, formats::DemoRegister::load().value()));
        auto opened = session::RegisterDocument::open(m_registerPath, test::kPassphrase);
        QVERIFY(opened.ok());
        m_document = std::move(opened.value());
    }

    void init()
    {
        m_dialog = std::make_unique<ui::ExportDialog>(*m_document);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        // Exports a test left running finish before the next test looks at the folder.
        QThreadPool::globalInstance()->waitForDone(kExportTimeout);
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<ui::PdfViewerWindow*>(widget)) {
                widget->close();
            }
        }
    }

    void everyDocumentIsOfferedWithItsDescription()
    {
        auto* combo = m_dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), report::DocumentKind::all().size());
        QVERIFY(combo->findText(QStringLiteral("Article 30 register (PDF)")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("Lawful-basis matrix (text)")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("ICO template (Excel)")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("Privacy notice (PDF)")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("Register (JSON)")) >= 0);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Register (JSON)")));
        auto* description = m_dialog->findChild<QLabel*>(QStringLiteral("descriptionLabel"));
        QVERIFY(description);
        QVERIFY(description->text().contains(QStringLiteral("not encrypted")));
        auto* openPdf = m_dialog->findChild<QCheckBox*>(QStringLiteral("openPdfCheckBox"));
        QVERIFY(openPdf);
        QVERIFY(!openPdf->isEnabled());
        combo->setCurrentIndex(combo->findText(QStringLiteral("Privacy notice (PDF)")));
        QVERIFY(openPdf->isEnabled());
    }

    void theSuggestedNameSitsBesideTheRegisterAndFollowsTheKind()
    {
        auto* path = m_dialog->findChild<QLineEdit*>(QStringLiteral("pathLineEdit"));
        QVERIFY(path);
        m_dialog->setKind(Kind::RegisterPdf);
        QCOMPARE(m_dialog->path(), m_dir->filePath(QStringLiteral("article-30-register.pdf")));
        m_dialog->setKind(Kind::IcoXlsx);
        QCOMPARE(m_dialog->path(), m_dir->filePath(QStringLiteral("ico-template.xlsx")));
        // A name of the user's own keeps its name and changes its extension.
        m_dialog->setPath(m_dir->filePath(QStringLiteral("for-the-ico.xlsx")));
        m_dialog->setKind(Kind::RegisterJson);
        QCOMPARE(m_dialog->path(), m_dir->filePath(QStringLiteral("for-the-ico.ropa.json")));
        m_dialog->setKind(Kind::MatrixText);
        QCOMPARE(m_dialog->path(), m_dir->filePath(QStringLiteral("for-the-ico.txt")));
    }

    void theFindingsAnnexIsOfferedForTheRegisterAndEndsIt()
    {
        auto* findings = m_dialog->findChild<QCheckBox*>(QStringLiteral("findingsCheckBox"));
        QVERIFY(findings);
        m_dialog->setKind(Kind::IcoCsv);
        QVERIFY(!findings->isEnabled());
        m_dialog->setKind(Kind::RegisterHtml);
        QVERIFY(findings->isEnabled());
        findings->setChecked(true);
        const QString html = m_dir->filePath(QStringLiteral("with-findings.html"));
        m_dialog->setPath(html);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("id=\"findings\"")));
        QVERIFY(page.contains(QStringLiteral("RB008")));
        findings->setChecked(false);
    }

    void theIcoCsvCanStartWithItsTitles()
    {
        auto* titlesFirst = m_dialog->findChild<QCheckBox*>(QStringLiteral("titlesFirstCheckBox"));
        QVERIFY(titlesFirst);
        m_dialog->setKind(Kind::IcoXlsx);
        QVERIFY(!titlesFirst->isEnabled());
        m_dialog->setKind(Kind::IcoCsv);
        QVERIFY(titlesFirst->isEnabled());
        // Alt+T ticks it, as its mnemonic says.
        QVERIFY(titlesFirst->text().contains(QStringLiteral("&t")));
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(titlesFirst->isChecked(), 5000); // a mnemonic clicks with a short animation
        const QString csv = m_dir->filePath(QStringLiteral("plain-table.csv"));
        m_dialog->setPath(csv);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(test::readBytes(csv),
                 report::IcoCsvExport::write(m_document->reg(), report::IcoCsvExport::Preamble::None));
        titlesFirst->setChecked(false);
    }

    void exportsTheRegisterPdfOffTheGuiThreadAndOpensIt()
    {
        m_dialog->setKind(Kind::RegisterPdf);
        const QString pdf = m_dir->filePath(QStringLiteral("article-30-register.pdf"));
        QFile::remove(pdf);
        auto* openPdf = m_dialog->findChild<QCheckBox*>(QStringLiteral("openPdfCheckBox"));
        openPdf->setChecked(true);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        auto* button = m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);

        // Running: the dialog is busy but responsive, and nothing is half there.
        QVERIFY(m_dialog->isExporting());
        QVERIFY(!button->isEnabled());
        QVERIFY(!m_dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"))->isEnabled());
        QVERIFY(m_dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible());

        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(exported.at(0).at(0).toString(), pdf);
        QCOMPARE(exported.at(0).at(1).value<Kind>(), Kind::RegisterPdf);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        const QString text = test::pdfFlatText(pdf);
        QVERIFY(text.contains(QStringLiteral("KJM Group")));
        QVERIFY(text.contains(QStringLiteral("Verifying your identity")));
        for (const Activity& activity : m_document->reg().activities) {
            QVERIFY2(text.contains(activity.purpose.simplified()), qPrintable(activity.purpose));
        }

        // The PDF opens in the viewer, every page of it.
        ui::PdfViewerWindow* viewer = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* candidate = qobject_cast<ui::PdfViewerWindow*>(widget); candidate && candidate->isVisible()) {
                viewer = candidate;
            }
        }
        QVERIFY(viewer);
        QCOMPARE(viewer->path(), pdf);
        const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
        const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
        QVERIFY(pages > 5);
        QCOMPARE(viewer->pageCount(), pages);
    }

    void exportsTheIcoCsvAndRemembersTheKind()
    {
        auto* combo = m_dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("ICO template (CSV)")));
        const QString csv = m_dir->filePath(QStringLiteral("ico-template.csv"));
        QCOMPARE(m_dialog->path(), csv);
        QFile::remove(csv);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(test::readBytes(csv), report::IcoCsvExport::write(m_document->reg()));
        QVERIFY(test::readBytes(csv).startsWith("\xEF\xBB\xBF"));

        ui::ExportDialog again(*m_document);
        QCOMPARE(again.kind(), Kind::IcoCsv);
        QCOMPARE(again.path(), csv);
    }

    void exportsTheJsonToAChosenFile()
    {
        m_dialog->setKind(Kind::RegisterJson);
        const QString chosen = m_dir->filePath(QStringLiteral("chosen/kjm-copy.ropa.json"));
        QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));
        ui::FileDialog::setNextFileName(chosen);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
        QCOMPARE(m_dialog->path(), chosen);

        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        const QByteArray json = test::readBytes(chosen);
        QCOMPARE(json, formats::RegisterJsonWriter::write(m_document->reg()));
        const Result<Register> read = formats::RegisterJsonReader::read(json, chosen);
        QVERIFY(read.ok());
        QCOMPARE(read.value().controller.name, m_document->reg().controller.name);
        QCOMPARE(read.value().activities.size(), 19);
    }

    void aMissingFolderIsSaidInTheDialogAndNothingIsWritten()
    {
        m_dialog->setKind(Kind::RegisterPdf);
        const QString target = m_dir->filePath(QStringLiteral("no-such-folder/article-30-register.pdf"));
        m_dialog->setPath(target);
        QSignalSpy failed(m_dialog.get(), &ui::ExportDialog::exportFailed);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kExportTimeout);
        auto* message = m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QStringLiteral("Cannot write article-30-register.pdf: the folder %1 does not exist.")
                     .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(QFileInfo(target).absolutePath()));
    }

    void aFileTheSystemRefusesIsSaidAfterTheExport()
    {
        // A name longer than any file system takes: the check comes from the write itself, on the worker.
        m_dialog->setKind(Kind::MatrixText);
        const QString target = m_dir->filePath(QString(300, QLatin1Char('m')) + QStringLiteral(".txt"));
        m_dialog->setPath(target);
        QSignalSpy failed(m_dialog.get(), &ui::ExportDialog::exportFailed);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(failed.wait(kExportTimeout));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot write ")), qPrintable(message));
        QVERIFY(message.contains(QFileInfo(target).fileName()));
        QCOMPARE(m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(), message);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->isExporting());
    }

    void replacingAFileIsAskedFirst()
    {
        m_dialog->setKind(Kind::MatrixText);
        const QString target = m_dir->filePath(QStringLiteral("existing-matrix.txt"));
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        m_dialog->setPath(target);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("existing-matrix.txt")));
        QVERIFY(!m_dialog->isExporting());
        QCOMPARE(test::readBytes(target), QByteArray("keep me"));

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QVERIFY(test::readBytes(target).startsWith("Providing our services (*, ***)"));
    }

    void aNoticeWithGapsSaysHowManyPlacesAndWhatIsMissing()
    {
        const qsizetype count = report::NoticeGaps(m_document->reg()).list().size();
        QVERIFY(count > 1);
        auto* warning = m_dialog->findChild<QLabel*>(QStringLiteral("noticeGapsLabel"));
        auto* disclose = m_dialog->findChild<QToolButton*>(QStringLiteral("noticeGapsButton"));
        auto* list = m_dialog->findChild<QTextEdit*>(QStringLiteral("noticeGapsList"));
        auto* strict = m_dialog->findChild<QCheckBox*>(QStringLiteral("strictCheckBox"));
        QVERIFY(warning && disclose && list && strict);
        m_dialog->setKind(Kind::RegisterPdf);
        QVERIFY(!warning->isVisible());
        QVERIFY(!strict->isEnabled());

        m_dialog->setKind(Kind::NoticePdf);
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(),
                 QStringLiteral("The notice will say 'Not recorded' in %1 places the register does not fill in.")
                     .arg(count));
        QVERIFY(strict->isEnabled());
        QVERIFY(!strict->isChecked());
        QVERIFY(disclose->isVisible());
        QVERIFY(!list->isVisible());

        // Reached and opened from the keyboard: the list then names every gap, one a line.
        QVERIFY(disclose->focusPolicy() & Qt::TabFocus);
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        disclose->setFocus();
        QTest::keyClick(disclose, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), 5000);
        QVERIFY(disclose->text().startsWith(QStringLiteral("Hide")));
        const QString listed = list->toPlainText();
        QCOMPARE(listed.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), count);
        QVERIFY2(listed.contains(QStringLiteral("sends to Google Analytics in the United States (Article 13(1)(f))")),
                 qPrintable(listed));
        QVERIFY(list->isReadOnly());

        m_dialog->setKind(Kind::NoticeText);
        QVERIFY(warning->isVisible());
        m_dialog->setKind(Kind::MatrixText);
        QVERIFY(!warning->isVisible());
        QVERIFY(!list->isVisible());
    }

    void aWellKeptRegisterGetsNoWarning()
    {
        const QString path = m_dir->filePath(QStringLiteral("well-kept.ropa"));
        QVERIFY(test::writeRegisterFile(path, test::wellKeptRegister()));
        auto opened = session::RegisterDocument::open(path, test::kPassphrase);
        QVERIFY(opened.ok());
        ui::ExportDialog dialog(*opened.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setKind(Kind::NoticePdf);
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("noticeGapsLabel"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());
        QVERIFY(!dialog.findChild<QToolButton*>(QStringLiteral("noticeGapsButton"))->isVisible());
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("strictCheckBox"))->isEnabled());
    }

    void refusingGapsWritesNoNoticeAndSaysWhy()
    {
        const qsizetype count = report::NoticeGaps(m_document->reg()).list().size();
        m_dialog->setKind(Kind::NoticeHtml);
        const QString target = m_dir->filePath(QStringLiteral("strict-notice.html"));
        m_dialog->setPath(target);
        auto* strict = m_dialog->findChild<QCheckBox*>(QStringLiteral("strictCheckBox"));
        strict->setChecked(true);
        QSignalSpy failed(m_dialog.get(), &ui::ExportDialog::exportFailed);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        const QString said = QStringLiteral("The notice was not written: the register lacks %1 items that a privacy "
                                            "notice must give, and you chose to refuse a notice with gaps.")
                                 .arg(count);
        QCOMPARE(failed.at(0).at(0).toString(), said);
        auto* message = m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), said);
        QVERIFY(!m_dialog->isExporting());
        QVERIFY(m_dialog->isVisible());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(kExportTimeout));
        QCoreApplication::processEvents();
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFileInfo::exists(target));

        // The choice is remembered for the next export, as the kind is.
        {
            ui::ExportDialog again(*m_document);
            again.setKind(Kind::NoticePdf);
            QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("strictCheckBox"))->isChecked());
        }
        // Other documents are written whatever the box says.
        m_dialog->setKind(Kind::MatrixText);
        const QString matrix = m_dir->filePath(QStringLiteral("strict-matrix.txt"));
        m_dialog->setPath(matrix);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QVERIFY(QFileInfo::exists(matrix));
        QSettings().remove(QStringLiteral("Export/noticeStrict"));
    }

    void aNoticeWithGapsIsWrittenAndTheCountSaidAfter()
    {
        const qsizetype count = report::NoticeGaps(m_document->reg()).list().size();
        m_dialog->setKind(Kind::NoticeText);
        const QString target = m_dir->filePath(QStringLiteral("notice-with-gaps.txt"));
        m_dialog->setPath(target);
        QVERIFY(!m_dialog->findChild<QCheckBox*>(QStringLiteral("strictCheckBox"))->isChecked());
        QSignalSpy confirmed(m_dialog.get(), &ui::ExportDialog::confirmed);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QVERIFY(test::readBytes(target).contains("Not recorded"));
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.at(0).at(0).toString(),
                 QStringLiteral("Exported %1. It says 'Not recorded' in %2 places the register does not fill in.")
                     .arg(QDir::toNativeSeparators(target))
                     .arg(count));
    }

    void anExportWithoutGapsSaysWhereItWent()
    {
        m_dialog->setKind(Kind::MatrixCsv);
        const QString target = m_dir->filePath(QStringLiteral("confirmed-matrix.csv"));
        m_dialog->setPath(target);
        QSignalSpy confirmed(m_dialog.get(), &ui::ExportDialog::confirmed);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(confirmed.wait(kExportTimeout));
        QCOMPARE(confirmed.at(0).at(0).toString(),
                 QStringLiteral("Exported %1.").arg(QDir::toNativeSeparators(target)));
    }

    void cancelDuringTheExportClosesAtOnceAndWritesNothing()
    {
        m_dialog->setKind(Kind::RegisterPdf);
        const QString target = m_dir->filePath(QStringLiteral("cancelled.pdf"));
        m_dialog->setPath(target);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(m_dialog->isExporting());
        auto* cancel = m_dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(!m_dialog->isExporting());

        // The export runs on to its end without the dialog, then writes nothing.
        m_dialog.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(kExportTimeout));
        QCoreApplication::processEvents();
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_registerPath;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<ui::ExportDialog> m_dialog;
};

QTEST_MAIN(ExportDialogTest)
#include "ExportDialogTest.moc"
