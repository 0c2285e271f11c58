#pragma once

#include "commands/Command.h"

#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace ropa::cli {

// ropa-cli: finds the command the first argument names and runs it; prints the overall help and version.
class CliApp
{
public:
    CliApp(QTextStream& out, QTextStream& err);
    ~CliApp();

    // arguments as the program received them, its own name first.
    int run(const QStringList& arguments);

private:
    QString helpText() const;
    int usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace ropa::cli
