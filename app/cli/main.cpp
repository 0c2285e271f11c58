#include "CliApp.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ropa-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ropa::cli::CliApp(out, err).run(QCoreApplication::arguments());
}
