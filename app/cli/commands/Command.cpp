#include "commands/Command.h"

#include "core/AtomicFile.h"
#include "session/ExportDocument.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace ropa::cli {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::Command)
};

const QString kPassphraseFileOption = QStringLiteral("passphrase-file");
const QString kPasswordFileOption = QStringLiteral("password-file");
const QString kHelpOption = QStringLiteral("help");
const QString kOutputOption = QStringLiteral("output");

} // namespace

int Command::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::InvalidInput:
        return UsageError;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::NotARegister:
    case ErrorCode::NewerFormat:
    case ErrorCode::NotAllowed:
        return PassphraseError;
    case ErrorCode::Locked:
    case ErrorCode::Conflict:
    case ErrorCode::Io:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Damaged:
    case ErrorCode::Database:
        return IoError;
    }
    return IoError;
}

int Command::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    m_out = &out;
    m_err = &err;
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({{QStringLiteral("h"), kHelpOption}, Text::tr("Show this help.")});
    if (usesPassphrase()) {
        m_parser.addOption(
            {kPassphraseFileOption, Text::tr("Read the passphrase from the first line of a file."), Text::tr("file")});
        m_parser.addOption(
            {kPasswordFileOption, Text::tr("Read a server register's password from a file."), Text::tr("file")});
    }
    m_parser.addOptions(options());
    // The parser wants the program's name first.
    if (!m_parser.parse(QStringList{QStringLiteral("ropa-cli")} + arguments)) {
        return usage(Text::tr("'%1': %2.").arg(name(), m_parser.errorText()));
    }
    if (m_parser.isSet(kHelpOption)) {
        out << helpText();
        return Ok;
    }
    if (m_parser.positionalArguments().size() != positionalCount()) {
        return usage(QCoreApplication::translate("ropa::cli::Command", "'%1' takes %n argument(s): %2.", nullptr,
                                                 static_cast<int>(positionalCount()))
                         .arg(name(), synopsis()));
    }
    return execute();
}

QString Command::helpText() const
{
    QString text = Text::tr("Usage: ropa-cli %1 %2\n\n%3\n").arg(name(), synopsis(), summary());
    QList<QCommandLineOption> all = options();
    if (usesPassphrase()) {
        all.append(
            {kPassphraseFileOption, Text::tr("Read the passphrase from the first line of FILE."), Text::tr("FILE")});
        all.append({kPasswordFileOption,
                    Text::tr("Read a server register's password from the first line of FILE, where the server asks for "
                             "one that is not in your password file (PGPASSFILE)."),
                    Text::tr("FILE")});
    }
    if (!all.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Options:") + QLatin1Char('\n');
    }
    for (const QCommandLineOption& option : all) {
        QStringList names;
        for (const QString& n : option.names()) {
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        }
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty()) {
            left += QLatin1Char(' ') + option.valueName().toUpper();
        }
        text +=
            QStringLiteral("  ") + left.leftJustified(24) + QLatin1Char(' ') + option.description() + QLatin1Char('\n');
    }
    return text;
}

int Command::fail(const Error& error)
{
    *m_err << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int Command::usage(const QString& problem)
{
    *m_err << problem << QLatin1Char(' ') << Text::tr("Run 'ropa-cli %1 --help' for usage.").arg(name()) << Qt::endl;
    return UsageError;
}

Result<SecureBytes> Command::passphrase(bool confirmNew)
{
    return Passphrase::obtain(m_parser.isSet(kPassphraseFileOption) ? m_parser.value(kPassphraseFileOption) : QString(),
                              confirmNew);
}

Result<std::unique_ptr<store::RegisterRepository>> Command::openRegister(const QString& location)
{
    const session::RegisterLocation register_(location);
    if (register_.isServer()) {
        return withServerPassword(register_.displayName(),
                                  [&register_](QByteArrayView password) { return register_.open(password); });
    }
    if (!register_.exists()) {
        return Error{ErrorCode::Io, Text::tr("%1 does not exist.").arg(register_.displayName())};
    }
    const Result<SecureBytes> secret = passphrase(false);
    if (!secret) {
        return secret.error();
    }
    return register_.open(secret.value().view());
}

QString Command::passwordFile() const
{
    return m_parser.isSet(kPasswordFileOption) ? m_parser.value(kPasswordFileOption) : QString();
}

Result<store::RegisterSnapshot> Command::readRegister(const QString& location)
{
    const Result<std::unique_ptr<store::RegisterRepository>> repository = openRegister(location);
    if (!repository) {
        return repository.error();
    }
    return repository.value()->load();
}

QCommandLineOption Command::outputOption()
{
    return {{QStringLiteral("o"), kOutputOption},
            Text::tr("Write to FILE (a file, device or pipe) instead of standard output; - is standard output."),
            Text::tr("file")};
}

bool Command::writesToStandardOutput() const
{
    return !m_parser.isSet(kOutputOption) || m_parser.value(kOutputOption) == QLatin1String("-");
}

Status Command::checkOutput(const report::DocumentKind& kind) const
{
    if (kind.binary && writesToStandardOutput()) {
        return Error{ErrorCode::Usage, Text::tr("'--format %1' writes a file; name it with -o FILE.").arg(kind.format)};
    }
    // The name says what the file is: notice.pdf holding the register as unencrypted JSON would mislead.
    if (const QString name = QFileInfo(m_parser.value(kOutputOption)).fileName();
        !writesToStandardOutput() && kind.isNamedForAnother(name)) {
        return Error{ErrorCode::Usage,
                     Text::tr("'%1' is named as another kind of file, but '--format %2' writes %3: name it "
                              "%4.")
                         .arg(name, kind.format, kind.description, kind.renamedFor(name))};
    }
    return {};
}

Status Command::writeDocument(const report::DocumentKind& kind, const store::RegisterSnapshot& snapshot,
                              const QString& location, const DocumentOptions& options)
{
    if (Status status = checkOutput(kind); !status) {
        return status;
    }
    const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), snapshot.info.revision, snapshot.info.fingerprint,
                                    options.withFindings, options.noPreamble};
    if (!writesToStandardOutput()) {
        return session::ExportDocument::write(kind, snapshot.reg, info, m_parser.value(kOutputOption), location);
    }
    const Result<QByteArray> bytes = kind.render(snapshot.reg, info);
    if (!bytes) {
        return bytes.error();
    }
    // The bytes go out as rendered, after what the text stream holds, without a round trip through its encoding.
    m_out->flush();
    std::fflush(stdout);
    return AtomicFile::writeStandardOutput(bytes.value());
}

} // namespace ropa::cli
