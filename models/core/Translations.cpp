#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <vector>

namespace ropa {

namespace {

const QString kCompiledIn = QStringLiteral(":/i18n");

// The folders ropa_<language>.qm files are looked for in, the first that has one winning.
QStringList folders()
{
    QStringList list;
    const QString extra = qEnvironmentVariable("ROPA_TRANSLATIONS_DIR");
    if (!extra.isEmpty()) {
        list << extra;
    }
    list << kCompiledIn;
    return list;
}

// The translators install() put in, so the next install() can take them away again.
std::vector<QTranslator*>& installed()
{
    static std::vector<QTranslator*> translators;
    return translators;
}

bool installFile(const QString& name, const QStringList& in)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    for (const QString& folder : in) {
        if (translator->load(name, folder)) {
            if (QCoreApplication::installTranslator(translator)) {
                installed().push_back(translator);
                return true;
            }
        }
    }
    delete translator;
    return false;
}

} // namespace

QString Translations::sourceLanguage()
{
    return QStringLiteral("en_GB");
}

QStringList Translations::available()
{
    QStringList languages;
    for (const QString& folder : folders()) {
        const QStringList files = QDir(folder).entryList({QStringLiteral("ropa_*.qm")}, QDir::Files);
        for (const QString& file : files) {
            const QString language = file.mid(5, file.size() - 5 - 3);
            if (!language.isEmpty() && !languages.contains(language)) {
                languages << language;
            }
        }
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

QString Translations::choose(const QString& wanted)
{
    const QStringList languages = available();
    const auto known = [&languages](QString name) -> QString {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (languages.contains(name)) {
            return name;
        }
        const QString withoutCountry = name.section(QLatin1Char('_'), 0, 0);
        return languages.contains(withoutCountry) ? withoutCountry : QString();
    };
    if (!wanted.isEmpty()) {
        const QString language = known(wanted);
        return language.isEmpty() ? sourceLanguage() : language;
    }
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (const QString language = known(name); !language.isEmpty()) {
            return language;
        }
    }
    return sourceLanguage();
}

QString Translations::install(const QString& wanted)
{
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QString language = choose(wanted);
    // Installed first, so searched last: the translator installed last is asked first.
    installFile(QStringLiteral("ropa_") + sourceLanguage(), folders());
    if (language != sourceLanguage()) {
        // Qt's own strings (Cancel, the file dialog): beside the program where windeployqt puts them on Windows,
        // else where Qt is installed.
        installFile(QStringLiteral("qtbase_") + language,
                    {QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        installFile(QStringLiteral("ropa_") + language, folders());
    }
    return language;
}

QString Translations::nativeName(const QString& language)
{
    // Qt's names already tell the kinds of a language apart where they differ ("British English").
    QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty()) {
        return language;
    }
    name[0] = name.at(0).toUpper(); // "Français" at the head of a list item
    return name;
}

} // namespace ropa
