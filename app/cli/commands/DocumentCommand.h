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
    // Whether the command takes --with-findings, the findings annex of the Article 30 register (pdf and html).
    virtual bool offersFindingsAnnex() const { return false; }
    // Whether the command takes --no-preamble, the ICO template's CSV as a plain table, titles first (csv).
    virtual bool offersPlainCsv() const { return false; }
    // Whether the command takes --strict, which refuses to write a privacy notice that lacks an Art. 13/14 item.
    virtual bool offersStrictNotice() const { return false; }

    QList<QCommandLineOption> options() const override;
    qsizetype positionalCount() const override { return 1; }
    int execute() override;

    // "pdf, html, csv or xlsx"
    QString formatList() const;

private:
    // Whether the option, if offered and set, goes with format, one of formats; the sentence refusing it where not.
    // what says what the option does.
    Status checkFormatOption(bool offered, const QString& option, const QStringList& formats, const QString& format,
                             const QString& what) const;
    // Names on stderr each item the notice must give and the register lacks; false where --strict then refuses it.
    bool reportNoticeGaps(const Register& reg, bool strict);
};

} // namespace ropa::cli
