#include "report/MatrixDocument.h"

#include "formats/CsvWriter.h"
#include "report/LawfulBasisMatrix.h"
#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::MatrixDocument)
};

QString heading(const LawfulBasisMatrix& matrix, Basis basis)
{
    return basisName(basis) + QLatin1Char(' ') + matrix.marker(basis);
}

// The column heading of a basis: a short name over its marker, for a narrow column. The legend under the grid
// gives each basis in full.
QString shortHeading(const LawfulBasisMatrix& matrix, Basis basis)
{
    QString name;
    switch (basis) {
    case Basis::Consent:
        name = Text::tr("Consent");
        break;
    case Basis::Contract:
        name = Text::tr("Contract");
        break;
    case Basis::LegalObligation:
        name = Text::tr("Legal obl.");
        break;
    case Basis::VitalInterests:
        name = Text::tr("Vital int.");
        break;
    case Basis::PublicTask:
        name = Text::tr("Public task");
        break;
    case Basis::LegitimateInterests:
        name = Text::tr("Legit. int.");
        break;
    }
    return name + QLatin1Char('\n') + matrix.marker(basis);
}

// The width of a basis column in per cent of the 267 mm of an A4 landscape page: the longer line of its heading in
// bold 8 pt, at most 1.65 mm a character, and the cell padding.
int columnWidth(const QString& heading)
{
    qsizetype longest = 0;
    for (const QString& line : heading.split(QLatin1Char('\n'))) {
        longest = std::max(longest, line.size());
    }
    return static_cast<int>(std::ceil(static_cast<double>(longest) * 0.62 + 1.0));
}

QString legendHtml(const LawfulBasisMatrix& matrix)
{
    QString html;
    for (const Basis basis : matrix.markedBases()) {
        html += QStringLiteral("<p class=\"note\">") + matrix.legendLine(basis).simplified().toHtmlEscaped() +
            QStringLiteral("</p>");
    }
    return html;
}

} // namespace

HtmlTable MatrixDocument::grid(const Register& reg, bool linkToActivities)
{
    const LawfulBasisMatrix matrix(reg);
    HtmlTable table;
    table.cellPadding = 2;
    table.headers = {QStringLiteral("#"), Text::tr("Purpose")};
    table.widths = {4, 96};
    table.headerCss = {QString(), QString()};
    for (const Basis basis : matrix.markedBases()) {
        const QString heading = shortHeading(matrix, basis);
        table.headers << heading;
        table.widths << columnWidth(heading);
        table.widths[1] -= table.widths.last();
        table.headerCss << QStringLiteral("marker");
    }
    int number = 0;
    for (const LawfulBasisMatrix::Row& row : matrix.rows()) {
        // The matrix has one row per activity, in the register's order.
        const QString purpose = row.purpose.simplified().toHtmlEscaped();
        QStringList cells{QString::number(number + 1),
                          linkToActivities ? QStringLiteral("<a href=\"#") + RegisterHtml::activityAnchor(number) +
                                  QStringLiteral("\">") + purpose + QStringLiteral("</a>")
                                           : purpose};
        ++number;
        QStringList css{QString(), QString()};
        for (const Basis basis : matrix.markedBases()) {
            cells << (row.bases.contains(basis) ? matrix.marker(basis) : QString());
            css << QStringLiteral("marker");
        }
        table.rows.append(cells);
        table.rowCss.append(css);
    }
    return table;
}

QByteArray MatrixDocument::html(const Register& reg)
{
    const LawfulBasisMatrix matrix(reg);
    const QString title = Text::tr("Lawful-basis matrix") + QStringLiteral(" - ") + reg.controller.name;
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        title.toHtmlEscaped() + QStringLiteral("</title>\n<style>\n") + RegisterHtml::styleSheet() +
        QStringLiteral("\ntable { border-collapse: collapse; }\n@page { size: A4 landscape; margin: 15mm; }\n"
                       "@media print { thead { display: table-header-group; } }\n</style>\n</head>\n<body>\n<h1>") +
        Text::tr("Lawful-basis matrix").toHtmlEscaped() + QStringLiteral("</h1>\n<p class=\"subtitle\">") +
        reg.controller.name.toHtmlEscaped() + QStringLiteral("</p>\n") + grid(reg).html() + QStringLiteral("\n") +
        legendHtml(matrix) + QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

QByteArray MatrixDocument::csv(const Register& reg)
{
    const LawfulBasisMatrix matrix(reg);
    formats::CsvWriter writer;
    QStringList header{Text::tr("Order"), Text::tr("Purpose")};
    for (const Basis basis : matrix.markedBases()) {
        header << heading(matrix, basis);
    }
    header << Text::tr("Markers");
    writer.addRow(header);
    int number = 0;
    for (const LawfulBasisMatrix::Row& row : matrix.rows()) {
        QStringList fields{QString::number(++number), row.purpose.simplified()};
        QStringList markers;
        for (const Basis basis : matrix.markedBases()) {
            const bool has = row.bases.contains(basis);
            fields << (has ? matrix.marker(basis) : QString());
            if (has) {
                markers << matrix.marker(basis);
            }
        }
        fields << markers.join(QStringLiteral(", "));
        writer.addRow(fields);
    }
    return writer.result();
}

Result<QByteArray> MatrixDocument::pdf(const Register& reg, const DocumentInfo& info)
{
    return compose(reg, info)->render();
}

std::unique_ptr<PdfComposer> MatrixDocument::compose(const Register& reg, const DocumentInfo& info)
{
    const LawfulBasisMatrix matrix(reg);
    const QString controller = reg.controller.name.isEmpty() ? RegisterHtml::notRecorded() : reg.controller.name;
    PdfComposer::Options options;
    options.title = Text::tr("Lawful-basis matrix") + QStringLiteral(" - ") + controller;
    options.author = controller;
    options.subject =
        Text::tr("Lawful bases of Article 6(1) by processing purpose, register version %1").arg(info.revision);
    options.headerText = Text::tr("Lawful-basis matrix") + QStringLiteral("  |  ") +
        Text::tr("version %1, produced %2")
            .arg(info.revision)
            .arg(info.produced.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    options.footerText = controller;
    options.styleSheet = RegisterHtml::styleSheet();
    options.rowStyleSheet = RegisterHtml::tableStyleSheet();
    auto composer = std::make_unique<PdfComposer>(options);
    const DocumentPart part{QStringLiteral("<h2>") + Text::tr("Lawful-basis matrix").toHtmlEscaped() +
                                QStringLiteral("</h2>"),
                            grid(reg), legendHtml(matrix)};
    composer->layout(PdfComposer::sectionsOf(part, true));
    return composer;
}

} // namespace ropa::report
