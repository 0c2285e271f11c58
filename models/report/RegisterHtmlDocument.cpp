#include "report/RegisterHtmlDocument.h"

#include "report/RegisterHtml.h"

namespace ropa::report {

QByteArray RegisterHtmlDocument::write(const Register& reg, const DocumentInfo& info)
{
    const RegisterHtml html(reg, info);
    const QString controller = reg.controller.name.isEmpty() ? RegisterHtml::notRecorded() : reg.controller.name;
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        QString(RegisterHtml::title() + QStringLiteral(" - ") + controller).toHtmlEscaped() +
        QStringLiteral("</title>\n<meta name=\"generator\" content=\"RoPA Manager\">\n<style>\n") +
        RegisterHtml::styleSheet() +
        QStringLiteral("\nbody { max-width: 1100px; margin: 2em auto; padding: 0 1em; }"
                       "\ntable { border-collapse: collapse; }"
                       "\nsection { margin-bottom: 1.5em; }"
                       "\np.field { white-space: normal; margin-left: 0; text-indent: 0; padding-left: 170px; }"
                       "\np.field > b:first-child { display: inline-block; width: 170px; margin-left: -170px; }"
                       "\na { color: inherit; }"
                       "\nhr { border: none; border-top: 1px solid #9aa8b6; }"
                       "\ntd.level1 { padding-left: 50px; text-indent: -32px; }"
                       "\n@page { size: A4 landscape; margin: 15mm; }"
                       "\n@media print { body { max-width: none; margin: 0; } section.part { break-before: page; }"
                       " section { break-inside: avoid; } thead { display: table-header-group; } }"
                       "\n</style>\n</head>\n<body>\n");
    page += QStringLiteral("<section class=\"cover\">") + html.cover() + QStringLiteral("</section>\n");
    page += QStringLiteral("<section class=\"part\">") + html.contentsPart(html.contentsEntries()).html() +
        QStringLiteral("</section>\n");
    page += QStringLiteral("<section class=\"part\">") + html.matrixPart().html() + QStringLiteral("</section>\n");
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        page += (i == 0 ? QStringLiteral("<section class=\"part\">") : QStringLiteral("<section>")) +
            html.activitySection(i) + QStringLiteral("</section>\n");
    }
    page += QStringLiteral("<section class=\"part\">") + html.recipientsPart().html() + QStringLiteral("</section>\n");
    page += QStringLiteral("<section>") + html.retentionPart().html() + QStringLiteral("</section>\n");
    page += QStringLiteral("<section>") + html.transfersPart().html() + QStringLiteral("</section>\n");
    if (info.withFindings) {
        page += QStringLiteral("<section class=\"part\" id=\"findings\">") + html.findingsPart().html() +
            QStringLiteral("</section>\n");
    }
    if (html.hasReferenceIndex()) {
        page += QStringLiteral("<section class=\"part\">") + html.referenceIndexPart().html() +
            QStringLiteral("</section>\n");
    }
    page += QStringLiteral("<footer><p class=\"note\">") + controller.toHtmlEscaped() +
        QStringLiteral("</p></footer>\n</body>\n</html>\n");
    return page.toUtf8();
}

} // namespace ropa::report
