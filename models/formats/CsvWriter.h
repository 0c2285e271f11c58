#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ropa::formats {

// Builds an RFC 4180 CSV document in UTF-8 with a byte order mark, so that Excel opens it with the right encoding.
class CsvWriter
{
public:
    void addRow(const QStringList& fields);
    void addEmptyRow();
    QByteArray result() const;

    // The field as it appears in a row: quoted, with quotes doubled, when it holds a comma, quote, CR or LF;
    // led by an apostrophe when a spreadsheet would otherwise take it for a formula.
    static QString escaped(const QString& field);

private:
    QByteArray m_data;
};

} // namespace ropa::formats
