#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "io/DocumentExport.h"
#include "report/DocumentInfo.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
namespace ropa::cli {

// ropa-cli: reads the arguments, runs one command through models/, prints, and returns the exit code.
class CliApp
{
public:
    enum ExitCode { Ok = 0, ChecksFailed = 1, UsageError = 2, PassphraseError = 3, IoError = 4 };

    CliApp(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

    static int exitCodeFor(ErrorCode code);

private:
    int fail(const Error& error);
    int usage(const QString& problem);

    // Checks the number of arguments and that only the command's own options were given.
    Status checkArguments(const QStringList& positional, qsizetype count, const QString& synopsis,
                          const QStringList& allowedOptions);
    Result<QByteArray> passphrase(bool confirmNew);
    struct Loaded
    {
        Register reg;
        report::DocumentInfo info;
    };
    // Unlocks the register at path and reads it whole; the file is closed again before this returns.
    Result<Loaded> loadRegister(const QString& path);
    // Writes a document to -o FILE, or to standard output where the format allows.
    Status writeDocument(io::DocumentExport::Kind kind, const Loaded& loaded);

    int runInit(const QStringList& positional);
    int runImport(const QStringList& positional);
    int runExport(const QStringList& positional);
    int runMatrix(const QStringList& positional);
    int runDemo(const QStringList& positional);

    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QString m_command;
};

} // namespace ropa::cli
