#include "report/PdfComposer.h"

#include "report/PdfAssembler.h"
#include "report/PdfMetadata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QFuture>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
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

// Ends each paragraph that a page break cuts at the break, so that every paragraph lies on one page. The layout
// draws a paragraph whole wherever any of it shows; with a paragraph cut by the page edge, its lines of the
// other page end up in the page's margin, hidden from the eye by the clip but not from search and copy.
void splitAtPageBreaks(QTextDocument& doc, qreal pageHeight)
{
    for (int round = 0; round < 4 && doc.pageCount() > 1; ++round) {
        QList<int> breaks; // document positions where a line starts a new page inside its paragraph
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout* layout = block.layout();
            if (!layout || layout->lineCount() < 2) {
                continue;
            }
            // The block's rectangle starts where its layout is placed; its lines are placed from there.
            const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
            int page = static_cast<int>((top + layout->lineAt(0).y() + 0.5) / pageHeight);
            for (int i = 1; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int linePage = static_cast<int>((top + line.y() + 0.5) / pageHeight);
                if (linePage != page) {
                    breaks << block.position() + line.textStart();
                }
                page = linePage;
            }
        }
        if (breaks.isEmpty()) {
            return;
        }
        QTextCursor cursor(&doc);
        for (qsizetype i = breaks.size() - 1; i >= 0; --i) {
            cursor.setPosition(breaks.at(i));
            // A break after a hard line break would leave an empty line at the end of the first paragraph.
            if (doc.characterAt(breaks.at(i) - 1) == QChar::LineSeparator) {
                cursor.deletePreviousChar();
            }
            cursor.insertBlock();
        }
    }
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
    m_pool.setExpiryTimeout(-1);
}

PdfComposer::~PdfComposer() = default;

// Empty documents with the style sheets already parsed, one set per batch of sections: a clone keeps its
// prototype's parsed style sheet, where setting the sheet on each new document parses it again.
class PdfComposer::Prototypes
{
public:
    explicit Prototypes(const PdfComposer& composer)
        : m_composer(composer)
    { }

    std::unique_ptr<QTextDocument> make(bool tableRow)
    {
        const bool row = tableRow && !m_composer.m_options.rowStyleSheet.isEmpty();
        std::unique_ptr<QTextDocument>& prototype = row ? m_row : m_full;
        if (!prototype) {
            prototype = std::make_unique<QTextDocument>();
            prototype->setDefaultStyleSheet(row ? m_composer.m_options.rowStyleSheet : m_composer.m_options.styleSheet);
        }
        return std::unique_ptr<QTextDocument>(prototype->clone());
    }

private:
    const PdfComposer& m_composer;
    std::unique_ptr<QTextDocument> m_full;
    std::unique_ptr<QTextDocument> m_row;
};

std::unique_ptr<QTextDocument> PdfComposer::makeDocument(Prototypes& prototypes, const QString& html, bool tableRow,
                                                         bool keepGlyphs, qreal pageHeight, qreal firstPageOffset) const
{
    std::unique_ptr<QTextDocument> doc = prototypes.make(tableRow);
    doc->setUndoRedoEnabled(false); // saves the memory and time of recording how the text was built
    doc->setDocumentMargin(0);
    doc->setUseDesignMetrics(true);
    if (m_options.tabStop > 0) {
        QTextOption option = doc->defaultTextOption();
        option.setTabStopDistance(m_options.tabStop);
        doc->setDefaultTextOption(option);
    }
    doc->setDefaultFont(documentFont(8));
    doc->setPageSize(QSizeF(m_contentRect.width(), pageHeight));
    doc->setHtml(html);
    doc->setDefaultStyleSheet(QString()); // the text keeps its formats; the parsed style sheet is not kept
    if (firstPageOffset > 0) {
        QTextCursor cursor(doc.get());
        QTextBlockFormat format = cursor.blockFormat();
        format.setTopMargin(format.topMargin() + firstPageOffset);
        cursor.setBlockFormat(format);
    }
    if (keepGlyphs) {
        // Without this each line is shaped twice: for the layout, and again when it is painted.
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            block.layout()->setCacheEnabled(true);
        }
    }
    if (doc->pageCount() > 1) { // lays the document out now, on the calling thread
        splitAtPageBreaks(*doc, pageHeight);
    }
    return doc;
}

std::unique_ptr<QTextDocument> PdfComposer::makeSectionDocument(Prototypes& prototypes, qsizetype section) const
{
    const Section& s = m_sections.at(section);
    return makeDocument(prototypes, s.htmlText(), s.tableRow, true, pageHeightOf(section),
                        m_placements.at(section).offset);
}

PdfComposer::Measure PdfComposer::measure(Prototypes& prototypes, qsizetype section, qreal firstPageOffset) const
{
    const Section& s = m_sections.at(section);
    const qreal pageHeight = pageHeightOf(section);
    const std::unique_ptr<QTextDocument> doc =
        makeDocument(prototypes, s.htmlText(), s.tableRow, false, pageHeight, firstPageOffset);
    Measure measure{doc->pageCount(), usedOnLastPage(*doc, pageHeight), {}};
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames()) {
                measure.anchors.append({name, doc->documentLayout()->blockBoundingRect(block).top()});
            }
        }
    }
    return measure;
}

// The documents painting needs, laid out a batch of sections at a time on the thread pool: the next batch is
// laid out while this one is painted, and each document is let go once its last page is painted.
class PdfComposer::Batches
{
public:
    explicit Batches(const PdfComposer& composer)
        : m_composer(composer)
        , m_documents(static_cast<std::size_t>(composer.m_sections.size()))
    { }

    ~Batches()
    {
        for (QTextDocument* doc : take(m_pending)) {
            delete doc;
        }
    }

    Batches(const Batches&) = delete;
    Batches& operator=(const Batches&) = delete;

    QTextDocument& document(qsizetype section)
    {
        const qsizetype batch = section / kBatch;
        while (m_loaded <= batch) {
            if (!m_pending.isValid()) {
                m_pending = start(m_loaded);
            }
            const QList<QTextDocument*> docs = take(m_pending);
            for (qsizetype i = 0; i < docs.size(); ++i) {
                m_documents[static_cast<std::size_t>(m_loaded * kBatch + i)].reset(docs.at(i));
            }
            ++m_loaded;
            if (m_loaded * kBatch < m_composer.m_sections.size()) {
                m_pending = start(m_loaded);
            }
        }
        return *m_documents[static_cast<std::size_t>(section)];
    }

    // Lets the documents of the sections before this one go.
    void release(qsizetype before)
    {
        for (; m_released < before; ++m_released) {
            m_documents[static_cast<std::size_t>(m_released)].reset();
        }
    }

private:
    static constexpr qsizetype kBatch = 64; // sections
    static constexpr qsizetype kJob = 16; // sections laid out by one task

    QFuture<QList<QTextDocument*>> start(qsizetype batch) const
    {
        const qsizetype first = batch * kBatch;
        const qsizetype last = std::min(first + kBatch, m_composer.m_sections.size());
        QList<std::pair<qsizetype, qsizetype>> jobs;
        for (qsizetype i = first; i < last; i += kJob) {
            jobs.append({i, std::min(i + kJob, last)});
        }
        QThread* const owner = QThread::currentThread();
        const PdfComposer* const composer = &m_composer;
        return QtConcurrent::mappedReduced<QList<QTextDocument*>>(
            &m_composer.m_pool, jobs,
            [composer, owner](const std::pair<qsizetype, qsizetype>& job) {
                Prototypes prototypes(*composer);
                QList<QTextDocument*> docs;
                for (qsizetype i = job.first; i < job.second; ++i) {
                    QTextDocument* doc = composer->makeSectionDocument(prototypes, i).release();
                    doc->moveToThread(owner);
                    docs.append(doc);
                }
                return docs;
            },
            [](QList<QTextDocument*>& all, const QList<QTextDocument*>& docs) { all += docs; },
            QtConcurrent::OrderedReduce);
    }

    static QList<QTextDocument*> take(QFuture<QList<QTextDocument*>>& future)
    {
        if (!future.isValid()) {
            return {};
        }
        future.waitForFinished();
        QList<QTextDocument*> docs = future.result();
        future = {};
        return docs;
    }

    const PdfComposer& m_composer;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    QFuture<QList<QTextDocument*>> m_pending; // the batch m_loaded, being laid out
    qsizetype m_loaded = 0; // batches before this one are in m_documents
    qsizetype m_released = 0;
};

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

    Prototypes prototypes(*this);
    m_headers.clear();
    for (const QString& html : std::as_const(headerHtml)) {
        m_headers.push_back(makeDocument(prototypes, html, true, true, m_contentRect.height()));
    }
    // Every section is laid out once to find how much room it takes, on several cores, a run of sections per
    // task; the documents are let go at once and laid out again, a batch at a time, when they are painted.
    constexpr qsizetype kJob = 32;
    QList<std::pair<qsizetype, qsizetype>> jobs;
    for (qsizetype i = 0; i < sections.size(); i += kJob) {
        jobs.append({i, std::min(i + kJob, sections.size())});
    }
    m_measures = QtConcurrent::blockingMappedReduced<QList<Measure>>(
        &m_pool, jobs,
        [this](const std::pair<qsizetype, qsizetype>& job) {
            Prototypes local(*this);
            QList<Measure> measures;
            for (qsizetype i = job.first; i < job.second; ++i) {
                measures.append(measure(local, i, 0));
            }
            return measures;
        },
        [](QList<Measure>& all, const QList<Measure>& measures) { all += measures; }, QtConcurrent::OrderedReduce);
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

qreal PdfComposer::heightOf(qsizetype section) const
{
    const Measure& measure = m_measures.at(section);
    // A section longer than a page may start at the foot of one when a few of its lines fit there.
    return measure.pages > 1 ? m_contentRect.height() / 6 : measure.used;
}

qreal PdfComposer::pageHeightOf(qsizetype section) const
{
    const bool row = m_sections.at(section).tableRow;
    return m_contentRect.height() - (row ? headerHeight(m_headerOf.at(section)) : 0);
}

qreal PdfComposer::headerHeight(int header) const
{
    return header < 0 ? 0 : usedOnLastPage(*m_headers[static_cast<std::size_t>(header)], m_contentRect.height());
}

void PdfComposer::place()
{
    const qreal pageHeight = m_contentRect.height();
    m_placements.clear();
    Prototypes prototypes(*this);
    int page = 0;
    qreal y = 0;
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        Measure measure = m_measures.at(i);
        const int header = m_headerOf.at(i);
        const qreal headerRoom = headerHeight(header);
        const bool tableRow = m_sections.at(i).tableRow;
        // A heading needs room for itself and the start of what follows.
        qreal needed = heightOf(i);
        if (m_sections.at(i).keepWithNext && i + 1 < m_sections.size()) {
            const int nextHeader = m_headerOf.at(i + 1);
            needed += kSectionGap + heightOf(i + 1) + headerHeight(nextHeader);
        }
        const bool continuesTable = header >= 0 && i > 0 && m_headerOf.at(i - 1) == header;
        bool drawHeader = header >= 0 && (!continuesTable || y == 0);
        if (drawHeader) {
            needed += headerRoom;
        }
        // A section starts a page when asked to, and when what it needs of this one is not left.
        if (y > 0 && (m_sections.at(i).startsPage || y + needed > pageHeight)) {
            ++page;
            y = 0;
            drawHeader = header >= 0;
        }
        Placement placement{page, y, measure.pages, -1, 0, 0};
        if (drawHeader) {
            placement.header = header;
            placement.headerTop = y;
            placement.top = y + headerRoom;
        }
        // Each page of a table row leaves the header row's room at its top, so the room above the row's first
        // line on this page is what is used of the page less that.
        const qreal reserve = tableRow ? headerRoom : 0;
        if (measure.pages > 1 && placement.top - reserve > 0.5) {
            placement.offset = placement.top - reserve;
            measure = this->measure(prototypes, i, placement.offset);
            placement.pages = measure.pages;
            m_measures[i] = measure;
        }
        m_placements.append(placement);
        page += placement.pages - 1;
        const bool nextContinuesTable =
            tableRow && i + 1 < m_sections.size() && m_sections.at(i + 1).tableRow && m_headerOf.at(i + 1) == header;
        y = (placement.pages > 1 || placement.offset > 0 ? reserve : placement.top) + measure.used +
            (nextContinuesTable ? 0 : kSectionGap);
        if (y >= pageHeight) {
            ++page;
            y = 0;
        }
    }
    m_pageCount = y > 0 ? page + 1 : std::max(page, 1);

    constexpr qreal kPoint = 72.0 / kDpi;
    m_destinations.clear();
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        for (const Anchor& anchor : m_measures.at(i).anchors) {
            const auto [anchorPage, anchorY] = positionOf(i, anchor.y);
            m_destinations.insert(anchor.name, {anchorPage, (m_contentRect.top() + anchorY) * kPoint});
        }
    }
}

std::pair<int, qreal> PdfComposer::positionOf(qsizetype section, qreal y) const
{
    const Placement& p = m_placements.at(section);
    if (p.pages == 1 && p.offset == 0) {
        return {p.firstPage, p.top + y};
    }
    const qreal pageHeight = pageHeightOf(section);
    const int pageOfDocument = static_cast<int>(y / pageHeight);
    const qreal room = m_sections.at(section).tableRow ? headerHeight(m_headerOf.at(section)) : 0;
    return {p.firstPage + pageOfDocument, room + y - pageOfDocument * pageHeight};
}

std::optional<PdfDestination> PdfComposer::destination(const QString& anchor) const
{
    const auto it = m_destinations.constFind(anchor);
    return it == m_destinations.cend() ? std::nullopt : std::optional<PdfDestination>(*it);
}

void PdfComposer::drawRightText(QPainter& painter, QTextDocument& doc, qreal top, const QString& text) const
{
    // On the baseline of the last line of the section's first paragraph (in a table: of its first cell), at the
    // right edge less the cells' padding, with a dotted leader from the end of that line.
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
    const QRectF blockRect = doc.documentLayout()->blockBoundingRect(block);
    const QTextLine line = layout->lineAt(layout->lineCount() - 1);
    const qreal baseline = m_contentRect.top() + top + blockRect.top() + line.y() + line.ascent();
    const QFont font = deviceFont(8, painter.device());
    const QFontMetricsF metrics(font, painter.device());
    const qreal right = m_contentRect.right() - inset;
    const qreal textLeft = right - metrics.horizontalAdvance(text);
    painter.save();
    // The leader is drawn, not written: the dots stay out of the text a reader searches and copies.
    const qreal lineEnd = m_contentRect.left() + blockRect.left() + line.x() + line.naturalTextWidth();
    const qreal gap = metrics.horizontalAdvance(QStringLiteral("  "));
    if (textLeft - gap > lineEnd + gap) {
        QPen dots(kMutedColour, 0.9, Qt::CustomDashLine, Qt::RoundCap);
        dots.setDashPattern({0.01, 3.6});
        painter.setPen(dots);
        const qreal y = baseline - 0.5;
        painter.drawLine(QPointF(lineEnd + gap, y), QPointF(textLeft - gap, y));
    }
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(textLeft, baseline), text);
    painter.restore();
}

void PdfComposer::draw(QPainter& painter, QTextDocument& doc, qreal top, int pageOfDocument, qreal pageHeight) const
{
    const QRectF clip(0, pageOfDocument * pageHeight, m_contentRect.width(), pageHeight);
    painter.save();
    painter.translate(m_contentRect.left(), m_contentRect.top() + top - pageOfDocument * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    // Only a document that runs over pages needs clipping to the page it is drawn on. The layout draws every
    // paragraph that reaches into context.clip together with one line above it, and a page's last line can reach
    // a fraction of a pixel past the page's edge: a clip a little inside the page keeps the paragraph that ends
    // the page before off this one, where its last line would be hidden from the eye but not from search and copy.
    if (doc.pageCount() > 1) {
        painter.setClipRect(clip);
        constexpr qreal kInset = 2; // less than any line is tall
        context.clip = clip.adjusted(0, kInset, 0, -kInset);
    }
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

Result<QByteArray> PdfComposer::render() const
{
    // Without any font Qt still paints, but every glyph is left out: the file would look written and hold no text.
    // The font database then holds only fontconfig's generic names, and the document font resolves to no family.
    if (QFontInfo(documentFont(10)).family().isEmpty()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ropa::report::PdfComposer",
                                                 "The PDF cannot be made because no font is installed "
                                                 "on this computer: install one (on Debian, the package "
                                                 "fonts-dejavu-core) and try again.")};
    }
    QList<PendingLink> pending;
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
        paintPages(painter, writer, &pending);
    }
    constexpr qreal kPoint = 72.0 / kDpi;
    QList<PdfLink> links;
    for (const PendingLink& link : std::as_const(pending)) {
        if (const std::optional<PdfDestination> target = destination(link.anchor)) {
            const QRectF& r = link.rect;
            links.append(
                {link.page, QRectF(r.x() * kPoint, r.y() * kPoint, r.width() * kPoint, r.height() * kPoint), *target});
        }
    }
    QList<PdfOutlineEntry> outline;
    for (const OutlineItem& item : m_outline) {
        if (const std::optional<PdfDestination> target = destination(item.anchor)) {
            outline.append({item.title, item.level, *target});
        }
    }
    return PdfAssembler::assemble({buffer.data(), {}, metadata, outline, links});
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

void PdfComposer::collectLinks(QTextDocument& doc, qreal top, int pageOfDocument, qreal pageHeight, int page,
                               QList<PendingLink>& links) const
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (!href.startsWith(QLatin1Char('#')) || !layout) {
                continue;
            }
            // A layout's coordinates start at the top-left corner of the block's rectangle.
            const QRectF blockRect = doc.documentLayout()->blockBoundingRect(block);
            const int start = fragment.position() - block.position();
            const int end = start + fragment.length();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int lineEnd = line.textStart() + line.textLength();
                const qreal y = blockRect.top() + line.y() - pageOfDocument * pageHeight;
                if (lineEnd <= start || line.textStart() >= end || y < -0.5 || y >= pageHeight - 0.5) {
                    continue; // not this fragment's, or on another page
                }
                const qreal left = line.cursorToX(std::max(start, line.textStart()));
                const qreal right = line.cursorToX(std::min(end, lineEnd));
                links.append({page,
                              QRectF(m_contentRect.left() + blockRect.left() + left, m_contentRect.top() + top + y,
                                     right - left, line.height()),
                              href.mid(1)});
            }
        }
    }
}

void PdfComposer::paintPages(QPainter& painter, QPagedPaintDevice& device, QList<PendingLink>* links) const
{
    const QFont smallFont = deviceFont(7, painter.device());
    Batches documents(*this);
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
        documents.release(first);
        for (qsizetype i = first; i < m_placements.size() && m_placements.at(i).firstPage <= page; ++i) {
            const Placement& p = m_placements.at(i);
            const int pageOfSection = page - p.firstPage;
            const int header = m_headerOf.at(i);
            const bool tableRow = m_sections.at(i).tableRow && header >= 0;
            if (pageOfSection == 0 && p.header >= 0) {
                draw(painter, *m_headers[static_cast<std::size_t>(p.header)], p.headerTop, 0, m_contentRect.height());
            } else if (pageOfSection > 0 && tableRow) {
                draw(painter, *m_headers[static_cast<std::size_t>(header)], 0, 0, m_contentRect.height());
            }
            QTextDocument& doc = documents.document(i);
            // A document laid out over pages is drawn from the top of each page's room for it; one that fits a
            // page where it was placed.
            const bool flows = p.pages > 1 || p.offset > 0;
            const qreal room = tableRow ? headerHeight(header) : 0;
            draw(painter, doc, flows ? room : p.top, pageOfSection, pageHeightOf(i));
            if (links) {
                collectLinks(doc, flows ? room : p.top, flows ? pageOfSection : 0, pageHeightOf(i), page, *links);
            }
            if (pageOfSection == 0 && m_rightText.contains(i)) {
                drawRightText(painter, doc, p.top, m_rightText.value(i));
            }
        }
    }
}

} // namespace ropa::report
