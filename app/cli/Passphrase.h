#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QString>

namespace ropa::cli {

// Where ropa-cli takes a passphrase from, in order: the first line of --passphrase-file, ROPA_PASSPHRASE, a hidden
// prompt on the terminal. Never from an argument, which other users of the machine could read.
class Passphrase
{
public:
    // The longest passphrase read, in bytes.
    static constexpr std::size_t kMaxBytes = 1024;

    // passphraseFile empty: not given. confirmNew asks twice at the prompt, for a register about to be created. The
    // passphrase is read straight into guarded memory and never copied out of it.
    static Result<SecureBytes> obtain(const QString& passphraseFile, bool confirmNew);
    // A register's new passphrase, for passwd: the first line of newPassphraseFile, else ROPA_NEW_PASSPHRASE, else
    // asked twice at a hidden prompt.
    static Result<SecureBytes> obtainNew(const QString& newPassphraseFile);

    // A server register's password, for a server that asks for one: the first line of passwordFile where given, else
    // a hidden prompt on the terminal. libpq has looked in the password file and service file already.
    static Result<SecureBytes> obtainServerPassword(const QString& passwordFile, const QString& server);

private:
    // variable: the environment variable to look in before the prompt, or nullptr for none.
    static Result<SecureBytes> obtainFrom(const QString& passphraseFile, const char* variable, const QString& prompt,
                                          bool confirm);
};

} // namespace ropa::cli
