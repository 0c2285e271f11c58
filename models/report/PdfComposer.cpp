#include "report/PdfComposer.h"

#include "report/PdfMetadata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace ropa::report {

namespace {

constexpr int kDpi = 96; // layout units: QTextDocument's default, so CSS point sizes come out right
constexpr qreal kMillimetre = kDpi / 25.4;
constexpr qreal kSectionGap = 4 * kMillimetre;
const QColor kRuleColour(0x17, 0x32, 0x4d);
const QColor kMutedColour(0x4a, 0x5a, 0x6a);

QString fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

// Qt 6.4 cannot switch ligatures off directly, but turns them off for any font with letter spacing; without
// ligatures "staff" stays s-t-a-f-f in the PDF, so an inspector's search and copy find it.
QFont documentFont(qreal pointSize)
{
    QFont font(fontFamily());
    font.setPointSizeF(pointSize);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    font.setHintingPreference(QFont::PreferNoHinting); // print: the glyphs' design metrics, not the screen's
    return font;
}

// The document font for drawing on device: QPainter sizes a font for the device's resolution, while the page is
// drawn in layout units, so on a device of another resolution (a 1200 dpi printer) the size is taken back to them.
QFont deviceFont(qreal pointSize, const QPaintDevice* device)
{
    return documentFont(pointSize * kDpi / device->logicalDpiY());
}

// How far down its last page a laid-out document reaches.
qreal usedOnLastPage(QTextDocument& doc, qreal pageHeight)
{
    const qreal bottom = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).bottom();
    return bottom - (doc.pageCount() - 1) * pageHeight;
}

} // namespace

PdfComposer::PdfComposer(Options options)
    : m_options(std::move(options))
{
    const QPageLayout page(QPageSize(QPageSize::A4), m_options.orientation, QMarginsF());
    m_pageSize = page.fullRectPixels(kDpi).size();
    const qreal side = 15 * kMillimetre;
    const qreal top = 20 * kMillimetre;
    const qreal bottom = 18 * kMillimetre;
    m_contentRect = QRectF(side, top, m_pageSize.width() - 2 * side, m_pageSize.height() - top - bottom);
}

PdfComposer::~PdfComposer() = default;

std::unique_ptr<QTextDocument> PdfComposer::makeDocument(const QString& html, bool tableRow) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false); // saves the memory and time of recording how the text was built
    doc->setDocumentMargin(0);
    doc->setUseDesignMetrics(true);
    if (m_options.tabStop > 0) {
        QTextOption option = doc->defaultTextOption();
        option.setTabStopDistance(m_options.tabStop);
        doc->setDefaultTextOption(option);
    }
    doc->setDefaultFont(documentFont(8));
    doc->setDefaultStyleSheet(tableRow && !m_options.rowStyleSheet.isEmpty() ? m_options.rowStyleSheet
                                                                             : m_options.styleSheet);
    doc->setPageSize(m_contentRect.size());
    doc->setHtml(html);
    doc->setDefaultStyleSheet(QString()); // the text keeps its formats; the parsed style sheet is not kept
    (void)doc->pageCount(); // lays the document out now, on the calling thread
    return doc;
}

QList<PdfComposer::Section> PdfComposer::sectionsOf(const DocumentPart& part, bool startsPage)
{
    if (part.table.rows.isEmpty()) {
        return {Section::text(part.lead + part.tail, startsPage)}; // a heading never ends a page on its own
    }
    QList<Section> sections;
    if (!part.lead.isEmpty()) {
        Section lead = Section::text(part.lead, startsPage);
        lead.keepWithNext = true;
        sections.append(lead);
        startsPage = false;
    }
    const QString header = part.table.headerHtml();
    for (qsizetype i = 0; i < part.table.rows.size(); ++i) {
        Section row = Section::text(part.table.rowHtml(i), startsPage && i == 0);
        row.repeatHeader = header;
        row.tableRow = true;
        sections.append(row);
    }
    if (!part.tail.isEmpty()) {
        sections.append(Section::text(part.tail, false));
    }
    return sections;
}

QList<int> PdfComposer::layout(const QList<Section>& sections)
{
    m_sections = sections;
    // Distinct table headers become documents of their own, drawn wherever a table reaches a new page.
    QStringList headerHtml;
    m_headerOf.clear();
    for (const Section& section : sections) {
        qsizetype index = section.repeatHeader.isEmpty() ? -1 : headerHtml.indexOf(section.repeatHeader);
        if (!section.repeatHeader.isEmpty() && index < 0) {
            headerHtml << section.repeatHeader;
            index = headerHtml.size() - 1;
        }
        m_headerOf << static_cast<int>(index);
    }

    QStringList work = headerHtml;
    QList<bool> rows(headerHtml.size(), true);
    for (const Section& section : sections) {
        work << section.html;
        rows << section.tableRow;
    }
    std::vector<std::unique_ptr<QTextDocument>> documents = makeDocuments(work, rows);
    m_headers.clear();
    m_documents.clear();
    for (std::size_t i = 0; i < documents.size(); ++i) {
        (i < static_cast<std::size_t>(headerHtml.size()) ? m_headers : m_documents).push_back(std::move(documents[i]));
    }
    place();
    QList<int> starts;
    for (const Placement& p : m_placements) {
        starts << p.firstPage + 1;
    }
    return starts;
}

void PdfComposer::setRightText(qsizetype section, const QString& text)
{
    m_rightText.insert(section, text);
}

std::vector<std::unique_ptr<QTextDocument>> PdfComposer::makeDocuments(const QStringList& html,
                                                                       const QList<bool>& tableRow) const
{
    // Sections are independent, so they are laid out in parallel, largest first so that no long one is left
    // running alone at the end; the documents then belong to this thread, which paints them.
    QList<qsizetype> order(html.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&html](qsizetype a, qsizetype b) { return html.at(a).size() > html.at(b).size(); });
    QThread* const owner = QThread::currentThread();
    std::function<QTextDocument*(qsizetype)> build = [this, owner, &html, &tableRow](qsizetype index) {
        QTextDocument* doc = makeDocument(html.at(index), tableRow.at(index)).release();
        doc->moveToThread(owner);
        return doc;
    };
    const QList<QTextDocument*> built = QtConcurrent::blockingMapped(order, build);
    std::vector<std::unique_ptr<QTextDocument>> documents(static_cast<std::size_t>(html.size()));
    for (qsizetype i = 0; i < order.size(); ++i) {
        documents[static_cast<std::size_t>(order.at(i))].reset(built.at(i));
    }
    return documents;
}

qreal PdfComposer::heightOf(qsizetype section) const
{
    QTextDocument& doc = *m_documents[static_cast<std::size_t>(section)];
    return doc.pageCount() > 1 ? m_contentRect.height() : usedOnLastPage(doc, m_contentRect.height());
}

void PdfComposer::place()
{
    const qreal pageHeight = m_contentRect.height();
    m_placements.clear();
    int page = 0;
    qreal y = 0;
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        QTextDocument& doc = *m_documents[static_cast<std::size_t>(i)];
        const int pages = doc.pageCount();
        const qreal used = usedOnLastPage(doc, pageHeight);
        const int header = m_headerOf.at(i);
        const qreal headerHeight =
            header < 0 ? 0 : usedOnLastPage(*m_headers[static_cast<std::size_t>(header)], pageHeight);
        // A heading needs room for itself and the start of what follows.
        qreal needed = used;
        if (m_sections.at(i).keepWithNext && i + 1 < m_sections.size()) {
            const int nextHeader = m_headerOf.at(i + 1);
            needed += kSectionGap + heightOf(i + 1) +
                (nextHeader < 0 ? 0 : usedOnLastPage(*m_headers[static_cast<std::size_t>(nextHeader)], pageHeight));
        }
        const bool continuesTable = header >= 0 && i > 0 && m_headerOf.at(i - 1) == header;
        bool drawHeader = header >= 0 && (!continuesTable || y == 0);
        if (drawHeader) {
            needed += headerHeight;
        }
        // A section starts a page when asked to, when it would not fit whole below what is there, and when it
        // is longer than a page (its own pagination assumes it starts at the top).
        if (y > 0 && (m_sections.at(i).startsPage || pages > 1 || y + needed > pageHeight)) {
            ++page;
            y = 0;
            drawHeader = header >= 0;
        }
        Placement placement{page, y, pages, -1, 0};
        if (drawHeader) {
            placement.header = header;
            placement.headerTop = y;
            placement.top = y + headerHeight;
        }
        m_placements.append(placement);
        page += pages - 1;
        const bool nextContinuesTable = m_sections.at(i).tableRow && i + 1 < m_sections.size() &&
            m_sections.at(i + 1).tableRow && m_headerOf.at(i + 1) == header;
        y = (pages > 1 ? used : placement.top + used) + (nextContinuesTable ? 0 : kSectionGap);
        if (y >= pageHeight) {
            ++page;
            y = 0;
        }
    }
    m_pageCount = y > 0 ? page + 1 : std::max(page, 1);
}

void PdfComposer::drawRightText(QPainter& painter, QTextDocument& doc, qreal top, const QString& text) const
{
    // On the baseline of the section's first line of text (in a table: its first cell), at the right edge less
    // the cells' padding.
    QTextBlock block = doc.begin();
    qreal inset = 0;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            block = table->cellAt(0, 0).firstCursorPosition().block();
            inset = table->format().cellPadding();
            break;
        }
    }
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0) {
        return;
    }
    const QTextLine line = layout->lineAt(0);
    const qreal baseline = doc.documentLayout()->blockBoundingRect(block).top() + line.y() + line.ascent();
    const QFont font = deviceFont(8, painter.device());
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const qreal width = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
    painter.drawText(QPointF(m_contentRect.right() - inset - width, m_contentRect.top() + top + baseline), text);
    painter.restore();
}

void PdfComposer::draw(QPainter& painter, QTextDocument& doc, qreal top, int pageOfDocument) const
{
    const qreal pageHeight = m_contentRect.height();
    const QRectF clip(0, pageOfDocument * pageHeight, m_contentRect.width(), pageHeight);
    painter.save();
    painter.translate(m_contentRect.left(), m_contentRect.top() + top - pageOfDocument * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    // Only a document that runs over pages needs clipping to the page it is drawn on.
    if (doc.pageCount() > 1) {
        painter.setClipRect(clip);
        context.clip = clip;
    }
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

QByteArray PdfComposer::render() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QDateTime created = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    PdfMetadata metadata{m_options.title,
                         m_options.author,
                         m_options.subject,
                         QCoreApplication::applicationName() + QLatin1Char(' ') +
                             QCoreApplication::applicationVersion(),
                         QStringLiteral("Qt ") + QLatin1StringView(qVersion()),
                         created};
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_options.orientation, QMarginsF()));
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creatorTool);
        writer.setDocumentXmpMetadata(metadata.xmp());

        QPainter painter(&writer);
        paintPages(painter, writer);
    }
    const Result<QByteArray> patched = metadata.patchInfo(buffer.data());
    return patched ? patched.value() : buffer.data();
}

bool PdfComposer::paint(QPagedPaintDevice& device) const
{
    QPainter painter(&device);
    if (!painter.isActive()) {
        return false;
    }
    // The pages are laid out in units of 1/96 inch; the device's page may have another resolution and size.
    const qreal scale = std::min(device.width() / m_pageSize.width(), device.height() / m_pageSize.height());
    painter.scale(scale, scale);
    paintPages(painter, device);
    return painter.end();
}

void PdfComposer::paintPages(QPainter& painter, QPagedPaintDevice& device) const
{
    const QFont smallFont = deviceFont(7, painter.device());
    qsizetype first = 0; // first section that may still show on the current page
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0) {
            device.newPage();
        }
        // Running header and footer.
        painter.setFont(smallFont);
        painter.setPen(kMutedColour);
        const qreal headerBaseline = 12 * kMillimetre;
        const qreal footerTop = m_pageSize.height() - 13 * kMillimetre;
        const QRectF header(m_contentRect.left(), headerBaseline - 5 * kMillimetre, m_contentRect.width(),
                            5 * kMillimetre);
        const QRectF footer(m_contentRect.left(), footerTop, m_contentRect.width(), 5 * kMillimetre);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_options.headerText);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_options.footerText);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignTop,
            QCoreApplication::translate("ropa::report::PdfComposer", "Page %1 of %2").arg(page + 1).arg(m_pageCount));
        painter.setPen(QPen(kRuleColour, 0.6));
        painter.drawLine(QPointF(m_contentRect.left(), headerBaseline + 1.5 * kMillimetre),
                         QPointF(m_contentRect.right(), headerBaseline + 1.5 * kMillimetre));
        painter.drawLine(QPointF(m_contentRect.left(), footerTop - 1.5 * kMillimetre),
                         QPointF(m_contentRect.right(), footerTop - 1.5 * kMillimetre));

        while (first < m_placements.size() &&
               m_placements.at(first).firstPage + m_placements.at(first).pages - 1 < page) {
            ++first;
        }
        for (qsizetype i = first; i < m_placements.size() && m_placements.at(i).firstPage <= page; ++i) {
            const Placement& p = m_placements.at(i);
            const int pageOfSection = page - p.firstPage;
            if (pageOfSection == 0 && p.header >= 0) {
                draw(painter, *m_headers[static_cast<std::size_t>(p.header)], p.headerTop, 0);
            }
            QTextDocument& doc = *m_documents[static_cast<std::size_t>(i)];
            draw(painter, doc, pageOfSection == 0 ? p.top : 0, pageOfSection);
            if (pageOfSection == 0 && m_rightText.contains(i)) {
                drawRightText(painter, doc, p.top, m_rightText.value(i));
            }
        }
    }
}

} // namespace ropa::report
