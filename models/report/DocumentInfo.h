#pragma once

#include <QDateTime>
#include <QString>

namespace ropa::report {

// What a printed document says about the register it came from.
struct DocumentInfo
{
    QDateTime produced; // when the document was made; its date is the day the checks judge reviews by
    qint64 revision = 0; // the register's version counter
    QString fingerprint; // SHA-256 of the register's canonical JSON
    bool withFindings = false; // the Article 30 register (PDF and HTML) ends with the findings annex
    bool noPreamble = false; // the ICO template's CSV starts with its column titles, without the controller block
};

} // namespace ropa::report
