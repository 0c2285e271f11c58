#include "CliApp.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

namespace {
// The command line speaks in its own sentences; Qt's notes about the environment (a missing XDG_RUNTIME_DIR and
// the like) would only get in the way of scripts reading stderr. Set ROPA_DEBUG to see them.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("ROPA_DEBUG")) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    }
}
} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
    // Documents need fonts, hence a GUI application; the command line never opens a window, so it needs no display.
#ifndef Q_OS_WIN
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ropa-cli"));
    QGuiApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QGuiApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ropa::cli::CliApp(out, err).run(QGuiApplication::arguments());
}
