#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli server-setup URI: sets up, or brings up to date, the schema that holds registers in a PostgreSQL database,
// for its administrator (team mode; docs/team-mode.md).
class ServerSetupCommand : public Command
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
