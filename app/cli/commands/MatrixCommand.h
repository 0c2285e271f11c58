#pragma once

#include "commands/DocumentCommand.h"

namespace ropa::cli {

// ropa-cli matrix FILE [--format text|html|csv|pdf] [-o OUT]: the lawful-basis matrix.
class MatrixCommand : public DocumentCommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    QString defaultFormat() const override;
};

} // namespace ropa::cli
