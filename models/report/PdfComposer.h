#pragma once

#include "core/Result.h"
#include "report/DocumentPart.h"
#include "report/PdfAssembler.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace ropa::report {

// Lays HTML sections out on A4 pages and writes them as a PDF/A-1b document. Each section is its own small
// QTextDocument: sections are laid out independently (on several cores), kept whole on a page where they fit,
// and otherwise flow over pages with table header rows repeated. Every page gets a running header and a
// "Page N of M" footer.
//
// Memory stays small at any length: layout() measures every section and lets its document go, keeping only
// where it lands; painting lays the sections out again a batch ahead of the page being painted (the next batch
// on other cores while this one is painted) and lets each document go after its last page.
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
        QString rowStyleSheet; // for table rows and their headers; the full style sheet when empty
        qreal tabStop = 0; // distance between tab stops in CSS pixels; 0 keeps Qt's default
    };

    struct Section
    {
        QString html;
        // Makes the html when it is needed, instead of html holding it all along: a long register's sections
        // would otherwise all be in memory at once. Called on any thread, and again for each layout.
        std::function<QString()> source;
        bool startsPage = false;
        bool keepWithNext = false; // a heading: moves to the next page with what follows it
        QString repeatHeader; // for a table row: the table's header row, drawn above it at each page top
        bool tableRow = false; // rows of one table follow each other without a gap

        // A section of flowing HTML, neither heading nor table row.
        static Section text(const QString& html, bool startsPage)
        {
            Section section;
            section.html = html;
            section.startsPage = startsPage;
            return section;
        }
        QString htmlText() const { return source ? source() : html; }
    };

    // A part as sections: its lead kept with the table, one section per table row, then its tail.
    static QList<Section> sectionsOf(const DocumentPart& part, bool startsPage);

    explicit PdfComposer(Options options);
    ~PdfComposer();
    PdfComposer(const PdfComposer&) = delete;
    PdfComposer& operator=(const PdfComposer&) = delete;

    // A bookmark leading to the place of an anchor (<a name>) in the sections.
    struct OutlineItem
    {
        QString title;
        int level = 0;
        QString anchor;
    };

    // Lays the sections out and returns the page (from 1) each starts on.
    QList<int> layout(const QList<Section>& sections);
    // The bookmarks of the PDF, set before render().
    void setOutline(const QList<OutlineItem>& outline) { m_outline = outline; }
    // Where an anchor of the sections lands, after layout; nullopt for a name no section has.
    std::optional<PdfDestination> destination(const QString& anchor) const;
    // Text drawn right-aligned on the first line of a section, after layout: the page numbers of a contents
    // list, known only once everything is laid out.
    void setRightText(qsizetype section, const QString& text);
    int pageCount() const { return m_pageCount; }
    const Options& options() const { return m_options; }

    // Renders the laid-out sections as PDF bytes; an Error where the PDF cannot be finished.
    Result<QByteArray> render() const;
    // Paints the laid-out pages on any paged device, such as a printer, scaled to fit its pages; the device's
    // own settings (resolution, paper, PDF version) are left as they are. False when the device cannot be painted on.
    bool paint(QPagedPaintDevice& device) const;

private:
    struct Anchor
    {
        QString name;
        qreal y = 0; // in the section's document
    };

    struct Measure
    {
        int pages = 1; // pages the section's own document runs over
        qreal used = 0; // how far down its last page it reaches
        QList<Anchor> anchors;
    };

    // A link found while painting, its target still a name.
    struct PendingLink
    {
        int page = 0;
        QRectF rect; // page coordinates, layout units
        QString anchor;
    };

    struct Placement
    {
        int firstPage = 0; // from 0
        qreal top = 0; // y on the first page, in content coordinates
        int pages = 1; // pages the section spans
        int header = -1; // index into m_headers of a table header drawn just above, or -1
        qreal headerTop = 0; // y of that header
        // A section longer than a page can start part way down: its document then leaves this much room above
        // its first line, and every one of its pages is drawn from the top of the page's room for it.
        qreal offset = 0;
    };

    class Prototypes;
    class Batches;

    // A laid-out document of the html; keepGlyphs keeps the shaped text for painting instead of shaping it again.
    // pageHeight is the room the document has on each page; above its first line it leaves firstPageOffset free.
    std::unique_ptr<QTextDocument> makeDocument(Prototypes& prototypes, const QString& html, bool tableRow,
                                                bool keepGlyphs, qreal pageHeight, qreal firstPageOffset = 0) const;
    // The section laid out for painting, as place() placed it.
    std::unique_ptr<QTextDocument> makeSectionDocument(Prototypes& prototypes, qsizetype section) const;
    Measure measure(Prototypes& prototypes, qsizetype section, qreal firstPageOffset) const;
    void place();
    // The room a section needs at the foot of a page to start there.
    qreal heightOf(qsizetype section) const;
    // The room a section has on each page: a table row leaves room for the table's header row above it.
    qreal pageHeightOf(qsizetype section) const;
    qreal headerHeight(int header) const;
    // Paints every page; where links is given, adds the internal links of the text painted.
    void paintPages(QPainter& painter, QPagedPaintDevice& device, QList<PendingLink>* links = nullptr) const;
    void collectLinks(QTextDocument& doc, qreal top, int pageOfDocument, qreal pageHeight, int page,
                      QList<PendingLink>& links) const;
    // Where a point of a section's document lands: its page (from 0) and its y on that page's content.
    std::pair<int, qreal> positionOf(qsizetype section, qreal y) const;
    void draw(QPainter& painter, QTextDocument& doc, qreal top, int pageOfDocument, qreal pageHeight) const;
    void drawRightText(QPainter& painter, QTextDocument& doc, qreal top, const QString& text) const;

    Options m_options;
    QSizeF m_pageSize;
    QRectF m_contentRect;
    std::vector<std::unique_ptr<QTextDocument>> m_headers; // one per distinct repeatHeader
    QList<int> m_headerOf; // per section: index into m_headers or -1
    QList<Section> m_sections;
    QList<Measure> m_measures;
    QList<Placement> m_placements;
    QHash<qsizetype, QString> m_rightText;
    QHash<QString, PdfDestination> m_destinations;
    QList<OutlineItem> m_outline;
    int m_pageCount = 0;
    // The threads that lay the sections out. Text laid out on a thread uses that thread's fonts, which go when the
    // thread ends: these threads stay until the composer goes, where the global pool's would end when idle.
    mutable QThreadPool m_pool;
};

} // namespace ropa::report
