#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli import FILE SRC.ropa.json | --notice NOTICE: reads a register export or a privacy notice into a register.
class ImportCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    QList<QCommandLineOption> options() const override;
    qsizetype positionalCount() const override;
    int execute() override;
};

} // namespace ropa::cli
