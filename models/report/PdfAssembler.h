#pragma once

#include "core/Result.h"
#include "report/PdfMetadata.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace ropa::report {

// A place in the finished PDF: a page (from 0, in the final document, front pages first) and the distance of the
// point to show from the page's top edge, in PDF points (1/72 inch).
struct PdfDestination
{
    int page = 0;
    qreal top = 0;
};

// A bookmark. Entries come in document order; level 0 is the top, level 1 a child of the level-0 entry before it,
// and so on. A level more than one deeper than the entry before it is taken as one deeper.
struct PdfOutlineEntry
{
    QString title;
    int level = 0;
    PdfDestination target;
};

// A clickable area on final page `page`, in PDF points with the origin at the page's top-left corner (y down),
// leading to `target`.
struct PdfLink
{
    int page = 0;
    QRectF rect;
    PdfDestination target;
};

// Finishes the PDF/A-1b files QPdfWriter paints: puts a front part (cover and contents, painted last because
// their page numbers are known last) before the body, writes the Info dictionary to match the XMP packet, and
// adds the bookmarks and the internal links, which QPdfWriter cannot write. The PDF structure is done by libqpdf.
class PdfAssembler
{
public:
    struct Input
    {
        QByteArray body; // a PDF written by QPdfWriter as PDF/A-1b: its catalog, XMP and OutputIntent are kept
        QByteArray front; // another such PDF whose pages go before the body's; empty for none
        PdfMetadata metadata; // written to the Info dictionary
        QList<PdfOutlineEntry> outline;
        QList<PdfLink> links;
    };

    // The finished PDF, or an Error (ErrorCode::Io) saying in one sentence why it could not be made: a damaged
    // input or a bookmark or link naming a page the document does not have.
    static Result<QByteArray> assemble(const Input& input);
};

} // namespace ropa::report
