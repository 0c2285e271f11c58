#include "MainWindow.h"

#include "AppSettings.h"
#include "MessageBox.h"
#include "OrganisationDialog.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "report/LawfulBasisMatrix.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(m_path, formats::DemoRegister::load().value()));
        auto document = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(document.ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::move(document.value()));
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

        // Words it cannot read are refused with a sentence, and the period stays.
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("a long time"));
        QTest::keyClick(period, Qt::Key_Return);
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("'a long time' is not a period")));
        QCOMPARE(m_window->document()->storedRegister().value().retentionRules.at(0).period, QStringLiteral("P1Y6M"));
        QCOMPARE(period->text(), QStringLiteral("1 year 6 months"));
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

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
