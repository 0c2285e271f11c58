#include "AppController.h"
#include "Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoPA Manager"));
    QApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));
    QApplication::setWindowIcon(ropa::ui::Icons::get(QStringLiteral("app")));

    // The strings are written in British English; the translation supplies their plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("ropa"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "The register to open (.ropa); the start window without one."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the KJM Group demo register."));
    parser.addOption(demo);
    parser.process(app);

    ropa::ui::AppController controller;
    if (parser.isSet(demo)) {
        controller.openDemo();
    } else {
        controller.start(parser.positionalArguments().value(0));
    }
    return QApplication::exec();
}
