#include "MainWindow.h"

#include "AppSettings.h"
#include "ChangePassphraseDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OrganisationDialog.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "SaveCopyDialog.h"
#include "SaveFailedDialog.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "report/LawfulBasisMatrix.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
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
        QCOMPARE(undo->text().remove(QLatin1Char('&')),
                 QStringLiteral("Undo Change basis of 'Verifying your identity'"));
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
        navigation->setCurrentRow(ui::MainWindow::MatrixPage);
        m_window->close();
        QCOMPARE(QSettings().value(QStringLiteral("MainWindow/lastPage")).toInt(), ui::MainWindow::MatrixPage);

        auto document = m_window->document();
        QVERIFY(document);
        m_window.reset();
        auto reopened = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::move(reopened.value()));
        QCOMPARE(m_window->findChild<QListWidget*>(QStringLiteral("navigationList"))->currentRow(),
                 ui::MainWindow::MatrixPage);
        QCOMPARE(m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"))->currentIndex(),
                 ui::MainWindow::MatrixPage);
    }

    void addingAnActivityTickingBasesUndoAndRedoReachTheFile()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("activitiesPage"));
        QVERIFY(page);
        auto* view = page->findChild<QTableView*>(QStringLiteral("activityTableView"));
        view->setFocus();
        view->selectRow(2);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 20);

        // The new activity is the fourth, chosen, and its purpose field has the focus with the text selected.
        auto* purpose = page->findChild<QLineEdit*>(QStringLiteral("purposeLineEdit"));
        QTRY_VERIFY(purpose->hasFocus());
        QTest::keyClicks(purpose, QStringLiteral("Sending our newsletter"));
        QTest::keyClick(purpose, Qt::Key_Return);
        QCOMPARE(view->model()->index(3, 1).data().toString(), QStringLiteral("Sending our newsletter"));

        auto* contract = page->findChild<QCheckBox*>(QStringLiteral("basisCheckBox_contract"));
        auto* interests = page->findChild<QCheckBox*>(QStringLiteral("basisCheckBox_legitimate_interests"));
        auto* interest = page->findChild<QLineEdit*>(QStringLiteral("legitimateInterestEdit"));
        QVERIFY(contract && interests && interest);
        QVERIFY(!interest->isVisible());
        // A check box takes clicks on its box and words, not on the rest of its width.
        const auto boxOf = [](QWidget* box) { return QPoint(8, box->height() / 2); };
        QTest::mouseClick(contract, Qt::LeftButton, {}, boxOf(contract));
        QVERIFY(contract->isChecked());
        QCOMPARE(view->model()->index(3, 2).data().toString(), QStringLiteral("Contract"));
        QTest::mouseClick(interests, Qt::LeftButton, {}, boxOf(interests));
        QVERIFY(interest->isVisible());
        QCOMPARE(view->model()->index(3, 2).data().toString(), QStringLiteral("Contract, Legitimate interests"));
        auto* preview = m_window->findChild<QPlainTextEdit*>(QStringLiteral("matrixPreviewEdit"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\nSending our newsletter (*, ***)\n")));

        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
        QCOMPARE(undo->text().remove(QLatin1Char('&')),
                 QStringLiteral("Undo Change basis of 'Sending our newsletter'"));
        undo->trigger();
        QVERIFY(!interests->isChecked());
        QVERIFY(!interest->isVisible());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\nSending our newsletter (*)\n")));
        QCOMPARE(view->model()->index(3, 2).data().toString(), QStringLiteral("Contract"));
        redo->trigger();
        QVERIFY(interests->isChecked());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\nSending our newsletter (*, ***)\n")));

        // Closed and opened again, the file has it all.
        m_window->close();
        m_window.reset();
        auto reopened = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        const Activity& stored = reopened.value()->reg().activities.at(3);
        QCOMPARE(stored.purpose, QStringLiteral("Sending our newsletter"));
        QVERIFY(stored.hasBasis(Basis::Contract));
        QVERIFY(stored.hasBasis(Basis::LegitimateInterests));
        QCOMPARE(stored.bases.size(), 2);
        QCOMPARE(reopened.value()->reg().activities.size(), 20);
    }

    void aMatrixCellToggledInTheWindowShowsInTheCommandLineMatrix()
    {
        m_window->showPage(ui::MainWindow::MatrixPage);
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("matrixTableView"));
        // Row 4 is "Verifying your identity"; column 4 is consent. Clicking the cell's box ticks it.
        const QModelIndex cell = view->model()->index(4, 4);
        view->scrollTo(cell);
        const QRect rect = view->visualRect(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        if (view->model()->data(cell, Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Checked) {
            QTest::keyClick(view, Qt::Key_Space); // styles without a centred box toggle from the keyboard
        }
        QCOMPARE(view->model()->data(cell, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        m_window->close();
        m_window.reset(); // the file is free for the command line

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROPA_PASSPHRASE"), QString::fromLatin1(test::kPassphrase));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ROPA_CLI_PATH), {QStringLiteral("matrix"), m_path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("\nVerifying your identity (*, **, ***, ****)\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("****")));
    }

    void deletingARecipientNamesTheActivitiesThatUseIt()
    {
        m_window->showPage(ui::MainWindow::RecipientsPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("catalogueTableView"));
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("glazing"));
        QCOMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("nameEditor"));
        QCOMPARE(name->text(), QStringLiteral("Glass and Glazing Federation"));

        // Cancel first: nothing goes.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(m_window->document()->reg().recipients.size(), 9);
        const QString question = ui::MessageBox::lastText();
        QVERIFY2(question.contains(QStringLiteral("'Glass and Glazing Federation'")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("2 activities use it")));
        QVERIFY(question.contains(QStringLiteral("Put in place the necessary insurance backed guarantees")));
        QVERIFY(question.contains(QStringLiteral("Interact with third parties in order to ensure the products and "
                                                 "services have been delivered to your satisfaction")));

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(m_window->document()->reg().recipients.size(), 8);
        QCOMPARE(m_window->document()->storedRegister().value().recipients.size(), 8);
        QCOMPARE(view->model()->rowCount(), 0); // the filter still says "glazing"
        m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(m_window->document()->storedRegister().value(), formats::DemoRegister::load().value());
    }

    void editingARecipientInTheFormIsSavedAndNamedInUndo()
    {
        m_window->showPage(ui::MainWindow::RecipientsPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("catalogueTableView"));
        view->setCurrentIndex(view->model()->index(3, 0)); // FENSA
        auto* country = page->findChild<QLineEdit*>(QStringLiteral("countryEditor"));
        country->setFocus();
        country->selectAll();
        QTest::keyClicks(country, QStringLiteral("IE"));
        QTest::keyClick(country, Qt::Key_Return);
        QCOMPARE(m_window->document()->storedRegister().value().recipients.at(3).country, QStringLiteral("IE"));
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("undoAction"))->text().remove(QLatin1Char('&')),
                 QStringLiteral("Undo Change country of recipient 'FENSA'"));
    }

    void autoLockHidesTheDataAndTheRightPassphraseBringsThePageBack()
    {
        m_window->showPage(ui::MainWindow::RecipientsPage);
        QSignalSpy locked(m_window.get(), &ui::MainWindow::locked);
        m_window->setAutoLockTimeout(std::chrono::milliseconds(100));
        QVERIFY(locked.wait(5000));
        QVERIFY(m_window->isLocked());
        QVERIFY(!m_window->document()); // the register is closed and its key gone
        QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("catalogueTableView")));
        QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("activityTableView")));
        // The file is free again: another program could open it now.
        QVERIFY(session::RegisterDocument::open(m_path, test::kPassphrase).ok());

        auto* lockScreen = m_window->findChild<QWidget*>(QStringLiteral("lockScreen"));
        QVERIFY(lockScreen && lockScreen->isVisible());
        auto* passphrase = lockScreen->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* unlock = lockScreen->findChild<QPushButton*>(QStringLiteral("unlockButton"));
        QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(m_window->isLocked());
        QVERIFY(lockScreen->findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("passphrase")));

        m_window->setAutoLockTimeout(std::chrono::milliseconds(0));
        QSignalSpy unlocked(m_window.get(), &ui::MainWindow::unlocked);
        QTest::keyClicks(passphrase, QString::fromLatin1(test::kPassphrase));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(!m_window->isLocked());
        QVERIFY(m_window->document());
        QCOMPARE(m_window->currentPage(), static_cast<int>(ui::MainWindow::RecipientsPage));
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"))
                    ->findChild<QTableView*>(QStringLiteral("catalogueTableView"))
                    ->isVisible());
    }

    void ctrlLLocksAndAnUnfinishedEditIsSavedFirst()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* purpose = m_window->findChild<QLineEdit*>(QStringLiteral("purposeLineEdit"));
        m_window->activateWindow();
        purpose->setFocus();
        purpose->selectAll();
        QTest::keyClicks(purpose, QStringLiteral("Delivering our services"));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
        auto reopened = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->reg().activities.at(0).purpose, QStringLiteral("Delivering our services"));
    }

    void tabMovesDownTheActivityFormAsItReads()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* form = m_window->findChild<QWidget*>(QStringLiteral("activityForm"));
        const QStringList expected = {QStringLiteral("purposeLineEdit"),
                                      QStringLiteral("descriptionEdit"),
                                      QStringLiteral("businessFunctionLineEdit"),
                                      QStringLiteral("basisCheckBox_contract"),
                                      QStringLiteral("basisCheckBox_legal_obligation"),
                                      QStringLiteral("basisCheckBox_legitimate_interests")};
        form->findChild<QWidget*>(expected.first())->setFocus(Qt::TabFocusReason);
        for (const QString& name : expected.mid(1)) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
    }

    void ctrlShiftDownMovesTheChosenActivityAndItStaysChosen()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* view = m_window->findChild<QTableView*>(QStringLiteral("activityTableView"));
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        const Register stored = m_window->document()->storedRegister().value();
        QCOMPARE(stored.activities.at(2).purpose, QStringLiteral("Providing our services"));
        QCOMPARE(view->currentIndex().row(), 2);
        QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("purposeLineEdit"))->text(),
                 QStringLiteral("Providing our services"));
    }

    void closingTheWindowSavesTheFieldBeingTyped()
    {
        m_window->showPage(ui::MainWindow::RecipientsPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"));
        auto* purpose = page->findChild<QPlainTextEdit*>(QStringLiteral("purposeEditor"));
        purpose->setFocus();
        purpose->selectAll();
        QTest::keyClicks(purpose, QStringLiteral("Paying our staff"));
        m_window->close();
        m_window.reset();
        auto reopened = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->reg().recipients.at(0).purpose, QStringLiteral("Paying our staff"));
    }

    void organisationDetailsAreOneUndoableEdit()
    {
        ui::OrganisationDialog dialog(*m_window->document());
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("controllerNameEdit"));
        auto* ico = dialog.findChild<QLineEdit*>(QStringLiteral("controllerIcoEdit"));
        QCOMPARE(name->text(), QStringLiteral("KJM Group Ltd"));
        ico->setText(QStringLiteral("ZA123456"));
        dialog.findChild<QCheckBox*>(QStringLiteral("reviewedCheckBox"))->setChecked(true);
        dialog.findChild<QDateEdit*>(QStringLiteral("reviewedDateEdit"))->setDate(QDate(2026, 11, 1));
        dialog.apply();
        const Register stored = m_window->document()->storedRegister().value();
        QCOMPARE(stored.controller.icoRegistration, QStringLiteral("ZA123456"));
        QCOMPARE(stored.lastReviewed, std::optional<QDate>(QDate(2026, 11, 1)));
        QCOMPARE(stored.activities, formats::DemoRegister::load().value().activities);
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text().remove(QLatin1Char('&')), QStringLiteral("Undo Change organisation details"));
        undo->trigger();
        QCOMPARE(m_window->document()->storedRegister().value(), formats::DemoRegister::load().value());
    }

    void aRetentionPeriodIsTypedInWords()
    {
        m_window->showPage(ui::MainWindow::RetentionPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("retentionPage"));
        auto* period = page->findChild<QLineEdit*>(QStringLiteral("periodEditor"));
        QCOMPARE(period->text(), QStringLiteral("12 months"));
        period->setFocus();
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("1 year 6 months"));
        QTest::keyClick(period, Qt::Key_Return);
        QCOMPARE(m_window->document()->storedRegister().value().retentionRules.at(0).period, QStringLiteral("P1Y6M"));
        QCOMPARE(period->text(), QStringLiteral("1 year 6 months"));

        // Words it cannot read are refused with a sentence beside them, left in the field to be put right, and the
        // period saved stays.
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("a long time"));
        QTest::keyClick(period, Qt::Key_Return);
        auto* error = page->findChild<QLabel*>(QStringLiteral("periodErrorLabel"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("'a long time' is not a period")), qPrintable(error->text()));
        QCOMPARE(m_window->document()->storedRegister().value().retentionRules.at(0).period, QStringLiteral("P1Y6M"));
        QCOMPARE(period->text(), QStringLiteral("a long time"));
        period->setCursorPosition(0);
        QTest::keyClicks(period, QStringLiteral("2 years, not "));
        QTest::keyClick(period, Qt::Key_Return);
        QVERIFY(error->text().startsWith(QStringLiteral("'2 years, not a long time' is not a period")));
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("2 years"));
        QTest::keyClick(period, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(m_window->document()->storedRegister().value().retentionRules.at(0).period, QStringLiteral("P2Y"));
        QCOMPARE(period->text(), QStringLiteral("2 years"));
    }

    void preferencesSetTheAutoLockTime()
    {
        ui::SettingsDialog dialog;
        auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("autoLockSpinBox"));
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 10); // the default
        minutes->setValue(3);
        dialog.apply();
        QCOMPARE(ui::AppSettings::autoLockMinutes.get(), 3);
        QCOMPARE(ui::SettingsDialog().findChild<QSpinBox*>(QStringLiteral("autoLockSpinBox"))->value(), 3);
        ui::AppSettings::autoLockMinutes.set(10);
    }

    void preferencesSetHowManyAutomaticBackupsAreKept()
    {
        ui::SettingsDialog dialog;
        auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("keepBackupsSpinBox"));
        QVERIFY(keep);
        QCOMPARE(keep->value(), 5); // the default
        QCOMPARE(keep->minimum(), 0);
        QCOMPARE(keep->specialValueText(), QStringLiteral("None"));
        keep->setValue(2);
        dialog.apply();
        QCOMPARE(ui::AppSettings::keepBackups.get(), 2);
        ui::AppSettings::keepBackups.set(5);
    }

    void aRecentFileChosenFromTheMenuIsAskedFor()
    {
        ui::RecentFiles::add(m_path);
        QSignalSpy requested(m_window.get(), &ui::MainWindow::openRequested);
        auto* menu = m_window->findChild<ui::RecentFilesMenu*>(QStringLiteral("recentFilesMenu"));
        QVERIFY(menu);
        menu->rebuild();
        QAction* first = menu->actions().value(0);
        QVERIFY(first);
        first->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QFileInfo(m_path).absoluteFilePath());
    }

    void aSaveTheFileRefusesIsSaidInWordsTheFormShowsWhatIsSavedAndTheTextCanBeTaken()
    {
        m_window->showPage(ui::MainWindow::ActivitiesPage);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("activitiesPage"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("activityTableView"));
        auto* purpose = page->findChild<QLineEdit*>(QStringLiteral("purposeLineEdit"));
        QCOMPARE(purpose->text(), QStringLiteral("Providing our services"));
        // A file moved away under the open register makes SQLite refuse every write, for root as for anyone.
        QVERIFY(QFile::rename(m_path, m_dir->filePath(QStringLiteral("moved.ropa"))));

        purpose->setFocus();
        purpose->selectAll();
        QTest::keyClicks(purpose, QStringLiteral("Fitting windows and doors"));
        QTest::keyClick(purpose, Qt::Key_Return);
        // The form and the table agree on what is saved.
        QCOMPARE(purpose->text(), QStringLiteral("Providing our services"));
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Providing our services"));

        ui::SaveFailedDialog* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<ui::SaveFailedDialog*>()) && box->isVisible());
        const QString said = box->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("The register file can no longer be written: it was moved, deleted "
                                                "or made read-only. Your last change was not saved.")),
                 qPrintable(said));
        QVERIFY(box->findChild<QLabel*>(QStringLiteral("adviceLabel"))->text().contains(QStringLiteral("Save a Copy")));
        auto* unsaved = box->findChild<QPlainTextEdit*>(QStringLiteral("unsavedTextEdit"));
        QCOMPARE(unsaved->toPlainText(), QStringLiteral("Purpose: Fitting windows and doors"));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("copyTextButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Purpose: Fitting windows and doors"));

        // A second refused edit joins the same box rather than stacking another.
        auto* business = page->findChild<QLineEdit*>(QStringLiteral("businessFunctionLineEdit"));
        business->setText(QStringLiteral("Installations"));
        Q_EMIT business->editingFinished();
        QCoreApplication::processEvents();
        QCOMPARE(m_window->findChildren<ui::SaveFailedDialog*>().size(), 1);
        QVERIFY(unsaved->toPlainText().endsWith(QStringLiteral("\nBusiness function: Installations")));
        QVERIFY(business->text() != QStringLiteral("Installations"));
        if (const QString out = qEnvironmentVariable("ROPA_SCREENSHOT_DIR"); !out.isEmpty()) {
            box->grab().save(out + QStringLiteral("/h3-save-failed.png"));
        }

        // Save a Copy from the box: a new file with a new passphrase, holding the saved register, and the window
        // carries on in it.
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("saveCopyButton")), Qt::LeftButton);
        ui::SaveCopyDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::SaveCopyDialog*>()) && dialog->isVisible());
        const QString copy = m_dir->filePath(QStringLiteral("rescued.ropa"));
        const QString strong = QStringLiteral("walrus tundra pickle oboe lantern gravel");
        ui::FileDialog::setNextFileName(copy);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
        dialog->findChild<QRadioButton*>(QStringLiteral("newPassphraseRadio"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), strong);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit")), strong);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(m_window->document() && m_window->document()->path() == copy);
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("rescued.ropa")));
        // Edits are saved again, now in the copy.
        m_window->document()->setBasis(4, Basis::Consent, true);
        m_window.reset();

        QVERIFY(!session::RegisterDocument::open(copy, test::kPassphrase).ok());
        auto reopened = session::RegisterDocument::open(copy, strong.toUtf8());
        QVERIFY2(reopened.ok(), reopened ? "" : qPrintable(reopened.error().message));
        Register expected = formats::DemoRegister::load().value();
        QCOMPARE(reopened.value()->reg().activities.at(0).purpose, QStringLiteral("Providing our services"));
        QVERIFY(reopened.value()->reg().activities.at(4).hasBasis(Basis::Consent));
        Activity& verifying = expected.activities[4];
        verifying.bases.append(LawfulBasis(Basis::Consent));
        std::stable_sort(verifying.bases.begin(), verifying.bases.end(),
                         [](const LawfulBasis& a, const LawfulBasis& b) { return a.basis < b.basis; });
        QCOMPARE(reopened.value()->reg(), expected);
    }

    void aCopyWithTheRegistersPassphraseIsMadeEvenAfterTheFileWasMoved()
    {
        m_window->document()->setBasis(4, Basis::Consent, true);
        const Register saved = m_window->document()->reg();
        const QString fingerprint = m_window->document()->documentInfo().fingerprint;
        QVERIFY(QFile::rename(m_path, m_dir->filePath(QStringLiteral("moved.ropa"))));
        m_window->findChild<QAction*>(QStringLiteral("saveCopyAction"))->trigger();
        auto* dialog = m_window->findChild<ui::SaveCopyDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("samePassphraseRadio"))->isChecked());
        const QString copy = m_dir->filePath(QStringLiteral("same.ropa"));
        dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(copy);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<ui::SaveCopyDialog*>());
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QStringLiteral("same.ropa")));
        auto opened = session::RegisterDocument::open(copy, test::kPassphrase);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->reg(), saved);
        QCOMPARE(opened.value()->documentInfo().fingerprint, fingerprint);
    }

    void aReadOnlyRegisterFileIsSaidTheSameWay()
    {
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadUser));
        if (QFile probe(m_path); probe.open(QIODevice::ReadWrite)) {
            QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
            QSKIP("this user (root) writes read-only files all the same; the moved-file test covers that case");
        }
        m_window->document()->setBasis(0, Basis::Consent, true);
        ui::SaveFailedDialog* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<ui::SaveFailedDialog*>()) && box->isVisible());
        QVERIFY(box->findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .startsWith(QStringLiteral("The register file can no longer be written")));
        QVERIFY(box->findChild<QPushButton*>(QStringLiteral("saveCopyButton"))->isVisible());
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void saveACopyFromTheFileMenuNeverOverwritesAndCanKeepTheWindowWhereItIs()
    {
        const QString taken = m_dir->filePath(QStringLiteral("taken.ropa"));
        QVERIFY(test::writeRegisterFile(taken, Register{}));
        const QByteArray before = test::sha256OfFile(taken);
        auto* action = m_window->findChild<QAction*>(QStringLiteral("saveCopyAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        action->trigger();
        auto* dialog = m_window->findChild<ui::SaveCopyDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
        file->setText(taken);
        dialog->findChild<QRadioButton*>(QStringLiteral("newPassphraseRadio"))->setChecked(true);
        const QString strong = QStringLiteral("walrus tundra pickle oboe lantern gravel");
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), strong);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit")), strong);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("will not be overwritten")));
        QCOMPARE(test::sha256OfFile(taken), before);

        // The register itself is refused too. Refusals before anything is written keep the passphrase typed.
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->text(), strong);
        file->setText(m_path);
        const QByteArray registerBefore = test::sha256OfFile(m_path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(test::sha256OfFile(m_path), registerBefore);

        const QString copy = m_dir->filePath(QStringLiteral("copy.ropa"));
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("kjm.ropa")));
        file->setText(copy);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(QFileInfo::exists(copy) && !m_window->findChild<ui::SaveCopyDialog*>());
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QStringLiteral("copy.ropa")));
        QCOMPARE(m_window->document()->path(), m_path);
        auto opened = session::RegisterDocument::open(copy, strong.toUtf8());
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->reg(), m_window->document()->reg());
    }

    void undoHistorySurvivesLockAndUnlock()
    {
        m_window->document()->setBasis(0, Basis::Consent, true);
        m_window->document()->setBasis(1, Basis::Consent, true);
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
        QVERIFY2(!m_window->findChild<QAction*>(QStringLiteral("undoAction")), "nothing is undone while locked");
        auto* passphrase = m_window->findChild<QWidget*>(QStringLiteral("lockScreen"))
                               ->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QTRY_VERIFY(passphrase->hasFocus());
        QTest::keyClicks(passphrase, QString::fromLatin1(test::kPassphrase));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(!m_window->isLocked());
        QVERIFY(passphrase->text().isEmpty());

        QCOMPARE(m_window->document()->undoStack()->count(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->document()->storedRegister().value(), formats::DemoRegister::load().value());
        m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
        m_window.reset();
        auto reopened = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->reg().activities.at(0).hasBasis(Basis::Consent));
        QVERIFY(!reopened.value()->reg().activities.at(1).hasBasis(Basis::Consent));
    }

    void aRegisterChangedWhileLockedOpensAsItIsWithoutTheHistory()
    {
        m_window->document()->setBasis(0, Basis::Consent, true);
        m_window->lock();
        {
            auto other = session::RegisterDocument::open(m_path, test::kPassphrase);
            QVERIFY(other.ok());
            other.value()->setBasis(2, Basis::Consent, true);
        }
        auto* passphrase = m_window->findChild<QWidget*>(QStringLiteral("lockScreen"))
                               ->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(passphrase, QString::fromLatin1(test::kPassphrase));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(!m_window->isLocked());
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("changed elsewhere while it was locked")));
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QVERIFY(m_window->document()->reg().activities.at(2).hasBasis(Basis::Consent));
    }

    void backUpWritesACopyThatOpensWithTheSamePassphraseAndHasTheSameFingerprint()
    {
        m_window->document()->setBasis(4, Basis::Consent, true);
        const QString fingerprint = m_window->document()->documentInfo().fingerprint;
        auto* action = m_window->findChild<QAction*>(QStringLiteral("backUpAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

        // The register itself is refused, and left as it was.
        const QByteArray before = test::sha256OfFile(m_path);
        ui::FileDialog::setNextFileName(m_path);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        action->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("kjm.ropa")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(test::sha256OfFile(m_path), before);

        const QString backup = m_dir->filePath(QStringLiteral("kjm 2026-12-02")); // the suffix is added
        ui::FileDialog::setNextFileName(backup);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // a failure is said, not waited on
        const QString said = ui::MessageBox::lastText();
        action->trigger();
        QVERIFY2(ui::MessageBox::lastText() == said, qPrintable(ui::MessageBox::lastText()));
        ui::MessageBox::clearNextAnswer();
        QVERIFY(QFileInfo::exists(backup + QStringLiteral(".ropa")));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("kjm 2026-12-02.ropa")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        auto copy = session::RegisterDocument::open(backup + QStringLiteral(".ropa"), test::kPassphrase);
        QVERIFY2(copy.ok(), copy ? "" : qPrintable(copy.error().message));
        QCOMPARE(copy.value()->documentInfo().fingerprint, fingerprint);
        QCOMPARE(copy.value()->reg(), m_window->document()->reg());
    }

    void changePassphraseNeedsTheCurrentOneAndThenOnlyTheNewOneOpens()
    {
        m_window->document()->setBasis(4, Basis::Consent, true);
        auto* action = m_window->findChild<QAction*>(QStringLiteral("changePassphraseAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto* dialog = m_window->findChild<ui::ChangePassphraseDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* current = dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphraseEdit"));
        auto* change = dialog->findChild<QPushButton*>(QStringLiteral("changeButton"));
        const QString fresh = QStringLiteral("walrus tundra pickle oboe lantern gravel");
        const auto typeNew = [&] {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), fresh);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit")), fresh);
        };
        QTest::keyClicks(current, QStringLiteral("not the passphrase"));
        typeNew();
        QVERIFY(change->isEnabled());
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("not the register's current passphrase")));
        QVERIFY(current->text().isEmpty());

        QTest::keyClicks(current, QString::fromLatin1(test::kPassphrase));
        typeNew();
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text()));
        QTRY_VERIFY(!m_window->findChild<ui::ChangePassphraseDialog*>());
        QVERIFY(!m_window->isLocked());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("passphrase of kjm.ropa was changed")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The history goes on, into the re-encrypted file.
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        m_window->document()->setBasis(5, Basis::Consent, true);
        m_window.reset();

        QVERIFY(!session::RegisterDocument::open(m_path, test::kPassphrase).ok());
        auto reopened = session::RegisterDocument::open(m_path, fresh.toUtf8());
        QVERIFY2(reopened.ok(), reopened ? "" : qPrintable(reopened.error().message));
        QVERIFY(reopened.value()->reg().activities.at(4).hasBasis(Basis::Consent));
        QVERIFY(reopened.value()->reg().activities.at(5).hasBasis(Basis::Consent));
    }

    void aWrongCurrentPassphraseThenCancelLocksTheWindow()
    {
        m_window->findChild<QAction*>(QStringLiteral("changePassphraseAction"))->trigger();
        auto* dialog = m_window->findChild<ui::ChangePassphraseDialog*>();
        const QString fresh = QStringLiteral("walrus tundra pickle oboe lantern gravel");
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphraseEdit")),
                         QStringLiteral("a guess"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), fresh);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit")), fresh);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")), Qt::LeftButton);
        dialog->reject();
        QTRY_VERIFY(m_window->isLocked());
        QVERIFY2(session::RegisterDocument::open(m_path, test::kPassphrase).ok(), "the passphrase is unchanged");
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
