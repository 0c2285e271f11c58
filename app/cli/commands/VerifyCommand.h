#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli verify FILE: reads every page and checks the database, its references, the audit chain and its anchor.
class VerifyCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    qsizetype positionalCount() const override { return 1; }
    int execute() override;
};

} // namespace ropa::cli
