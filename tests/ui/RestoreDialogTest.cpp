#include "RestoreDialog.h"

#include "MessageBox.h"
#include "RecentFiles.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "session/RegisterBackups.h"
#include "session/RegisterDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// The dialog is shown, not exec'd, so the test types and clicks into it without blocking on a modal loop.
class RestoreDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        ui::RecentFiles::clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(m_path, formats::DemoRegister::load().value()));
    }

    void cleanup() { m_dir.reset(); }

    void aRegisterWithoutBackupsSaysSo()
    {
        ui::RestoreDialog dialog(m_path);
        dialog.show();
        auto* none = dialog.findChild<QLabel*>(QStringLiteral("noBackupsLabel"));
        QVERIFY(none->isVisible());
        QVERIFY2(none->text().contains(QStringLiteral("No backups of kjm.ropa")), qPrintable(none->text()));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"))->isEnabled());
    }

    void restoringBringsBackTheOlderContentAndKeepsTheNewerAsABackup()
    {
        // A backup of the demo as it was, then a change made after it.
        {
            auto document = session::RegisterDocument::open(m_path, test::kPassphrase);
            QVERIFY(document.ok());
            QVERIFY(document.value()->rotateBackups(5).ok());
            document.value()->removeActivity(0);
        }
        ui::RecentFiles::add(m_path);
        ui::RestoreDialog dialog(m_path);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("backupList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentRow(), 0);
        const QString today = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
        QVERIFY2(list->item(0)->text().contains(today), qPrintable(list->item(0)->text()));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                         QString::fromLatin1(test::kPassphrase));
        if (const QString out = qEnvironmentVariable("ROPA_SCREENSHOT_DIR"); !out.isEmpty()) {
            dialog.grab().save(out + QStringLiteral("/h3-restore-dialog.png"));
        }

        // Cancelling the confirmation changes nothing.
        const QByteArray before = test::sha256OfFile(m_path);
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("Replace kjm.ropa with the backup made on")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(test::sha256OfFile(m_path), before);

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->text().isEmpty());
        std::unique_ptr<session::RegisterDocument> restored = dialog.takeDocument();
        QVERIFY(restored);
        QCOMPARE(restored->reg(), formats::DemoRegister::load().value());
        restored.reset();
        auto reopened = session::RegisterDocument::open(m_path, test::kPassphrase);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->reg(), formats::DemoRegister::load().value());
        QVERIFY(session::RegisterBackups::list(m_path).size() >= 2);
    }

    void aWrongPassphraseIsSaidAndTheRegisterIsLeftAlone()
    {
        {
            auto document = session::RegisterDocument::open(m_path, test::kPassphrase);
            QVERIFY(document.ok());
            QVERIFY(document.value()->rotateBackups(5).ok());
        }
        const QByteArray before = test::sha256OfFile(m_path);
        ui::RestoreDialog dialog(m_path);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), QStringLiteral("a guess"));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("passphrase")), qPrintable(message->text()));
        QCOMPARE(test::sha256OfFile(m_path), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(RestoreDialogTest)
#include "RestoreDialogTest.moc"
