#include "CliApp.h"

#include "commands/AccessCommand.h"
#include "commands/BackupCommand.h"
#include "commands/CheckCommand.h"
#include "commands/DemoCommand.h"
#include "commands/DiffCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InitCommand.h"
#include "commands/MatrixCommand.h"
#include "commands/PasswdCommand.h"
#include "commands/PullCommand.h"
#include "commands/PushCommand.h"
#include "commands/ReviewCommand.h"
#include "commands/ServerSetupCommand.h"
#include "commands/VerifyCommand.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::CliApp)
};
} // namespace

CliApp::CliApp(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<MatrixCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<PasswdCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ReviewCommand>());
    m_commands.push_back(std::make_unique<PushCommand>());
    m_commands.push_back(std::make_unique<PullCommand>());
    m_commands.push_back(std::make_unique<AccessCommand>());
    m_commands.push_back(std::make_unique<ServerSetupCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
}

CliApp::~CliApp() = default;

int CliApp::usage(const QString& problem)
{
    m_err << problem << QLatin1Char(' ') << Text::tr("Run 'ropa-cli --help' for usage.") << Qt::endl;
    return Command::UsageError;
}

QString CliApp::helpText() const
{
    QString text = Text::tr("Usage: ropa-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
                            "\n"
                            "Keeps a GDPR Record of Processing Activities (Article 30) in an encrypted .ropa file.\n"
                            "\n"
                            "Commands:\n");
    for (const auto& command : m_commands) {
        text += QStringLiteral("  %1 %2\n      %3\n").arg(command->name(), command->synopsis(), command->summary());
    }
    text +=
        Text::tr("\n"
                 "'ropa-cli COMMAND --help' describes a command and its options.\n"
                 "\n"
                 "The passphrase comes from --passphrase-file FILE, else the ROPA_PASSPHRASE environment variable,\n"
                 "else a prompt on the terminal; it is never taken as an argument.\n"
                 "\n"
                 "passwd takes the new passphrase from --new-passphrase-file FILE, else ROPA_NEW_PASSPHRASE, else\n"
                 "two prompts on the terminal.\n"
                 "\n"
                 "Exit codes: 0 ok, 1 checks found errors or verify found problems, 2 usage or input error,\n"
                 "3 wrong passphrase or not a register, 4 file error, damaged file or register open elsewhere.\n");
    return text;
}

int CliApp::run(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        return usage(Text::tr("No command given."));
    }
    const QString first = rest.first();
    if (first == QLatin1StringView("-h") || first == QLatin1StringView("--help")) {
        m_out << helpText();
        return Command::Ok;
    }
    if (first == QLatin1StringView("-v") || first == QLatin1StringView("--version")) {
        m_out << QStringLiteral("ropa-cli %1 (%2)")
                     .arg(QCoreApplication::applicationVersion(), session::RegisterLocation::engineVersion())
              << Qt::endl;
        return Command::Ok;
    }
    for (const auto& command : m_commands) {
        if (command->name() == first) {
            return command->run(rest.mid(1), m_out, m_err);
        }
    }
    if (first.startsWith(QLatin1Char('-'))) {
        return usage(Text::tr("Name the command before its options: '%1' came first.").arg(first));
    }
    return usage(Text::tr("Unknown command '%1'.").arg(first));
}

} // namespace ropa::cli
