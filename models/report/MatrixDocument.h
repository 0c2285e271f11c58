#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "report/HtmlTable.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace ropa::report {

class PdfComposer;

// The lawful-basis matrix as a grid, one column per marked basis: HTML (self-contained), CSV and PDF.
// The text form is LawfulBasisMatrix::toText().
class MatrixDocument
{
public:
    static QByteArray html(const Register& reg);
    static QByteArray csv(const Register& reg);
    static Result<QByteArray> pdf(const Register& reg, const DocumentInfo& info);
    // The PDF's pages laid out, ready to render or to paint on a printer.
    static std::unique_ptr<PdfComposer> compose(const Register& reg, const DocumentInfo& info);

    // The grid as a table, shared by the forms above and the Article 30 register, one line a purpose where it fits:
    // the basis columns are as wide as their short names, which the legend spells out. With linkToActivities each
    // purpose links to its section of the register (RegisterHtml::activityAnchor).
    static HtmlTable grid(const Register& reg, bool linkToActivities = false);
};

} // namespace ropa::report
