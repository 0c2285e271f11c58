#include "commands/ExportCommand.h"

#include <QCoreApplication>

namespace ropa::cli {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("FILE --format FORMAT [-o OUT] [--with-findings] [--no-preamble] [--strict]");
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("ropa::cli::ExportCommand",
                                       "write a document (to standard output without -o where it is text): pdf "
                                       "(Article 30 register, PDF/A), html (the same as one page), csv or xlsx (ICO "
                                       "template), json (.ropa.json), notice (privacy notice: text, or HTML or PDF "
                                       "by the ending of OUT; it names what the register lacks, and --strict "
                                       "refuses to write it then)");
}

} // namespace ropa::cli
