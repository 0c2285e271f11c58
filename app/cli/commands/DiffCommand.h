#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli diff FILE [--since-review | --from REV --to REV] [--format text|html|pdf] [-o PATH]: what changed
// between two reviews of the register, or since the last one, field by field.
class DiffCommand : public Command
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
