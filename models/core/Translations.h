#pragma once

#include <QString>
#include <QStringList>

namespace ropa {

// The program's translations: one ropa_<language>.qm for each translations/ropa_<language>.ts, made by the build and
// compiled into the programs under :/i18n. A folder named by the ROPA_TRANSLATIONS_DIR environment variable is
// looked in first, so a translator can try a .qm without building the program.
// The strings are written in British English. en_GB's translation gives only their plural forms ("1 activity"), and
// is installed beneath any other language, so a string that language has not translated yet still reads right.
class Translations
{
public:
    // "en_GB", the language the program's strings are written in.
    static QString sourceLanguage();
    // The languages there is a translation for, by locale name ("en_GB", "de", "pt_BR"), sorted.
    static QStringList available();
    // The language to use for the wanted one (a locale name such as "de_DE" or "de"): that language, else the
    // language without its country, when there is a translation for it. With nothing wanted, the first of the
    // system's languages (QLocale::system().uiLanguages(): on Linux LANGUAGE, LC_ALL, LC_MESSAGES, LANG) there is
    // one for. Else en_GB.
    static QString choose(const QString& wanted);
    // Installs the translation of choose(wanted) in the application, taking away any installed before, together
    // with Qt's own for its standard buttons where one is found. Returns the language installed.
    static QString install(const QString& wanted);
    // The language's name in the language itself, as a list of languages shows it: "British English", "Français".
    static QString nativeName(const QString& language);
};

} // namespace ropa
