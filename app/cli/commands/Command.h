#pragma once

#include "Passphrase.h"
#include "core/Result.h"
#include "core/SecureBytes.h"
#include "report/DocumentKind.h"
#include "store/RegisterRepository.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace ropa::cli {

// One ropa-cli command: its name, its arguments and options, and what it does. The base parses the command's own
// arguments, prints its help, turns errors into one sentence on stderr with the exit code, and holds what several
// commands share: the passphrase, reading a register, writing a document. A new command is one new subclass.
class Command
{
public:
    // ChecksFailed is also verify's code for a register with problems; a damaged file is an IoError.
    enum ExitCode { Ok = 0, ChecksFailed = 1, UsageError = 2, PassphraseError = 3, IoError = 4 };

    virtual ~Command() = default;

    // "export"
    virtual QString name() const = 0;
    // "FILE --format FORMAT [-o OUT]"
    virtual QString synopsis() const = 0;
    // One line for the list of commands.
    virtual QString summary() const = 0;

    // Runs the command on the arguments that follow its name; returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static int exitCodeFor(ErrorCode code);

protected:
    // The command's own options, besides --passphrase-file and --help, which every command takes.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // How many positional arguments the command takes.
    virtual qsizetype positionalCount() const = 0;
    // Whether the command reads or creates a register, and so takes --passphrase-file.
    virtual bool usesPassphrase() const { return true; }
    // The command itself, once its arguments have been checked.
    virtual int execute() = 0;

    const QCommandLineParser& parser() const { return m_parser; }
    QString argument(qsizetype index) const { return m_parser.positionalArguments().at(index); }
    QTextStream& out() { return *m_out; }
    QTextStream& err() { return *m_err; }

    int fail(const Error& error);
    int usage(const QString& problem);

    // The passphrase from wherever the user gave it; confirmNew asks twice at a prompt.
    Result<SecureBytes> passphrase(bool confirmNew);
    // Runs attempt (which takes a server password, empty for none) once without a password, and where the server
    // asks for one libpq did not find in the password file, again with the one from --password-file or a prompt.
    template <typename Attempt>
    auto withServerPassword(const QString& server, Attempt attempt) -> decltype(attempt(QByteArrayView()));
    // The store of the register at location: a file opened with the passphrase, or a server register with the
    // password libpq finds or the user gives.
    Result<std::unique_ptr<store::RegisterRepository>> openRegister(const QString& location);
    // The whole register at location, with its revision and fingerprint; the register is closed again afterwards.
    Result<store::RegisterSnapshot> readRegister(const QString& location);
    // -o FILE, for commands that write a document.
    static QCommandLineOption outputOption();
    // Whether the document can go where -o says (a file, or standard output for text); checked before the
    // passphrase is asked for.
    Status checkOutput(const report::DocumentKind& kind) const;
    // What the options of a document command ask of the document.
    struct DocumentOptions
    {
        bool withFindings = false; // the findings annex at the end of the Article 30 register
        bool noPreamble = false; // the ICO template's CSV without the controller block
    };
    // Writes the document to -o FILE, or to standard output where it is text; never over the register read from
    // location.
    Status writeDocument(const report::DocumentKind& kind, const store::RegisterSnapshot& snapshot,
                         const QString& location, const DocumentOptions& options);

private:
    QString helpText() const;
    QString passwordFile() const;
    bool writesToStandardOutput() const;

    QCommandLineParser m_parser;
    QTextStream* m_out = nullptr;
    QTextStream* m_err = nullptr;
};

template <typename Attempt>
auto Command::withServerPassword(const QString& server, Attempt attempt) -> decltype(attempt(QByteArrayView()))
{
    const QString file = passwordFile();
    if (file.isEmpty()) {
        auto result = attempt(QByteArrayView());
        if (result || result.error().code != ErrorCode::WrongPassphrase) {
            return result;
        }
    }
    const Result<SecureBytes> password = Passphrase::obtainServerPassword(file, server);
    if (!password) {
        return password.error();
    }
    return attempt(password.value().view());
}

} // namespace ropa::cli
