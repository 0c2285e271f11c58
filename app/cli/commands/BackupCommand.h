#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli backup FILE OUT: an encrypted copy of the register that opens with the same passphrase.
class BackupCommand : public Command
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
