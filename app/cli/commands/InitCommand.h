#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli init FILE [--controller NAME]: a new, empty register.
class InitCommand : public Command
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
