#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// A command that writes one of the register's documents, chosen by --format from the document table's entries for
// the command's name, to -o FILE or standard output.
class DocumentCommand : public Command
{
protected:
    // The format when --format is not given; empty when it must be.
    virtual QString defaultFormat() const { return {}; }

    QList<QCommandLineOption> options() const override;
    qsizetype positionalCount() const override { return 1; }
    int execute() override;

    // "pdf, html, csv or xlsx"
    QString formatList() const;
};

} // namespace ropa::cli
