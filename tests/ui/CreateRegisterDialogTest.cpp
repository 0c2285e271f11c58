#include "CreateRegisterDialog.h"

#include "FileDialog.h"
#include "TestSupport.h"
#include "domain/Register.h"
#include "formats/DemoRegister.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

namespace {
const QString kStrong = QStringLiteral("walrus tundra pickle oboe lantern gravel");
}

// The dialog is shown, not exec'd, so the test types and clicks into it without blocking on a modal loop.
class CreateRegisterDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dialog = std::make_unique<ui::CreateRegisterDialog>();
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_dir.reset();
    }

    void mismatchedPassphrasesKeepCreateDisabled()
    {
        fill(QStringLiteral("KJM Group Ltd"), m_dir->filePath(QStringLiteral("kjm.ropa")), kStrong, kStrong.chopped(1));
        QVERIFY(!button()->isEnabled());
        QVERIFY(child<QLabel>("matchLabel")->isVisible());

        QTest::keyClicks(edit("repeatPassphraseEdit"), kStrong.right(1));
        QVERIFY(!child<QLabel>("matchLabel")->isVisible());
        QVERIFY(button()->isEnabled());
    }

    void aNameIsRequired()
    {
        fill(QString(), m_dir->filePath(QStringLiteral("kjm.ropa")), kStrong, kStrong);
        QVERIFY(!button()->isEnabled());
        QTest::keyClicks(edit("controllerNameEdit"), QStringLiteral("KJM Group Ltd"));
        QVERIFY(button()->isEnabled());
    }

    void aWeakPassphraseIsSaidAndNeedsToBeChosenOnPurpose()
    {
        fill(QStringLiteral("KJM Group Ltd"), m_dir->filePath(QStringLiteral("kjm.ropa")), QStringLiteral("password"),
             QStringLiteral("password"));
        const QString said = child<QLabel>("strengthLabel")->text();
        QVERIFY2(said.startsWith(QStringLiteral("Very weak")), qPrintable(said));
        QVERIFY(child<QProgressBar>("strengthBar")->value() < 30);
        auto* anyway = child<QCheckBox>("useWeakPassphraseCheckBox");
        QVERIFY(anyway->isVisible());
        QVERIFY(!button()->isEnabled());
        anyway->setChecked(true);
        QVERIFY(button()->isEnabled());

        // A strong passphrase needs no such choice, and the choice does not carry over to the next weak one.
        edit("passphraseEdit")->setText(kStrong);
        edit("repeatPassphraseEdit")->setText(kStrong);
        QVERIFY(child<QLabel>("strengthLabel")->text().startsWith(QStringLiteral("Strong")));
        QVERIFY(!anyway->isVisible());
        QVERIFY(button()->isEnabled());
        edit("passphraseEdit")->setText(QStringLiteral("123456"));
        edit("repeatPassphraseEdit")->setText(QStringLiteral("123456"));
        QVERIFY(!anyway->isChecked());
        QVERIFY(!button()->isEnabled());
    }

    void creatingWritesARegisterThatOpensWithThePassphrase()
    {
        fill(QStringLiteral("KJM Group Ltd"), QString(), kStrong, kStrong);
        QTest::keyClicks(edit("controllerEmailEdit"), QStringLiteral("sales@kjmgroup.co.uk"));
        QTest::keyClicks(edit("controllerIcoEdit"), QStringLiteral("ZA123456"));
        // Browse names the file; the extension is added when the name lacks it.
        const QString path = m_dir->filePath(QStringLiteral("new-register.ropa"));
        ui::FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("new-register")));
        QTest::mouseClick(child<QPushButton>("browseButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->targetPath(), path);

        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QVERIFY(button()->isEnabled());
        QTest::mouseClick(button(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(edit("passphraseEdit")->text().isEmpty());
        QVERIFY(edit("repeatPassphraseEdit")->text().isEmpty());
        std::unique_ptr<session::RegisterDocument> created = m_dialog->takeDocument();
        QVERIFY(created);
        QCOMPARE(created->path(), path);
        QCOMPARE(created->reg().controller.name, QStringLiteral("KJM Group Ltd"));
        created.reset();

        auto reopened = session::RegisterDocument::open(path, kStrong.toUtf8());
        QVERIFY2(reopened.ok(), reopened ? "" : qPrintable(reopened.error().message));
        const Controller& controller = reopened.value()->reg().controller;
        QCOMPARE(controller.name, QStringLiteral("KJM Group Ltd"));
        QCOMPARE(controller.email, QStringLiteral("sales@kjmgroup.co.uk"));
        QCOMPARE(controller.icoRegistration, QStringLiteral("ZA123456"));
        QVERIFY(reopened.value()->reg().activities.isEmpty());
    }

    void anImportedExportStartsTheRegisterWithItsContent()
    {
        const Register demo = formats::DemoRegister::load().value();
        m_dialog->setContent(demo, QStringLiteral("kjm.ropa.json"));
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Import kjm.ropa.json"));
        QCOMPARE(edit("controllerNameEdit")->text(), demo.controller.name);
        const QString path = m_dir->filePath(QStringLiteral("imported.ropa"));
        fill(QString(), path, kStrong, kStrong);
        QVERIFY(button()->isEnabled());
        QTest::mouseClick(button(), Qt::LeftButton);
        std::unique_ptr<session::RegisterDocument> created = m_dialog->takeDocument();
        QVERIFY(created);
        created.reset();
        auto reopened = session::RegisterDocument::open(path, kStrong.toUtf8());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->reg().activities.size(), demo.activities.size());
        QCOMPARE(reopened.value()->reg().recipients.size(), demo.recipients.size());
    }

    void anExistingFileIsNeverOverwritten()
    {
        const QString path = m_dir->filePath(QStringLiteral("kept.ropa"));
        QVERIFY(test::writeRegisterFile(path, test::fullRegister()));
        const QByteArray before = test::sha256OfFile(path);

        fill(QStringLiteral("KJM Group Ltd"), path, kStrong, kStrong);
        auto* message = child<QLabel>("fileMessageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("kept.ropa")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("will not be overwritten")), qPrintable(message->text()));
        QVERIFY(!button()->isEnabled());

        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        m_dialog->createRegister();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(test::sha256OfFile(path), before);
    }

    void aFileThatAppearsAfterTheCheckIsStillRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("late.ropa"));
        fill(QStringLiteral("KJM Group Ltd"), path, kStrong, kStrong);
        QVERIFY(button()->isEnabled());
        QFile late(path);
        QVERIFY(late.open(QIODevice::WriteOnly));
        late.write("someone else's file");
        late.close();

        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QTest::mouseClick(button(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(test::readBytes(path), QByteArray("someone else's file"));
        QVERIFY(child<QLabel>("fileMessageLabel")->isVisible());
    }

    void theFileNameFollowsTheNameUntilChosen()
    {
        QTest::keyClicks(edit("controllerNameEdit"), QStringLiteral("KJM/Group"));
        QVERIFY2(m_dialog->targetPath().endsWith(QStringLiteral("/KJM Group.ropa")),
                 qPrintable(m_dialog->targetPath()));
        const QString chosen = m_dir->filePath(QStringLiteral("mine.ropa"));
        edit("fileEdit")->clear();
        QTest::keyClicks(edit("fileEdit"), chosen);
        QTest::keyClicks(edit("controllerNameEdit"), QStringLiteral(" Ltd"));
        QCOMPARE(m_dialog->targetPath(), chosen);
    }

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    QLineEdit* edit(const char* name) const { return child<QLineEdit>(name); }
    QPushButton* button() const { return child<QPushButton>("createButton"); }

    // Types into the fields as a user would; an empty value leaves its field alone.
    void fill(const QString& name, const QString& path, const QString& passphrase, const QString& repeat)
    {
        QTest::keyClicks(edit("controllerNameEdit"), name);
        if (!path.isEmpty()) {
            edit("fileEdit")->clear();
            QTest::keyClicks(edit("fileEdit"), path);
        }
        QTest::keyClicks(edit("passphraseEdit"), passphrase);
        QTest::keyClicks(edit("repeatPassphraseEdit"), repeat);
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::CreateRegisterDialog> m_dialog;
};

QTEST_MAIN(CreateRegisterDialogTest)
#include "CreateRegisterDialogTest.moc"
