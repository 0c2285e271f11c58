#include "UnlockDialog.h"

#include "SecretText.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// The dialog is shown, not exec'd, so the test types and clicks into it without blocking on a modal loop.
class UnlockDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(m_path, formats::DemoRegister::load().value()));
    }

    void cleanup() { m_dir.reset(); }

    void wrongPassphraseIsSaidAndARetryWorks()
    {
        ui::UnlockDialog dialog(m_path);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(edit && button && message);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);

        QTest::keyClicks(edit, QStringLiteral("not the passphrase"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("passphrase does not unlock")), qPrintable(message->text()));
        QVERIFY(edit->text().isEmpty());

        QTest::keyClicks(edit, QString::fromLatin1(test::kPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        // The passphrase left the field, and its undo history, as it was read.
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!edit->isUndoAvailable());
        for (QLineEdit* any : dialog.findChildren<QLineEdit*>()) {
            QVERIFY(!any->text().contains(QStringLiteral("horse")));
        }
        std::unique_ptr<session::RegisterDocument> document = dialog.takeDocument();
        QVERIFY(document);
        QCOMPARE(document->reg().activities.size(), 19);
    }

    void aServerRegisterAsksForTheServerPassword()
    {
        ui::UnlockDialog dialog(QStringLiteral("postgresql://priya@db.example.org/ropa?register=kjm"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sign In to kjm on db.example.org"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("registerLabel"))->text(),
                 QStringLiteral("postgresql://priya@db.example.org/ropa?register=kjm"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("serverPasswordLabel"))
                    ->text()
                    .contains(QStringLiteral("never stored")));
        bool labelled = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            labelled = labelled ||
                (label->text() == QStringLiteral("Server &password:") &&
                 label->buddy() == dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")));
        }
        QVERIFY(labelled);
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"))->text(), QStringLiteral("&Sign In"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->echoMode(), QLineEdit::Password);
    }

    void aRegisterOpenElsewhereIsSaid()
    {
        auto held = session::RegisterLocation(m_path).open(test::kPassphrase);
        QVERIFY(held.ok());
        ui::UnlockDialog dialog(m_path);
        dialog.show();
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QTest::keyClicks(edit, QString::fromLatin1(test::kPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("already open")));
    }

    void aPassphraseIsTakenAsUtf8IntoGuardedMemoryAndLeavesTheField()
    {
        QLineEdit edit;
        edit.setEchoMode(QLineEdit::Password);
        const QString typed = QStringLiteral("Grüße aus Köln \U0001F511");
        edit.insert(typed); // as typed: with an undo step (QTest cannot type characters beyond Latin-1)
        QCOMPARE(edit.text(), typed);
        QVERIFY(edit.isUndoAvailable());
        const SecureBytes taken = ui::SecretText::take(&edit);
        QVERIFY(!taken.isNull());
        QCOMPARE(taken.view(), QByteArrayView(typed.toUtf8()));
        QVERIFY(edit.text().isEmpty());
        QVERIFY(!edit.isUndoAvailable());
        QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(edit.text().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(UnlockDialogTest)
#include "UnlockDialogTest.moc"
