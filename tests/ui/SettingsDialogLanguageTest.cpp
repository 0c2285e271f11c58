#include "AppSettings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "core/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// Preferences → Language: the languages compiled in, kept in the settings for the next start.
class SettingsDialogLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void listsTheSystemsLanguageThenEachLanguageCompiledIn()
    {
        ui::SettingsDialog dialog;
        auto* languages = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(languages);
        QCOMPARE(languages->count(), 1 + Translations::available().size());
        QCOMPARE(languages->itemText(0), QStringLiteral("The system's language"));
        QCOMPARE(languages->itemData(0).toString(), QString());
        QCOMPARE(languages->currentIndex(), 0); // the default follows the system
        const int english = languages->findData(QStringLiteral("en_GB"));
        QVERIFY(english > 0);
        QCOMPARE(languages->itemText(english), QStringLiteral("British English"));
    }

    void theChosenLanguageIsKeptAndSaysWhenItTakesEffect()
    {
        ui::SettingsDialog dialog;
        auto* languages = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        languages->setCurrentIndex(languages->findData(QStringLiteral("en_GB")));
        dialog.apply();
        QCOMPARE(ui::AppSettings::language.get(), QStringLiteral("en_GB"));
        QCOMPARE(
            ui::SettingsDialog().findChild<QComboBox*>(QStringLiteral("languageComboBox"))->currentData().toString(),
            QStringLiteral("en_GB"));
        const auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNoteLabel"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("A new language takes effect when RoPA Manager is next started."));

        languages->setCurrentIndex(0);
        dialog.apply();
        QCOMPARE(ui::AppSettings::language.get(), QString());
    }

    void theLanguageLabelLeadsToTheList()
    {
        ui::SettingsDialog dialog;
        auto* languages = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QLabel* label = nullptr;
        for (auto* candidate : dialog.findChildren<QLabel*>()) {
            if (candidate->buddy() == languages) {
                label = candidate;
            }
        }
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Lan&guage"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

QTEST_MAIN(SettingsDialogLanguageTest)
#include "SettingsDialogLanguageTest.moc"
