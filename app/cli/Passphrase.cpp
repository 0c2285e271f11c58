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

Result<QByteArray> Passphrase::obtain(const QString& passphraseFile, bool confirmNew)
{
    if (!passphraseFile.isEmpty()) {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io,
                         tr("Cannot read the passphrase file %1: %2.")
                             .arg(QDir::toNativeSeparators(passphraseFile), file.errorString())};
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            return Error{ErrorCode::Usage,
                         tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(passphraseFile))};
        }
        return line;
    }
    if (qEnvironmentVariableIsSet("ROPA_PASSPHRASE")) {
        QByteArray value = qgetenv("ROPA_PASSPHRASE");
        if (value.isEmpty()) {
            return Error{ErrorCode::Usage, tr("ROPA_PASSPHRASE is set but empty.")};
        }
        return value;
    }
    if (!Terminal::stdinIsTerminal()) {
        return Error{ErrorCode::Usage,
                     tr("No passphrase given: set ROPA_PASSPHRASE, pass --passphrase-file FILE, or "
                        "run ropa-cli in a terminal to be asked.")};
    }
    const std::optional<QByteArray> first = Terminal::readHidden(tr("Passphrase: "));
    if (!first || first->isEmpty()) {
        return Error{ErrorCode::Usage, tr("No passphrase entered.")};
    }
    if (confirmNew) {
        const std::optional<QByteArray> second = Terminal::readHidden(tr("Passphrase again: "));
        if (!second || *second != *first) {
            return Error{ErrorCode::Usage, tr("The two passphrases differ; nothing was created.")};
        }
    }
    return *first;
}

} // namespace ropa::cli
