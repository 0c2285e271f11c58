#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa::report {

// A table of HTML cells that can be written whole (HTML documents) or a row at a time (the PDF paginates rows
// itself, so no row is split over two pages and the header row heads every page the table reaches).
struct HtmlTable
{
    QString cssClass = QStringLiteral("grid");
    QStringList headers; // plain text, a line break where it has one; empty for a table without a header row
    QStringList headerCss; // per header cell class, may be shorter than headers
    QList<int> widths; // percentages, one per column
    QList<QStringList> rows;
    QList<QStringList> rowCss; // per cell class, may be shorter than rows
    int cellPadding = 3; // in CSS pixels; a dense grid such as the lawful-basis matrix asks for less

    QString html() const;
    QString headerHtml() const;
    QString rowHtml(qsizetype row) const;

private:
    QString open() const;
    QString headRow() const;
    QString bodyRow(qsizetype row) const;
};

} // namespace ropa::report
