#include "Passphrase.h"

#include "Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ropa::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::cli::Passphrase", text);
}
} // namespace

Result<SecureBytes> Passphrase::obtain(const QString& passphraseFile, bool confirmNew)
{
    SecureBytes secret(kMaxBytes + 1);
    if (secret.isNull()) {
        return Error{ErrorCode::Io, tr("Not enough locked memory for the passphrase.")};
    }
    if (!passphraseFile.isEmpty()) {
        const QString shown = QDir::toNativeSeparators(passphraseFile);
        // Unbuffered, so that no buffer of Qt's holds a copy: each byte goes from the file into guarded memory.
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return Error{ErrorCode::Io, tr("Cannot read the passphrase file %1: %2.").arg(shown, file.errorString())};
        }
        std::size_t size = 0;
        char c = 0;
        while (size <= kMaxBytes && file.getChar(&c) && c != '\n') {
            secret.data()[size++] = static_cast<unsigned char>(c);
        }
        c = 0;
        if (size > kMaxBytes) {
            return Error{
                ErrorCode::Usage,
                tr("The first line of the passphrase file %1 is longer than %2 bytes.").arg(shown).arg(kMaxBytes)};
        }
        while (size > 0 && secret.data()[size - 1] == '\r') {
            --size;
        }
        if (size == 0) {
            return Error{ErrorCode::Usage, tr("The passphrase file %1 is empty.").arg(shown)};
        }
        secret.setSize(size);
        return secret;
    }
    if (qEnvironmentVariableIsSet("ROPA_PASSPHRASE")) {
        QByteArray value = qgetenv("ROPA_PASSPHRASE");
        SecureBytes copy = SecureBytes::copyOf(value);
        value.fill('\0');
        if (copy.size() == 0) {
            return Error{ErrorCode::Usage, tr("ROPA_PASSPHRASE is set but empty.")};
        }
        return copy;
    }
    if (!Terminal::stdinIsTerminal()) {
        return Error{ErrorCode::Usage,
                     tr("No passphrase given: set ROPA_PASSPHRASE, pass --passphrase-file FILE, or "
                        "run ropa-cli in a terminal to be asked.")};
    }
    if (!Terminal::readHidden(tr("Passphrase: "), secret) || secret.size() == 0) {
        return Error{ErrorCode::Usage, tr("No passphrase entered.")};
    }
    if (confirmNew) {
        SecureBytes again(kMaxBytes + 1);
        if (again.isNull() || !Terminal::readHidden(tr("Passphrase again: "), again) || again.view() != secret.view()) {
            return Error{ErrorCode::Usage, tr("The two passphrases differ; nothing was created.")};
        }
    }
    return secret;
}

} // namespace ropa::cli
