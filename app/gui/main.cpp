#include "AppController.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoPA Manager"));
    QApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "The register to open (.ropa); the start window without one."));
    parser.process(app);

    ropa::ui::AppController controller;
    controller.start(parser.positionalArguments().value(0));
    return QApplication::exec();
}
