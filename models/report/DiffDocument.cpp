#include "report/DiffDocument.h"

#include "report/DocumentPart.h"
#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::DiffDocument)
};

QString cell(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

HtmlTable emptyTable()
{
    HtmlTable table;
    table.headers = {Text::tr("Item"), Text::tr("Field"), Text::tr("Before"), Text::tr("After")};
    table.widths = {22, 18, 30, 30};
    return table;
}

void addItems(HtmlTable& table, const QList<RegisterDiff::Item>& items)
{
    for (const RegisterDiff::Item& item : items) {
        const QString name =
            item.kind ? QStringLiteral("%1 '%2'").arg(Catalogue::singular(*item.kind), item.name) : item.name;
        if (item.change == RegisterDiff::ItemChange::Added || item.change == RegisterDiff::ItemChange::Removed) {
            table.rows.append({cell(name), cell(RegisterDiff::itemChangeName(item.change)), QString(), QString()});
            continue;
        }
        for (const RegisterDiff::FieldChange& field : item.fields) {
            table.rows.append({cell(name), cell(field.field), cell(field.before), cell(field.after)});
        }
    }
}

// The title and the versions compared, then one part per section with its table or a line saying nothing changed.
QList<DocumentPart> partsOf(const RegisterDiff& diff, const DiffDocument::Header& header)
{
    HtmlTable organisation = emptyTable();
    for (const RegisterDiff::FieldChange& field : diff.organisation()) {
        organisation.rows.append(
            {cell(Text::tr("Organisation")), cell(field.field), cell(field.before), cell(field.after)});
    }
    HtmlTable activities = emptyTable();
    addItems(activities, diff.activities());
    HtmlTable entries = emptyTable();
    addItems(entries, diff.entries());

    const QString none = QStringLiteral("<p>") + Text::tr("No changes.").toHtmlEscaped() + QStringLiteral("</p>");
    QList<DocumentPart> parts;
    parts.append({QStringLiteral("<h1>") + Text::tr("Changes to the register").toHtmlEscaped() +
                      QStringLiteral("</h1>\n<p class=\"subtitle\">") + cell(header.registerName) +
                      QStringLiteral("</p>\n<p>") + Text::tr("From: %1").arg(header.from).toHtmlEscaped() +
                      QStringLiteral("<br>") + Text::tr("To: %1").arg(header.to).toHtmlEscaped() +
                      QStringLiteral("</p>\n"),
                  HtmlTable{}, QString()});
    const std::pair<QString, HtmlTable*> sections[] = {{Text::tr("Organisation"), &organisation},
                                                       {Text::tr("Activities"), &activities},
                                                       {Text::tr("Catalogue entries"), &entries}};
    for (const auto& [title, table] : sections) {
        parts.append({QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2>\n"), *table,
                      table->rows.isEmpty() ? none : QString()});
    }
    return parts;
}

} // namespace

QByteArray DiffDocument::html(const RegisterDiff& diff, const Header& header)
{
    const QString title = Text::tr("Changes to the register") + QStringLiteral(" - ") + header.registerName;
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        title.toHtmlEscaped() + QStringLiteral("</title>\n<style>\n") + RegisterHtml::styleSheet() +
        QStringLiteral("\ntable { border-collapse: collapse; }\n@page { size: A4 landscape; margin: 15mm; }\n"
                       "@media print { thead { display: table-header-group; } }\n</style>\n</head>\n<body>\n");
    for (const DocumentPart& part : partsOf(diff, header)) {
        page += part.html() + QLatin1Char('\n');
    }
    page += QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

Result<QByteArray> DiffDocument::pdf(const RegisterDiff& diff, const Header& header)
{
    const QString controller = header.registerName.isEmpty() ? RegisterHtml::notRecorded() : header.registerName;
    PdfComposer::Options options;
    options.title = Text::tr("Changes to the register") + QStringLiteral(" - ") + controller;
    options.author = controller;
    options.subject = Text::tr("Changes from %1 to %2").arg(header.from, header.to);
    options.headerText = Text::tr("Changes to the register");
    options.footerText = controller;
    options.styleSheet = RegisterHtml::styleSheet();
    options.rowStyleSheet = RegisterHtml::tableStyleSheet();
    PdfComposer composer(options);
    QList<PdfComposer::Section> sections;
    bool first = true;
    for (const DocumentPart& part : partsOf(diff, header)) {
        sections += PdfComposer::sectionsOf(part, first);
        first = false;
    }
    composer.layout(sections);
    return composer.render();
}

} // namespace ropa::report
