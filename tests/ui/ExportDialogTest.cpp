#include "ExportDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "PdfViewerWindow.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "report/IcoCsvExport.h"
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
#include <QThreadPool>
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
