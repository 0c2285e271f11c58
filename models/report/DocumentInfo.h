#pragma once

#include <QDateTime>
#include <QString>

namespace ropa::report {

// What a printed document says about the register it came from.
struct DocumentInfo
{
    QDateTime produced; // when the document was made
    qint64 revision = 0; // the register's version counter
    QString fingerprint; // SHA-256 of the register's canonical JSON
};

} // namespace ropa::report
