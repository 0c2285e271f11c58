#include "report/PdfComposer.h"

#include "report/PdfMetadata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

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
    return font;
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

std::unique_ptr<QTextDocument> PdfComposer::makeDocument(const QString& html) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(documentFont(9));
    doc->setDefaultStyleSheet(m_options.styleSheet);
    doc->setPageSize(m_contentRect.size());
    doc->setHtml(html);
    (void)doc->pageCount(); // lays the document out now, on the calling thread
    return doc;
}

QList<int> PdfComposer::layout(const QList<Section>& sections)
{
    m_sections = sections;
    QThread* const owner = QThread::currentThread();
    // Sections are independent, so they are laid out in parallel; painting stays on this thread.
    std::function<QTextDocument*(const Section&)> build = [this, owner](const Section& section) {
        QTextDocument* doc = makeDocument(section.html).release();
        doc->moveToThread(owner);
        return doc;
    };
    const QList<QTextDocument*> built = QtConcurrent::blockingMapped(sections, build);
    m_documents.clear();
    m_documents.reserve(static_cast<std::size_t>(built.size()));
    for (QTextDocument* doc : built) {
        m_documents.emplace_back(doc);
    }
    place();
    QList<int> starts;
    for (const Placement& p : m_placements) {
        starts << p.firstPage + 1;
    }
    return starts;
}

void PdfComposer::replaceSection(qsizetype index, const QString& html)
{
    m_sections[index].html = html;
    m_documents[static_cast<std::size_t>(index)] = makeDocument(html);
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
        const bool pageHasContent = y > 0;
        // A section starts a page when asked to, when it would not fit whole below what is there, and when it
        // is longer than a page (its own pagination assumes it starts at the top).
        if (pageHasContent && (m_sections.at(i).startsPage || pages > 1 || y + used > pageHeight)) {
            ++page;
            y = 0;
        }
        m_placements.append({page, y, pages});
        page += pages - 1;
        y = (pages > 1 ? used : y + used) + kSectionGap;
        if (y >= pageHeight) {
            ++page;
            y = 0;
        }
    }
    m_pageCount = y > 0 ? page + 1 : std::max(page, 1);
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
        const QFont smallFont = documentFont(7);
        const qreal pageHeight = m_contentRect.height();
        qsizetype first = 0; // first section that may still show on the current page
        for (int page = 0; page < m_pageCount; ++page) {
            if (page > 0) {
                writer.newPage();
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
            painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                             QCoreApplication::translate("ropa::report::PdfComposer", "Page %1 of %2")
                                 .arg(page + 1)
                                 .arg(m_pageCount));
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
                const qreal top = pageOfSection == 0 ? p.top : 0;
                const QRectF clip(0, pageOfSection * pageHeight, m_contentRect.width(), pageHeight);
                painter.save();
                painter.translate(m_contentRect.left(), m_contentRect.top() + top - pageOfSection * pageHeight);
                painter.setClipRect(clip);
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = clip;
                context.palette.setColor(QPalette::Text, Qt::black);
                m_documents[static_cast<std::size_t>(i)]->documentLayout()->draw(&painter, context);
                painter.restore();
            }
        }
    }
    const Result<QByteArray> patched = metadata.patchInfo(buffer.data());
    return patched ? patched.value() : buffer.data();
}

Status PdfComposer::writeFile(const QString& path) const
{
    const QByteArray pdf = render();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ropa::report::PdfComposer", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace ropa::report
