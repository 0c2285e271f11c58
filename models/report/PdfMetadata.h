#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ropa::report {

// Title, author, subject and dates of a PDF/A-1b file, kept the same in the Info dictionary and the XMP
// packet as PDF/A requires. Qt 6.4's QPdfWriter writes neither author nor subject, so xmp() replaces its
// packet and PdfAssembler writes the Info dictionary of the finished file.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creatorTool;
    QString producer;
    QDateTime created; // whole seconds, UTC

    QByteArray xmp() const;
    // The Info dictionary's date, "D:YYYYMMDDHHmmSSZ": the same instant as the XMP packet's dates.
    QByteArray infoDate() const;
};

} // namespace ropa::report
