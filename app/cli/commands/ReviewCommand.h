#pragma once

#include "commands/Command.h"

namespace ropa::cli {

// ropa-cli review FILE --by NAME [--date YYYY-MM-DD]: records a review of the whole register; the register keeps
// itself as reviewed, so that `diff --since-review` can later show what changed since.
class ReviewCommand : public Command
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
