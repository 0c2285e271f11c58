#include "CliApp.h"
#include "core/Platform.h"
#include "core/Translations.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cerrno>
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
    // Before anything reads a passphrase: a crash must not leave it, or the key, in a core file.
    ropa::Platform::protectProcess();
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
    // The language of the messages and the documents: ROPA_LANGUAGE (say en_GB, for scripts that read the output),
    // else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else British English.
    ropa::Translations::install(qEnvironmentVariable("ROPA_LANGUAGE"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = ropa::cli::CliApp(out, err).run(QGuiApplication::arguments());
    // What is still buffered for the standard output counts too: a full disk or a closed pipe there is a failure.
    out.flush();
    if (std::fflush(stdout) != 0 || std::ferror(stdout) || out.status() != QTextStream::Ok) {
        err << QCoreApplication::translate("ropa::cli", "Cannot write to standard output: %1.")
                   .arg(ropa::Platform::errorText(errno))
            << Qt::endl;
        code = code == 0 ? 4 : code;
    }
    return code;
}
