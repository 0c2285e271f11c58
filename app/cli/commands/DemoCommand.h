#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli demo --out DIR [--force]: the KJM Group demo register and every document from it.
class DemoCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    QList<QCommandLineOption> options() const override;
    qsizetype positionalCount() const override { return 0; }
    int execute() override;
};

} // namespace ropa::cli
