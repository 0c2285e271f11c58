#include "report/RegisterPdf.h"

#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>

namespace ropa::report {

namespace {

// Lays the register out, then fills the contents list in with the pages the layout found.
std::unique_ptr<PdfComposer> compose(const Register& reg, const DocumentInfo& info)
{
    const RegisterHtml html(reg, info);
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
    auto composer = std::make_unique<PdfComposer>(options);

    QList<RegisterHtml::ContentsEntry> entries = html.contentsEntries();
    QList<RegisterHtml::ContentsEntry> placeholder = entries;
    for (RegisterHtml::ContentsEntry& e : placeholder) {
        e.page = 9999; // as wide as any real page number, so the contents keep their size
    }
    QList<PdfComposer::Section> sections{
        {html.cover(), true}, {html.contents(placeholder), true}, {html.matrixSection(), true}};
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        sections.append({html.activitySection(i), i == 0});
    }
    sections.append({html.recipientsSection(), true});
    sections.append({html.retentionSection(), false});
    sections.append({html.transfersSection(), false});
    const QList<int> starts = composer->layout(sections);

    // Entry order: matrix, activities heading (= first activity), each activity, recipients, retention, transfers.
    const qsizetype activityCount = reg.activities.size();
    const qsizetype firstActivity = 3;
    const qsizetype recipients = firstActivity + activityCount;
    entries[0].page = starts.at(2);
    entries[1].page = activityCount > 0 ? starts.at(firstActivity) : starts.at(recipients);
    for (qsizetype i = 0; i < activityCount; ++i) {
        entries[2 + i].page = starts.at(firstActivity + i);
    }
    entries[2 + activityCount].page = starts.at(recipients);
    entries[3 + activityCount].page = starts.at(recipients + 1);
    entries[4 + activityCount].page = starts.at(recipients + 2);
    composer->replaceSection(1, html.contents(entries));
    return composer;
}

} // namespace

QByteArray RegisterPdf::render(const Register& reg, const DocumentInfo& info)
{
    return compose(reg, info)->render();
}

Status RegisterPdf::write(const Register& reg, const DocumentInfo& info, const QString& path)
{
    return compose(reg, info)->writeFile(path);
}

} // namespace ropa::report
