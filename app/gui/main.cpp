#include "AppController.h"
#include "AppSettings.h"
#include "Icons.h"
#include "core/Platform.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the KJM Group demo register.")};
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "RoPA Manager keeps a GDPR Record of Processing Activities in an "
                                    "encrypted file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate(
            "main",
            "The register to open: a .ropa file or a server address (postgresql://...); the start window "
            "without one."));
    parser.addOption(options.demo);
}

// Whether the arguments only ask for help or the version, which need no window and so no display.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("RoPA Manager"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ROPA_APP_ID));
}

// The language chosen in Preferences, else the system's; the names must be set first (they locate the settings).
void installTranslation()
{
    ropa::Translations::install(ropa::ui::AppSettings::language.get());
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything reads a passphrase: a crash must not leave it, or the key, in a core file.
    ropa::Platform::protectProcess();
    if (asksForTextOnly(argc, argv)) {
        // Answered without a window: QApplication would abort where there is no display to open one on.
        QCoreApplication app(argc, argv);
        setNames();
        installTranslation();
        const Options options; // after the translation: its descriptions are translated when made
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("ropa: there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                   "use ropa-cli on a machine without one.\n",
                   stderr);
        return 2;
    }
#endif

    QApplication app(argc, argv);
    setNames();
    installTranslation();
    QApplication::setWindowIcon(ropa::ui::Icons::get(QStringLiteral("app")));

    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    ropa::ui::AppController controller;
    if (parser.isSet(options.demo)) {
        controller.openDemo();
    } else {
        controller.start(parser.positionalArguments().value(0));
    }
    return QApplication::exec();
}
