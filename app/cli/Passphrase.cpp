#include "Passphrase.h"

#include "Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ropa::cli {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::cli::Passphrase)
};
} // namespace

Result<SecureBytes> Passphrase::obtain(const QString& passphraseFile, bool confirmNew)
{
    return obtainFrom(passphraseFile, "ROPA_PASSPHRASE", Text::tr("Passphrase: "), confirmNew);
}

Result<SecureBytes> Passphrase::obtainNew(const QString& newPassphraseFile)
{
    return obtainFrom(newPassphraseFile, "ROPA_NEW_PASSPHRASE", Text::tr("New passphrase: "), true);
}

Result<SecureBytes> Passphrase::obtainServerPassword(const QString& passwordFile, const QString& server)
{
    if (passwordFile.isEmpty() && !Terminal::stdinIsTerminal()) {
        return Error{
            ErrorCode::WrongPassphrase,
            Text::tr("%1 needs a password: put it in your password file (PGPASSFILE), pass --passphrase-file FILE, "
                     "or run ropa-cli in a terminal to be asked.")
                .arg(server)};
    }
    // No variable of ours: a server password set in the environment is libpq's PGPASSWORD, which it has tried.
    return obtainFrom(passwordFile, nullptr, Text::tr("Password for %1: ").arg(server), false);
}

Result<SecureBytes> Passphrase::obtainFrom(const QString& passphraseFile, const char* variable, const QString& prompt,
                                           bool confirm)
{
    SecureBytes secret(kMaxBytes + 1);
    if (secret.isNull()) {
        return Error{ErrorCode::Io, Text::tr("Not enough locked memory for the passphrase.")};
    }
    if (!passphraseFile.isEmpty()) {
        const QString shown = QDir::toNativeSeparators(passphraseFile);
        // Unbuffered, so that no buffer of Qt's holds a copy: each byte goes from the file into guarded memory.
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return Error{ErrorCode::Io,
                         Text::tr("Cannot read the passphrase file %1: %2.").arg(shown, file.errorString())};
        }
        std::size_t size = 0;
        char c = 0;
        while (size <= kMaxBytes && file.getChar(&c) && c != '\n') {
            secret.data()[size++] = static_cast<unsigned char>(c);
        }
        c = 0;
        if (size > kMaxBytes) {
            return Error{ErrorCode::Usage,
                         Text::tr("The first line of the passphrase file %1 is longer than %2 bytes.")
                             .arg(shown)
                             .arg(kMaxBytes)};
        }
        while (size > 0 && secret.data()[size - 1] == '\r') {
            --size;
        }
        if (size == 0) {
            return Error{ErrorCode::Usage, Text::tr("The passphrase file %1 is empty.").arg(shown)};
        }
        secret.setSize(size);
        return secret;
    }
    const QString name = QString::fromLatin1(variable ? variable : "");
    if (variable && qEnvironmentVariableIsSet(variable)) {
        QByteArray value = qgetenv(variable);
        SecureBytes copy = SecureBytes::copyOf(value);
        value.fill('\0');
        if (copy.size() == 0) {
            return Error{ErrorCode::Usage, Text::tr("%1 is set but empty.").arg(name)};
        }
        return copy;
    }
    if (!Terminal::stdinIsTerminal()) {
        const bool isNew = name != QLatin1StringView("ROPA_PASSPHRASE");
        return Error{ErrorCode::Usage,
                     (isNew ? Text::tr("No new passphrase given: set %1, pass --new-passphrase-file FILE, or run "
                                       "ropa-cli in a terminal to be asked.")
                            : Text::tr("No passphrase given: set %1, pass --passphrase-file FILE, or run ropa-cli in a "
                                       "terminal to be asked."))
                         .arg(name)};
    }
    if (!Terminal::readHidden(prompt, secret) || secret.size() == 0) {
        return Error{ErrorCode::Usage, Text::tr("No passphrase entered.")};
    }
    if (confirm) {
        SecureBytes again(kMaxBytes + 1);
        if (again.isNull() || !Terminal::readHidden(Text::tr("Passphrase again: "), again) ||
            again.view() != secret.view()) {
            return Error{ErrorCode::Usage, Text::tr("The two passphrases differ; nothing was done.")};
        }
    }
    return secret;
}

} // namespace ropa::cli
