#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli passwd FILE [--new-passphrase-file F]: re-encrypts the register under a new passphrase.
class PasswdCommand : public Command
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
