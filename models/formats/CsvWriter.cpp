#include "formats/CsvWriter.h"

namespace ropa::formats {

namespace {
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr char kLineEnd[] = "\r\n";
} // namespace

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList escapedFields;
    escapedFields.reserve(fields.size());
    for (const QString& field : fields) {
        escapedFields << escaped(field);
    }
    m_data += escapedFields.join(QLatin1Char(',')).toUtf8();
    m_data += kLineEnd;
}

void CsvWriter::addEmptyRow()
{
    m_data += kLineEnd;
}

QByteArray CsvWriter::result() const
{
    return QByteArray(kByteOrderMark) + m_data;
}

QString CsvWriter::escaped(const QString& input)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula; an
    // apostrophe in front makes it text again, so a register entry can never become a live formula.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString field = !input.isEmpty() && formulaStarts.contains(input.at(0)) ? QLatin1Char('\'') + input : input;
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes) {
        return field;
    }
    QString doubled = field;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

} // namespace ropa::formats
