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
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

    void aFileOtherThanAnOpenedPdfIsConfirmedWithItsFolderAtHand()
    {
        m_dialog->setKind(Kind::IcoCsv);
        const QString target = m_dir->filePath(QStringLiteral("confirm/ico.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        m_dialog->setPath(target);
        auto* openFolder = m_dialog->findChild<QPushButton*>(QStringLiteral("openFolderButton"));
        QVERIFY(openFolder);
        QVERIFY(!openFolder->isVisible());
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(test::readBytes(target), report::IcoCsvExport::write(m_document->reg()));

        // The dialog stays to say what was written where.
        QVERIFY(m_dialog->isVisible());
        auto* message = m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Written %1.").arg(QDir::toNativeSeparators(target)));
        QCOMPARE(m_dialog->writtenPath(), target);
        QVERIFY(openFolder->isVisible());
        auto* close = m_dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QCOMPARE(close->text(), QStringLiteral("&Close"));

        // Open Folder hands the file's folder to the desktop.
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "urlOpened");
        m_openedUrls.clear();
        QTest::mouseClick(openFolder, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(target).absolutePath())});

        // Closing ends an export that was made, not a cancelled one.
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void aPdfNotOpenedIsConfirmedToo()
    {
        m_dialog->setKind(Kind::MatrixPdf);
        const QString target = m_dir->filePath(QStringLiteral("confirm/matrix.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        m_dialog->setPath(target);
        m_dialog->findChild<QCheckBox*>(QStringLiteral("openPdfCheckBox"))->setChecked(false);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QVERIFY(test::pdfFlatText(target).contains(QStringLiteral("Providing our services")));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
                 QStringLiteral("Written %1.").arg(QDir::toNativeSeparators(target)));
        QSettings().remove(QStringLiteral("Export/openPdf"));
    }

    void theFolderChosenIsSuggestedNextTime()
    {
        m_dialog->setKind(Kind::MatrixText);
        const QString folder = m_dir->filePath(QStringLiteral("for-the-dpo"));
        QVERIFY(QDir().mkpath(folder));
        m_dialog->setPath(QDir(folder).filePath(QStringLiteral("matrix-for-the-dpo.txt")));
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));

        ui::ExportDialog again(*m_document);
        QCOMPARE(again.kind(), Kind::MatrixText);
        QCOMPARE(again.path(), QDir(folder).filePath(QStringLiteral("lawful-basis-matrix.txt")));
        again.setKind(Kind::IcoXlsx);
        QCOMPARE(again.path(), QDir(folder).filePath(QStringLiteral("ico-template.xlsx")));
        // A bare name goes there too.
        again.setPath(QStringLiteral("bare-matrix.txt"));
        QSignalSpy againExported(&again, &ui::ExportDialog::exported);
        again.setKind(Kind::MatrixText);
        again.startExport();
        QVERIFY(againExported.wait(kExportTimeout));
        QCOMPARE(againExported.at(0).at(0).toString(), QDir(folder).filePath(QStringLiteral("bare-matrix.txt")));
        QVERIFY(test::readBytes(QDir(folder).filePath(QStringLiteral("bare-matrix.txt")))
                    .startsWith("Providing our services"));

        // Another register's documents are not sent there.
        const QString otherPath = m_dir->filePath(QStringLiteral("other/acme.ropa"));
        QVERIFY(QDir().mkpath(QFileInfo(otherPath).absolutePath()));
        QVERIFY(test::writeRegisterFile(otherPath, test::wellKeptRegister()));
        auto other = session::RegisterDocument::open(otherPath, test::kPassphrase);
        QVERIFY(other.ok());
        ui::ExportDialog forOther(*other.value());
        QCOMPARE(QFileInfo(forOther.path()).absolutePath(), QFileInfo(otherPath).absolutePath());
    }

    void theDemoInTheApplicationsFolderSuggestsDocuments()
    {
        // A home of the test's own, so its Documents and application folders are fresh ones.
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            oldData.isNull() ? qunsetenv("XDG_DATA_HOME") : qputenv("XDG_DATA_HOME", oldData);
            oldConfig.isNull() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        const QString documents = QDir(home.path()).filePath(QStringLiteral("Documents"));
        QVERIFY(QDir().mkpath(documents));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), documents);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(appData.startsWith(home.path()));
        QVERIFY(QDir().mkpath(appData));
        const QString demoPath = QDir(appData).filePath(QStringLiteral("kjm-group.ropa"));
        QVERIFY(test::writeRegisterFile(demoPath, formats::DemoRegister::load().value()));
        auto demo = session::RegisterDocument::open(demoPath, test::kPassphrase);
        QVERIFY(demo.ok());

        ui::ExportDialog dialog(*demo.value());
        dialog.setKind(Kind::MatrixCsv);
        QCOMPARE(dialog.path(), QDir(documents).filePath(QStringLiteral("lawful-basis-matrix.csv")));
        QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(exported.wait(kExportTimeout));
        QVERIFY(test::readBytes(QDir(documents).filePath(QStringLiteral("lawful-basis-matrix.csv"))).size() > 100);
        QVERIFY(!QFileInfo::exists(QDir(appData).filePath(QStringLiteral("lawful-basis-matrix.csv"))));
    }

    void aNameEndingInAnotherFormatIsCorrectedBeforeAnythingIsWritten()
    {
        m_dialog->setKind(Kind::RegisterJson);
        const QString wrong = m_dir->filePath(QStringLiteral("notice.pdf"));
        m_dialog->setPath(wrong);
        QSignalSpy failed(m_dialog.get(), &ui::ExportDialog::exportFailed);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        auto* button = m_dialog->findChild<QPushButton*>(QStringLiteral("exportButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        const QString said = QStringLiteral("A file of the register as JSON (not encrypted) ends in .ropa.json, so "
                                            "notice.pdf is now notice.ropa.json: press Export again to write it.");
        QCOMPARE(failed.at(0).at(0).toString(), said);
        QCOMPARE(m_dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(), said);
        QVERIFY(!m_dialog->isExporting());
        const QString corrected = m_dir->filePath(QStringLiteral("notice.ropa.json"));
        QCOMPARE(m_dialog->path(), corrected);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(kExportTimeout));
        QCoreApplication::processEvents();
        QCOMPARE(exported.size(), 0);
        QVERIFY(!QFileInfo::exists(wrong));

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(exported.at(0).at(0).toString(), corrected);
        QVERIFY(!QFileInfo::exists(wrong));
        const Result<Register> read = formats::RegisterJsonReader::read(test::readBytes(corrected), corrected);
        QVERIFY(read.ok());
        QCOMPARE(read.value().activities.size(), 19);
    }

    void aNameWithoutAnEndingGetsOneAndEveryEndingOfTheFormatIsTaken()
    {
        m_dialog->setKind(Kind::MatrixText);
        m_dialog->setPath(m_dir->filePath(QStringLiteral("plain-matrix")));
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        m_dialog->startExport();
        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(exported.at(0).at(0).toString(), m_dir->filePath(QStringLiteral("plain-matrix.txt")));
        QVERIFY(test::readBytes(m_dir->filePath(QStringLiteral("plain-matrix.txt"))).startsWith("Providing our"));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("plain-matrix"))));

        m_dialog->setKind(Kind::MatrixHtml);
        const QString htm = m_dir->filePath(QStringLiteral("matrix.HTM"));
        m_dialog->setPath(htm);
        m_dialog->startExport();
        QVERIFY(exported.wait(kExportTimeout));
        QCOMPARE(exported.at(1).at(0).toString(), htm);
        QVERIFY(test::readBytes(htm).contains("<table"));

        // Every kind's own suggested name passes as it is.
        for (const report::DocumentKind& doc : report::DocumentKind::all()) {
            m_dialog->setKind(doc.type);
            m_dialog->setPath(m_dir->filePath(QStringLiteral("no-such-folder/") + doc.fileName));
            QSignalSpy failed(m_dialog.get(), &ui::ExportDialog::exportFailed);
            m_dialog->startExport();
            QCOMPARE(failed.size(), 1);
            QVERIFY2(failed.at(0).at(0).toString().startsWith(QStringLiteral("Cannot write")),
                     qPrintable(failed.at(0).at(0).toString()));
        }
    }

    void theUnencryptedJsonIsNeverTheKindOfferedFirst()
    {
        m_dialog->setKind(Kind::RegisterJson);
        const QString target = m_dir->filePath(QStringLiteral("last-as-json.ropa.json"));
        m_dialog->setPath(target);
        QSignalSpy exported(m_dialog.get(), &ui::ExportDialog::exported);
        m_dialog->startExport();
        QVERIFY(exported.wait(kExportTimeout));
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(QSettings().value(QStringLiteral("Export/document")).toString(), QStringLiteral("register.ropa.json"));

        ui::ExportDialog again(*m_document);
        QCOMPARE(again.kind(), Kind::RegisterPdf);
        QCOMPARE(again.path(), m_dir->filePath(QStringLiteral("article-30-register.pdf")));
    }

public Q_SLOTS:
    // Where QDesktopServices would have sent a file URL.
    void urlOpened(const QUrl& url) { m_openedUrls << url; }

private:
    QList<QUrl> m_openedUrls;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_registerPath;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<ui::ExportDialog> m_dialog;
};

QTEST_MAIN(ExportDialogTest)
#include "ExportDialogTest.moc"
