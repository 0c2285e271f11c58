#include "report/RegisterPdf.h"

#include "core/AtomicFile.h"
#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>

namespace ropa::report {

// Lays the register out, then fills the contents list in with the pages the layout found.
std::unique_ptr<PdfComposer> RegisterPdf::compose(const Register& reg, const DocumentInfo& info)
{
    // The sections make their html when they are laid out, so the fragments live as long as the composer.
    const auto shared = std::make_shared<const RegisterHtml>(reg, info);
    const RegisterHtml& html = *shared;
    const QString controller = reg.controller.name.isEmpty() ? RegisterHtml::notRecorded() : reg.controller.name;
    PdfComposer::Options options;
    options.orientation = QPageLayout::Landscape;
    options.title = RegisterHtml::title() + QStringLiteral(" - ") + controller;
    options.author = controller;
    options.subject =
        QCoreApplication::translate("ropa::report::RegisterPdf",
                                    "Record of processing activities under Article 30 UK GDPR, version %1")
            .arg(info.revision);
    options.headerText = RegisterHtml::title() + QStringLiteral("  |  ") +
        QCoreApplication::translate("ropa::report::RegisterPdf", "version %1, produced %2")
            .arg(info.revision)
            .arg(info.produced.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    options.footerText = controller;
    options.styleSheet = RegisterHtml::styleSheet();
    options.rowStyleSheet = RegisterHtml::tableStyleSheet();
    options.tabStop = RegisterHtml::kLabelWidth;
    auto composer = std::make_unique<PdfComposer>(options);

    const QList<RegisterHtml::ContentsEntry> entries = html.contentsEntries();
    // Where each contents entry's section starts, in the order contentsEntries() lists them.
    QList<qsizetype> entrySections;
    QList<PdfComposer::Section> sections{PdfComposer::Section::text(html.cover(), true)};
    const qsizetype contentsStart = sections.size();
    // The contents are one paragraph per entry, kept together like table rows; the page numbers are drawn in
    // once the layout has found them.
    const QString contentsAnchor = QStringLiteral("contents");
    PdfComposer::Section heading =
        PdfComposer::Section::text(RegisterHtml::anchorTarget(contentsAnchor) + html.contentsHeading(), true);
    heading.keepWithNext = true;
    sections.append(heading);
    for (const RegisterHtml::ContentsEntry& entry : entries) {
        PdfComposer::Section line = PdfComposer::Section::text(html.contentsLine(entry), false);
        line.tableRow = true;
        sections.append(line);
    }
    entrySections << sections.size();
    sections += PdfComposer::sectionsOf(html.matrixPart(), true);
    entrySections << sections.size();
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        entrySections << sections.size();
        PdfComposer::Section activity = PdfComposer::Section::text(QString(), i == 0);
        activity.source = [shared, i] { return shared->activitySection(i); };
        sections.append(activity);
    }
    // The tables of recipients, retention rules and transfers follow each other from a fresh page.
    QList<std::pair<DocumentPart, bool>> tables{
        {html.recipientsPart(), true}, {html.retentionPart(), false}, {html.transfersPart(), false}};
    if (info.withFindings) {
        tables.append({html.findingsPart(), true});
    }
    if (html.hasReferenceIndex()) {
        tables.append({html.referenceIndexPart(), true});
    }
    for (const auto& [part, startsPage] : tables) {
        entrySections << sections.size();
        sections += PdfComposer::sectionsOf(part, startsPage);
    }
    const QList<int> starts = composer->layout(sections);
    // The bookmarks: the contents, then every part and activity the contents list, nested as there.
    QList<PdfComposer::OutlineItem> outline{
        {QCoreApplication::translate("ropa::report::RegisterPdf", "Contents"), 0, contentsAnchor}};
    for (const RegisterHtml::ContentsEntry& entry : entries) {
        outline.append({entry.title, entry.level, entry.anchor});
    }
    composer->setOutline(outline);

    // The contents rows follow the contents heading; their page column was left empty for these numbers.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        composer->setRightText(contentsStart + 1 + i, QString::number(starts.at(entrySections.at(i))));
    }
    return composer;
}

Result<QByteArray> RegisterPdf::render(const Register& reg, const DocumentInfo& info)
{
    return compose(reg, info)->render();
}

Status RegisterPdf::write(const Register& reg, const DocumentInfo& info, const QString& path)
{
    const Result<QByteArray> pdf = render(reg, info);
    return pdf ? AtomicFile::write(path, pdf.value()) : Status(pdf.error());
}

} // namespace ropa::report
