#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli push FILE URI [--replace]: uploads an encrypted register file to a register on a server (team mode), a
// new one unless --replace; the server register then has the file's fingerprint.
class PushCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    QList<QCommandLineOption> options() const override;
    qsizetype positionalCount() const override { return 2; }
    int execute() override;
};

} // namespace ropa::cli
