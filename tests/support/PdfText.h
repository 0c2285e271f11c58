#pragma once

#include <QString>

namespace ropa::test {

// Runs a poppler tool (pdftotext, pdfinfo, pdffonts) on a file and returns its standard output; fails the
// calling test where the tool is missing or exits non-zero.
QString runPoppler(const QString& tool, const QStringList& arguments);
// The text of a PDF in content-stream order (pdftotext -raw), with every run of whitespace made one space:
// text a table cell wrapped over lines reads as one phrase again.
QString pdfFlatText(const QString& pdfPath);
// As pdfFlatText, without each page's running header and "Page N of M" footer: text that runs on over a page
// break reads as one phrase.
QString pdfBodyText(const QString& pdfPath);

} // namespace ropa::test
