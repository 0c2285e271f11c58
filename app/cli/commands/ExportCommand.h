#pragma once

#include "commands/DocumentCommand.h"

namespace ropa::cli {

// ropa-cli export FILE --format FORMAT [-o OUT] [--with-findings] [--no-preamble] [--strict]: the Article 30
// register, the ICO template, the JSON or the notice.
class ExportCommand : public DocumentCommand
{
public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;

protected:
    bool offersFindingsAnnex() const override { return true; }
    bool offersPlainCsv() const override { return true; }
    bool offersStrictNotice() const override { return true; }
};

} // namespace ropa::cli
