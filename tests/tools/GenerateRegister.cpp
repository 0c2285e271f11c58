// Writes a synthetic register as .ropa.json, for benchmarks and fixtures:
//   generate-register --activities N -o FILE     N activities with long-ish texts
//   generate-register --full -o FILE             the register with every field filled (tests/data fixture)
#include "TestSupport.h"
#include "formats/RegisterJsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("activities"), QStringLiteral("Number of activities."), QStringLiteral("n")},
         {QStringLiteral("full"), QStringLiteral("Write the every-field-filled fixture.")},
         {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."), QStringLiteral("file")}});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("output"))) {
        err << "generate-register: -o FILE is required.\n";
        return 2;
    }
    bool ok = true;
    const int count = parser.value(QStringLiteral("activities")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("full")) && (!ok || count < 0)) {
        err << "generate-register: --activities takes a whole number.\n";
        return 2;
    }
    const ropa::Register reg =
        parser.isSet(QStringLiteral("full")) ? ropa::test::fullRegister() : ropa::test::syntheticRegister(count);
    QSaveFile out(parser.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly) || out.write(ropa::formats::RegisterJsonWriter::write(reg)) < 0 ||
        !out.commit()) {
        err << "generate-register: cannot write " << out.fileName() << ": " << out.errorString() << ".\n";
        return 4;
    }
    return 0;
}
