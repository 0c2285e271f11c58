#include "UnlockDialog.h"

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
        std::unique_ptr<session::RegisterDocument> document = dialog.takeDocument();
        QVERIFY(document);
        QCOMPARE(document->reg().activities.size(), 19);
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(UnlockDialogTest)
#include "UnlockDialogTest.moc"
