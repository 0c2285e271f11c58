#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli pull URI FILE: copies a register on a server into a new encrypted file, with the file's own passphrase,
// for travel or as the inspector's copy; the file has the server register's fingerprint.
class PullCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    qsizetype positionalCount() const override { return 2; }
    int execute() override;
};

} // namespace ropa::cli
