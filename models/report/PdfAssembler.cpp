#include "report/PdfAssembler.h"

#include <QCoreApplication>
#include <exception>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <vector>

namespace ropa::report {

namespace {

// The context of the texts marked with QT_TRANSLATE_NOOP below, which are translated where they are used.
constexpr const char* kContext = "ropa::report::PdfAssembler";

// QPDFWriter's output straight into the QByteArray returned, so the finished file exists once in memory.
class ByteArrayPipeline final : public Pipeline
{
public:
    explicit ByteArrayPipeline(QByteArray& out)
        : Pipeline("QByteArray", nullptr)
        , m_out(out)
    { }
    void write(unsigned char const* data, size_t length) override
    {
        m_out.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    }
    void finish() override { }

private:
    QByteArray& m_out;
};

// Thrown inside assemble() for a request the document cannot satisfy, so it leaves by the same path as qpdf's own
// exceptions; it never leaves assemble().
struct Refusal
{
    QString sentence;
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// Page geometry taken once per page: PDF's y runs up from the MediaBox's bottom, ours down from its top.
struct PageFrame
{
    QPDFObjectHandle page;
    double left = 0;
    double top = 0; // the MediaBox's upper y
};

std::vector<PageFrame> framesOf(QPDF& pdf)
{
    std::vector<PageFrame> frames;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        frames.push_back({page.getObjectHandle(), std::min(box.llx, box.urx), std::max(box.lly, box.ury)});
    }
    return frames;
}

const PageFrame& frameOf(const std::vector<PageFrame>& frames, int page, const char* what)
{
    if (page < 0 || static_cast<size_t>(page) >= frames.size()) {
        throw Refusal{
            QCoreApplication::translate(kContext, what).arg(static_cast<qsizetype>(frames.size())).arg(page + 1)};
    }
    return frames[static_cast<size_t>(page)];
}

QPDFObjectHandle destinationOf(const std::vector<PageFrame>& frames, const PdfDestination& target, const char* what)
{
    const PageFrame& frame = frameOf(frames, target.page, what);
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(frame.page);
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newReal(frame.left, 2));
    dest.appendItem(QPDFObjectHandle::newReal(frame.top - target.top, 2));
    dest.appendItem(QPDFObjectHandle::newNull()); // keep the reader's zoom
    return dest;
}

void writeInfo(QPDF& pdf, const PdfMetadata& metadata)
{
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(metadata.title)));
    info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(metadata.author)));
    info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(metadata.subject)));
    info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(metadata.creatorTool)));
    info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(utf8(metadata.producer)));
    const QPDFObjectHandle date = QPDFObjectHandle::newString(metadata.infoDate().toStdString());
    info.replaceKey("/CreationDate", date);
    info.replaceKey("/ModDate", date);
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));
}

void writeOutline(QPDF& pdf, const std::vector<PageFrame>& frames, const QList<PdfOutlineEntry>& entries)
{
    if (entries.isEmpty()) {
        return;
    }
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    root.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));

    // Each entry's parent and children, from the levels: the parent of a level-n entry is the last entry before it
    // at level n-1. Every item is open, so a count is the number of all its descendants.
    const qsizetype n = entries.size();
    std::vector<QPDFObjectHandle> items;
    items.reserve(static_cast<size_t>(n));
    std::vector<qsizetype> parent(static_cast<size_t>(n), -1);
    std::vector<std::vector<qsizetype>> children(static_cast<size_t>(n));
    std::vector<qsizetype> topLevel;
    std::vector<qsizetype> descendants(static_cast<size_t>(n), 0);
    std::vector<qsizetype> open; // the chain of entries the next one may hang under, one per level
    for (qsizetype i = 0; i < n; ++i) {
        const PdfOutlineEntry& entry = entries.at(i);
        const size_t level = std::min(static_cast<size_t>(std::max(entry.level, 0)), open.size());
        open.resize(level);
        if (level == 0) {
            topLevel.push_back(i);
        } else {
            parent[static_cast<size_t>(i)] = open.back();
            children[static_cast<size_t>(open.back())].push_back(i);
            for (const qsizetype ancestor : open) {
                ++descendants[static_cast<size_t>(ancestor)];
            }
        }
        open.push_back(i);

        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(entry.title)));
        item.replaceKey("/Dest",
                        destinationOf(frames, entry.target,
                                      QT_TRANSLATE_NOOP("ropa::report::PdfAssembler",
                                                        "The document has %1 pages, so a bookmark "
                                                        "cannot lead to page %2.")));
        items.push_back(item);
    }

    const auto link = [&](QPDFObjectHandle holder, const std::vector<qsizetype>& kids) {
        for (size_t k = 0; k < kids.size(); ++k) {
            QPDFObjectHandle item = items[static_cast<size_t>(kids[k])];
            item.replaceKey("/Parent", holder);
            if (k > 0) {
                item.replaceKey("/Prev", items[static_cast<size_t>(kids[k - 1])]);
            }
            if (k + 1 < kids.size()) {
                item.replaceKey("/Next", items[static_cast<size_t>(kids[k + 1])]);
            }
        }
        if (!kids.empty()) {
            holder.replaceKey("/First", items[static_cast<size_t>(kids.front())]);
            holder.replaceKey("/Last", items[static_cast<size_t>(kids.back())]);
        }
    };
    link(root, topLevel);
    for (qsizetype i = 0; i < n; ++i) {
        link(items[static_cast<size_t>(i)], children[static_cast<size_t>(i)]);
        if (descendants[static_cast<size_t>(i)] > 0) {
            items[static_cast<size_t>(i)].replaceKey("/Count",
                                                     QPDFObjectHandle::newInteger(descendants[static_cast<size_t>(i)]));
        }
    }
    root.replaceKey("/Count", QPDFObjectHandle::newInteger(n));

    QPDFObjectHandle catalog = pdf.getRoot();
    catalog.replaceKey("/Outlines", root);
    catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

void writeLinks(QPDF& pdf, const std::vector<PageFrame>& frames, const QList<PdfLink>& links)
{
    std::vector<std::vector<QPDFObjectHandle>> annotsOf(frames.size());
    // Values every link has are one object each, shared: a long register has tens of thousands of links.
    const QPDFObjectHandle noBorder = pdf.makeIndirectObject(QPDFObjectHandle::parse("[0 0 0]"));
    const QPDFObjectHandle annotType = QPDFObjectHandle::newName("/Annot");
    const QPDFObjectHandle linkType = QPDFObjectHandle::newName("/Link");
    const QPDFObjectHandle printFlag = QPDFObjectHandle::newInteger(4); // PDF/A-1 wants every annotation printed
    for (const PdfLink& link : links) {
        const PageFrame& frame = frameOf(frames, link.page,
                                         QT_TRANSLATE_NOOP("ropa::report::PdfAssembler",
                                                           "The document has %1 pages, so a link cannot be placed on "
                                                           "page %2."));
        const QRectF rect = link.rect.normalized();
        QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
        annot.replaceKey("/Type", annotType);
        annot.replaceKey("/Subtype", linkType);
        annot.replaceKey(
            "/Rect",
            QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(frame.left + rect.left(), frame.top - rect.bottom(),
                                                                   frame.left + rect.right(), frame.top - rect.top())));
        annot.replaceKey("/Border", noBorder);
        annot.replaceKey("/F", printFlag);
        annot.replaceKey("/Dest",
                         destinationOf(frames, link.target,
                                       QT_TRANSLATE_NOOP("ropa::report::PdfAssembler",
                                                         "The document has %1 pages, so a link cannot lead to page "
                                                         "%2.")));
        annot.replaceKey("/P", frame.page);
        annotsOf[static_cast<size_t>(link.page)].push_back(pdf.makeIndirectObject(annot));
    }
    // Each page gets an array of its own: QPdfWriter's pages refer to /Annots arrays, and a writer may share one
    // between pages, where adding to it would put a page's links on every page. QPdfWriter writes a link to
    // "#name" as a web address a reader would try to open; those are dropped, as the links above replace them.
    for (size_t i = 0; i < frames.size(); ++i) {
        QPDFObjectHandle page = frames[i].page;
        QPDFObjectHandle existing = page.getKey("/Annots");
        if (annotsOf[i].empty() && !existing.isArray()) {
            continue;
        }
        std::vector<QPDFObjectHandle> annots;
        for (QPDFObjectHandle annot :
             existing.isArray() ? existing.getArrayAsVector() : std::vector<QPDFObjectHandle>()) {
            QPDFObjectHandle action = annot.isDictionary() ? annot.getKey("/A") : QPDFObjectHandle::newNull();
            const bool fragmentLink = action.isDictionary() && action.getKey("/URI").isString() &&
                QString::fromStdString(action.getKey("/URI").getUTF8Value()).startsWith(QLatin1Char('#'));
            if (!fragmentLink) {
                annots.push_back(annot);
            }
        }
        annots.insert(annots.end(), annotsOf[i].begin(), annotsOf[i].end());
        if (annots.empty()) {
            page.removeKey("/Annots");
        } else {
            page.replaceKey("/Annots", QPDFObjectHandle::newArray(annots));
        }
    }
}

QString damaged(const std::string& detail)
{
    return QCoreApplication::translate("ropa::report::PdfAssembler",
                                       "The PDF could not be finished because the pages written for it are damaged "
                                       "(%1).")
        .arg(QString::fromStdString(detail));
}

// Fails on anything qpdf had to repair: a damaged file from QPdfWriter is a fault to report, not to paper over.
void refuseRepairs(QPDF& pdf)
{
    if (pdf.anyWarnings()) {
        throw Refusal{damaged(pdf.getWarnings().front().what())};
    }
}

void open(QPDF& pdf, const QByteArray& bytes, const char* which)
{
    pdf.setSuppressWarnings(true);
    pdf.setAttemptRecovery(false);
    pdf.processMemoryFile(which, bytes.constData(), static_cast<size_t>(bytes.size()));
    refuseRepairs(pdf);
}

} // namespace

Result<QByteArray> PdfAssembler::assemble(const Input& input)
{
    QByteArray out;
    try {
        // Both files are read in place from the caller's buffers, which outlive the writing below.
        QPDF body;
        open(body, input.body, "body");
        QPDF front;
        if (!input.front.isEmpty()) {
            open(front, input.front, "front");
            QPDFPageDocumentHelper pages(body);
            const std::vector<QPDFPageObjectHelper> bodyPages = pages.getAllPages();
            for (const QPDFPageObjectHelper& page : QPDFPageDocumentHelper(front).getAllPages()) {
                if (bodyPages.empty()) {
                    pages.addPage(page, false);
                } else {
                    pages.addPageAt(page, true, bodyPages.front());
                }
            }
        }
        const std::vector<PageFrame> frames = framesOf(body);
        writeInfo(body, input.metadata);
        writeOutline(body, frames, input.outline);
        writeLinks(body, frames, input.links);

        // PDF/A-1 is PDF 1.4: a classic cross-reference table, no object or cross-reference streams, no
        // encryption, an /ID in the trailer; deterministic so the same document gives the same bytes.
        // Room for the whole file at once: an outline item or a link annotation takes some 150 bytes, and a
        // reallocation of a large buffer would hold it twice for a moment.
        out.reserve(input.body.size() + input.front.size() + 320 * (input.outline.size() + input.links.size()) + 65536);
        ByteArrayPipeline pipeline(out);
        QPDFWriter writer(body);
        writer.setOutputPipeline(&pipeline);
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setPreserveEncryption(false);
        writer.setCompressStreams(true);
        writer.setDeterministicID(true);
        writer.setNewlineBeforeEndstream(true); // PDF/A-1: an end-of-line before endstream
        writer.forcePDFVersion("1.4");
        writer.write();
        refuseRepairs(body);
        if (!input.front.isEmpty()) {
            refuseRepairs(front);
        }
    } catch (const Refusal& refusal) {
        return Error{ErrorCode::Io, refusal.sentence};
    } catch (const std::exception& e) {
        return Error{ErrorCode::Io, damaged(e.what())};
    } catch (...) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ropa::report::PdfAssembler",
                                                 "The PDF could not be finished because the pages "
                                                 "written for it are damaged.")};
    }
    return out;
}

} // namespace ropa::report
