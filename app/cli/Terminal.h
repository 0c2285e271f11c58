#pragma once

#include "core/SecureBytes.h"

#include <QString>

namespace ropa::cli {

// The console: whether there is one, and reading a secret from it unseen (through Platform, which makes the calls
// that differ between Windows and POSIX).
class Terminal
{
public:
    static bool stdinIsTerminal();
    // Prints prompt to stderr and reads one line from the console into secret, without echoing it; false where
    // nothing could be read. A line longer than secret holds is cut.
    static bool readHidden(const QString& prompt, SecureBytes& secret);
};

} // namespace ropa::cli
