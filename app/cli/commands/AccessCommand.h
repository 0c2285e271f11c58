#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli access URI ROLE viewer|editor|dpo|none: says what a server role may do with a register, for the
// register's DPO (team mode).
class AccessCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    qsizetype positionalCount() const override { return 3; }
    int execute() override;
};

} // namespace ropa::cli
