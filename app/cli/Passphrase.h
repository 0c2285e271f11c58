#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace ropa::cli {

// Where ropa-cli takes a passphrase from, in order: the first line of --passphrase-file, ROPA_PASSPHRASE, a hidden
// prompt on the terminal. Never from an argument, which other users of the machine could read.
class Passphrase
{
public:
    // passphraseFile empty: not given. confirmNew asks twice at the prompt, for a register about to be created.
    static Result<QByteArray> obtain(const QString& passphraseFile, bool confirmNew);
};

} // namespace ropa::cli
