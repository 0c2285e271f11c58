#include "commands/MatrixCommand.h"

#include <QCoreApplication>

namespace ropa::cli {

QString MatrixCommand::name() const
{
    return QStringLiteral("matrix");
}

QString MatrixCommand::synopsis() const
{
    return QStringLiteral("FILE [--format text|html|csv|pdf] [-o OUT]");
}

QString MatrixCommand::summary() const
{
    return QCoreApplication::translate("ropa::cli::MatrixCommand", "the lawful-basis matrix");
}

QString MatrixCommand::defaultFormat() const
{
    return QStringLiteral("text");
}

} // namespace ropa::cli
