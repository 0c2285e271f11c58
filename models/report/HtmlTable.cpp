#include "report/HtmlTable.h"

namespace ropa::report {

namespace {
QString classAttribute(const QList<QStringList>& css, qsizetype row, qsizetype column)
{
    const QString name = css.value(row).value(column);
    return name.isEmpty() ? QString() : QStringLiteral(" class=\"") + name + QLatin1Char('"');
}
} // namespace

QString HtmlTable::open() const
{
    return QStringLiteral("<table class=\"") + cssClass +
        QStringLiteral("\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(cellPadding);
}

QString HtmlTable::headRow() const
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString css = headerCss.value(i);
        html += QStringLiteral("<th width=\"%1%\"%2>%3</th>")
                    .arg(widths.value(i))
                    .arg(css.isEmpty() ? QString() : QStringLiteral(" class=\"") + css + QLatin1Char('"'))
                    .arg(headers.at(i).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return html + QStringLiteral("</tr>");
}

QString HtmlTable::bodyRow(qsizetype row) const
{
    QString html = QStringLiteral("<tr>");
    const QStringList& cells = rows.at(row);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        html += QStringLiteral("<td width=\"%1%\"%2>").arg(widths.value(i)).arg(classAttribute(rowCss, row, i)) +
            cells.at(i) + QStringLiteral("</td>");
    }
    return html + QStringLiteral("</tr>");
}

QString HtmlTable::html() const
{
    QString html = open();
    if (!headers.isEmpty()) {
        html += QStringLiteral("<thead>") + headRow() + QStringLiteral("</thead>");
    }
    html += QStringLiteral("<tbody>");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        html += bodyRow(i);
    }
    return html + QStringLiteral("</tbody></table>");
}

QString HtmlTable::headerHtml() const
{
    return headers.isEmpty() ? QString()
                             : open() + QStringLiteral("<thead>") + headRow() + QStringLiteral("</thead></table>");
}

QString HtmlTable::rowHtml(qsizetype row) const
{
    return open() + QStringLiteral("<tbody>") + bodyRow(row) + QStringLiteral("</tbody></table>");
}

} // namespace ropa::report
