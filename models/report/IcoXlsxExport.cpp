#include "report/IcoXlsxExport.h"

#include "core/AtomicFile.h"
#include "formats/XlsxWorkbook.h"
#include "report/IcoTemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace ropa::report {

namespace {

using formats::XlsxWorkbook;

constexpr double kMinColumnWidth = 14;
constexpr double kMaxColumnWidth = 48;
constexpr double kLabelColumnWidth = 26;
constexpr double kTitleLines = 3;
constexpr int kPaperA4 = 9;
// What landscape A4 holds across at full size between Excel's default margins of 0.7 inches, in pixels at 96 dpi, and
// the smallest share of full size the cells still read well at.
constexpr double kLandscapeA4Pixels = (11.69 - 2 * 0.7) * 96;
constexpr double kLegibleScale = 0.7;
constexpr int kMostPagesAcross = 3;
constexpr quint32 kHeaderFill = 0xD9E1F2; // light blue-grey, readable in print

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::IcoXlsxExport)
};

Error workbookError(const QString& reason)
{
    return {ErrorCode::Io, Text::tr("Could not make the spreadsheet: %1").arg(reason)};
}

struct Formats
{
    XlsxWorkbook::Format label;
    XlsxWorkbook::Format value;
    XlsxWorkbook::Format header;
};

Formats icoFormats()
{
    Formats f;
    f.label.bold = true;
    f.label.alignTop = true;
    f.value.wrap = true;
    f.value.alignTop = true;
    f.header.bold = true;
    f.header.wrap = true;
    f.header.alignTop = true;
    f.header.thinBottomBorder = true;
    f.header.fill = kHeaderFill;
    return f;
}

// Excel holds at most 32,767 characters in a cell. A longer text is cut and says so, rather than the whole export
// failing over one field: the register, its PDF and the CSV keep the full text.
QString fitted(const QString& text)
{
    if (text.size() <= XlsxWorkbook::kMaxCellLength) {
        return text;
    }
    const QString note = Text::tr("… [cut at Excel's limit of 32,767 characters; the register holds the full text]");
    qsizetype keep = XlsxWorkbook::kMaxCellLength - note.size();
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) {
        --keep; // never half a character
    }
    return text.left(keep) + note;
}

void writeRow(XlsxWorkbook& book, int row, const QStringList& cells, const XlsxWorkbook::Format& format)
{
    for (qsizetype col = 0; col < cells.size(); ++col) {
        book.setText(row, static_cast<int>(col), fitted(cells.at(col)), format);
    }
}

void writeControllerBlock(XlsxWorkbook& book, const Register& reg, const Formats& formats)
{
    int row = 0;
    for (const auto& [label, value] : IcoTemplate::header(reg)) {
        book.setText(row, 0, fitted(label), formats.label);
        book.setText(row++, 1, fitted(value), formats.value);
    }
}

double longestLine(const QString& text)
{
    qsizetype longest = 0;
    for (const auto line : QStringView(text).split(QLatin1Char('\n'))) {
        longest = std::max(longest, line.size());
    }
    return static_cast<double>(longest);
}

// Wide enough for typical cells and never wider than a screen's share; longer texts wrap. A column also takes a
// third of its title, so that the titles, repeated on every printed page, wrap on a few lines rather than ten.
// Returns the widths.
QList<double> setColumnWidths(XlsxWorkbook& book, const QStringList& titles, const QList<QStringList>& rows)
{
    QList<double> widths;
    for (qsizetype col = 0; col < titles.size(); ++col) {
        double width = std::max(col == 0 ? kLabelColumnWidth : kMinColumnWidth,
                                std::ceil(static_cast<double>(titles.at(col).size()) / kTitleLines));
        for (const QStringList& row : rows) {
            width = std::max(width, longestLine(row.value(col)));
        }
        widths << std::min(width, kMaxColumnWidth);
        book.setColumnWidth(static_cast<int>(col), widths.last());
    }
    return widths;
}

// The template's 25 columns on one page print at a quarter of their size; spread over as many pages across as keep
// them near kLegibleScale, but no more than kMostPagesAcross, so the row of one activity is still read in one go.
int pagesAcross(const QList<double>& widths)
{
    double pixels = 0;
    for (const double width : widths) {
        pixels += width * 7 + 5; // Calibri 11: 7 pixels a digit, 5 of padding
    }
    const int pages = static_cast<int>(std::ceil(pixels * kLegibleScale / kLandscapeA4Pixels));
    return std::clamp(pages, 1, kMostPagesAcross);
}

void setUpPage(XlsxWorkbook& book, int headerRow, int lastRow, const QList<double>& widths)
{
    // Business function and purpose stay in view while scrolling across the other columns.
    book.freezePanes(headerRow + 1, 2);
    book.setAutoFilter(headerRow, 0, std::max(lastRow, headerRow), static_cast<int>(widths.size() - 1));
    book.setLandscape(true);
    book.setPaperSize(kPaperA4);
    book.fitToPages(pagesAcross(widths), 0);
    book.setPrintAcrossThenDown(true);
    book.setPrintGridLines(true);
    book.repeatRowsOnEveryPage(headerRow, headerRow);
    //: The footer of the spreadsheet's printed pages, in Excel's codes: &L and &R start the left and right parts,
    //: &A is the sheet's name, &P the page and &N the number of pages.
    book.setPageFooter(Text::tr("&L&A&RPage &P of &N"));
}

// A name of its own for the type: lupdate takes "XlsxWorkbook::Properties propertiesOf" for a member of that struct
// and would file the strings below under a context of its own.
using WorkbookProperties = XlsxWorkbook::Properties;

WorkbookProperties propertiesOf(const Register& reg)
{
    const QString name = reg.controller.name.trimmed().isEmpty() ? IcoTemplate::notRecorded() : reg.controller.name;
    XlsxWorkbook::Properties properties;
    properties.title = Text::tr("Record of processing activities: %1").arg(name);
    properties.creator = name;
    properties.company = name;
    properties.comments = Text::tr("ICO controller documentation template, written by RoPA Manager");
    properties.application = QStringLiteral("RoPA Manager");
    properties.created = QDateTime::currentDateTimeUtc();
    return properties;
}

} // namespace

Result<QByteArray> IcoXlsxExport::render(const Register& reg)
{
    XlsxWorkbook book(Text::tr("Record of processing"));
    book.setProperties(propertiesOf(reg));

    const Formats formats = icoFormats();
    writeControllerBlock(book, reg, formats);
    const QStringList columns = IcoTemplate::columns();
    const QList<QStringList> rows = IcoTemplate::rows(reg);
    const auto headerRow = static_cast<int>(IcoTemplate::header(reg).size() + 1);
    writeRow(book, headerRow, columns, formats.header);
    int row = headerRow;
    for (const QStringList& cells : rows) {
        writeRow(book, ++row, cells, formats.value);
    }
    const QList<double> widths = setColumnWidths(book, columns, rows);
    setUpPage(book, headerRow, row, widths);

    Result<QByteArray> bytes = book.toBytes();
    if (!bytes) {
        return workbookError(bytes.error().message);
    }
    return bytes;
}

Status IcoXlsxExport::write(const Register& reg, const QString& path)
{
    const Result<QByteArray> bytes = render(reg);
    if (!bytes) {
        return bytes.error();
    }
    return AtomicFile::write(path, bytes.value());
}

} // namespace ropa::report
