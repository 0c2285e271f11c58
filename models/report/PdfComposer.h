#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

class QTextDocument;

namespace ropa::report {

// Lays HTML sections out on A4 pages and writes them as a PDF/A-1b document. Each section is its own small
// QTextDocument: sections are laid out independently (on several cores), kept whole on a page where they fit,
// and otherwise flow over pages with table header rows repeated. Every page gets a running header and a
// "Page N of M" footer.
class PdfComposer
{
public:
    struct Options
    {
        QPageLayout::Orientation orientation = QPageLayout::Landscape;
        QString title;
        QString author;
        QString subject;
        QString headerText; // left of the running header
        QString footerText; // left of the footer, e.g. the controller's name
        QString styleSheet;
    };

    struct Section
    {
        QString html;
        bool startsPage = false;
    };

    explicit PdfComposer(Options options);
    ~PdfComposer();
    PdfComposer(const PdfComposer&) = delete;
    PdfComposer& operator=(const PdfComposer&) = delete;

    // Lays the sections out and returns the page (from 1) each starts on.
    QList<int> layout(const QList<Section>& sections);
    // Replaces one section's HTML after layout (the contents list, once page numbers are known); it must
    // take the same room as before.
    void replaceSection(qsizetype index, const QString& html);
    int pageCount() const { return m_pageCount; }

    // Renders the laid-out sections as PDF bytes.
    QByteArray render() const;
    Status writeFile(const QString& path) const;

private:
    struct Placement
    {
        int firstPage = 0; // from 0
        qreal top = 0; // y on the first page, in content coordinates
        int pages = 1; // pages the section spans
    };

    std::unique_ptr<QTextDocument> makeDocument(const QString& html) const;
    void place();

    Options m_options;
    QSizeF m_pageSize;
    QRectF m_contentRect;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    QList<Section> m_sections;
    QList<Placement> m_placements;
    int m_pageCount = 0;
};

} // namespace ropa::report
