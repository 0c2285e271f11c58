#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli check FILE [--format text|json|sarif]: runs the rule set on the register and prints its findings;
// exits 1 when one of them is an error.
class CheckCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    QList<QCommandLineOption> options() const override;
    qsizetype positionalCount() const override { return 1; }
    int execute() override;
};

} // namespace ropa::cli
