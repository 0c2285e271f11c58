#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace ropa::store {
class RegisterFile;
}

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

    Status requireArguments(const QStringList& positional, qsizetype count, const QString& synopsis);
    Status allowOnly(const QStringList& allowedOptions);
    Result<QByteArray> passphrase(bool confirmNew);
    Result<std::unique_ptr<store::RegisterFile>> openRegister(const QString& path);

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
