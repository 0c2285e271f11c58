#pragma once

#include "report/HtmlTable.h"

#include <QString>

namespace ropa::report {

// A part of a document: some lead-in HTML, an optional table, and HTML after it.
struct DocumentPart
{
    QString lead;
    HtmlTable table;
    QString tail;

    // The part as one piece of HTML, for documents that are not paginated by us.
    QString html() const { return lead + (table.rows.isEmpty() ? QString() : table.html()) + tail; }
};

} // namespace ropa::report
