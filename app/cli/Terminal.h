#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace ropa::cli {

// The few console calls that differ between Windows and POSIX.
class Terminal
{
public:
    static bool stdinIsTerminal();
    // Prints prompt to stderr and reads one line from the console without echoing it.
    static std::optional<QByteArray> readHidden(const QString& prompt);
};

} // namespace ropa::cli
