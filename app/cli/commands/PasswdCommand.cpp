#include "commands/PasswdCommand.h"

#include "Passphrase.h"
#include "core/PassphraseStrength.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::PasswdCommand)
};
const QString kNewPassphraseFileOption = QStringLiteral("new-passphrase-file");

// The rule the window's new-passphrase box applies when a register is created: at least "Fair" by zxcvbn.
Status checkStrength(const SecureBytes& passphrase, const QString& file)
{
    QString text = QString::fromUtf8(passphrase.view());
    const PassphraseStrength strength = PassphraseStrength::assess(text);
    text.fill(QChar(0));
    if (strength.level() < PassphraseStrength::Level::Fair) {
        return Error{ErrorCode::Usage,
                     Text::tr("The new passphrase for %1 is too weak (%2): %3 The passphrase was not "
                              "changed.")
                         .arg(file, strength.levelName(), strength.advice())};
    }
    return {};
}
} // namespace

QString PasswdCommand::name() const
{
    return QStringLiteral("passwd");
}

QString PasswdCommand::synopsis() const
{
    return QStringLiteral("FILE [--new-passphrase-file F]");
}

QString PasswdCommand::summary() const
{
    return Text::tr(
        "change the register's passphrase: the old one as usual, the new one from --new-passphrase-file, else "
        "ROPA_NEW_PASSPHRASE, else asked twice; a crash at any moment leaves one of the two working");
}

QList<QCommandLineOption> PasswdCommand::options() const
{
    return {{kNewPassphraseFileOption, Text::tr("Read the new passphrase from the first line of a file."),
             Text::tr("file")}};
}

int PasswdCommand::execute()
{
    const session::RegisterLocation location(argument(0));
    if (!location.exists()) {
        return fail({ErrorCode::Io, Text::tr("%1 does not exist.").arg(location.displayName())});
    }
    const Result<SecureBytes> current = passphrase(false);
    if (!current) {
        return fail(current.error());
    }
    const Result<SecureBytes> next = Passphrase::obtainNew(
        parser().isSet(kNewPassphraseFileOption) ? parser().value(kNewPassphraseFileOption) : QString());
    if (!next) {
        return fail(next.error());
    }
    if (next->view() == current->view()) {
        return fail({ErrorCode::Usage,
                     Text::tr("The new passphrase for %1 is the same as the old one; the passphrase was "
                              "not changed.")
                         .arg(location.displayName())});
    }
    if (Status strong = checkStrength(next.value(), location.displayName()); !strong) {
        return fail(strong.error());
    }
    const auto repository = location.open(current->view());
    if (!repository) {
        return fail(repository.error());
    }
    if (Status status = repository.value()->changePassphrase(next->view()); !status) {
        return fail(status.error());
    }
    out() << Text::tr("Changed the passphrase of %1; only the new one opens it now.").arg(location.displayName())
          << Qt::endl;
    return Ok;
}

} // namespace ropa::cli
