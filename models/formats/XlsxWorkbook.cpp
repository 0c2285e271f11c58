#include "formats/XlsxWorkbook.h"

#include "formats/ZipWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace ropa::formats {

namespace {

constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationshipsNamespace[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kPackageRelationshipsNamespace[] = "http://schemas.openxmlformats.org/package/2006/relationships";

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::formats::XlsxWorkbook)
};

// How many UTF-16 code units the character at i takes if XML 1.0 can hold it (1, or 2 for a surrogate pair), or 0
// if it cannot: control characters other than tab, line feed and carriage return, U+FFFE, U+FFFF and surrogates
// that are not part of a pair.
int xmlCharLength(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x20) {
        return c == u'\t' || c == u'\n' || c == u'\r' ? 1 : 0;
    }
    if (QChar::isHighSurrogate(c)) {
        return i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode()) ? 2 : 0;
    }
    if (QChar::isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        return 0;
    }
    return 1;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

// "_xHHHH_" is how SpreadsheetML writes a UTF-16 code unit, so an underscore that starts such a text must itself be
// written that way to come back as an underscore.
bool startsOoxmlEscape(QStringView text, qsizetype i)
{
    if (i + 7 > text.size() || text.at(i + 1) != u'x' || text.at(i + 6) != u'_') {
        return false;
    }
    return std::all_of(text.begin() + i + 2, text.begin() + i + 6, isHexDigit);
}

QByteArray ooxmlEscape(char16_t unit)
{
    return "_x" + QByteArray::number(unit, 16).toUpper().rightJustified(4, '0') + '_';
}

enum class Escaping {
    // Text of an element or attribute: what XML 1.0 cannot hold is dropped.
    Plain,
    // The text of a cell: what XML cannot hold, and carriage returns, which XML readers turn into line feeds, are
    // written as _xHHHH_, so that Excel reads back exactly the text the cell was given.
    Cell,
};

QByteArray escaped(QStringView text, Escaping escaping)
{
    QByteArray out;
    out.reserve(text.size() + 16);
    qsizetype run = 0; // start of the characters that are copied as they are
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text.at(i).unicode();
        const int length = xmlCharLength(text, i);
        QByteArray replacement;
        if (c == u'&') {
            replacement = "&amp;";
        } else if (c == u'<') {
            replacement = "&lt;";
        } else if (c == u'>') {
            replacement = "&gt;";
        } else if (c == u'"') {
            replacement = "&quot;";
        } else if (escaping == Escaping::Cell &&
                   (length == 0 || c == u'\r' || (c == u'_' && startsOoxmlEscape(text, i)))) {
            replacement = ooxmlEscape(c);
        } else if (escaping == Escaping::Plain && c == u'\r') {
            replacement = "&#13;";
        } else if (length != 0) {
            i += length;
            continue;
        }
        out += text.sliced(run, i - run).toUtf8();
        out += replacement; // empty for a character that is dropped
        run = ++i;
    }
    out += text.sliced(run).toUtf8();
    return out;
}

QByteArray plain(const QString& text)
{
    return escaped(text, Escaping::Plain);
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(static_cast<char>('A' + (n - 1) % 26));
    }
    return name;
}

QByteArray cellReference(int row, int column)
{
    return columnName(column) + QByteArray::number(row + 1);
}

QByteArray absoluteReference(int row, int column)
{
    return '$' + columnName(column) + '$' + QByteArray::number(row + 1);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

QByteArray flag(bool value)
{
    return value ? "1" : "0";
}

bool needsPreservedSpace(const QString& text)
{
    auto isSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; };
    return !text.isEmpty() && (isSpace(text.front()) || isSpace(text.back()));
}

// Excel stores a width with the padding of the default font (Calibri 11: digits 7 pixels wide, 5 pixels of
// padding), in 256ths of a character; this is the width its dialog shows as the given one.
double storedWidth(double width)
{
    constexpr double kDigit = 7;
    constexpr double kPadding = 5;
    if (width <= 0) {
        return 0;
    }
    const double pixels =
        width < 1 ? std::floor(width * (kDigit + kPadding) + 0.5) : std::floor(width * kDigit + 0.5) + kPadding;
    return std::floor(pixels / kDigit * 256) / 256;
}

// Excel's default font is Calibri 11 (LibreOffice shows it as the metric-compatible Carlito): a line takes 15 points,
// the default row height, and a column's width counts that font's digits.
constexpr double kLineHeight = 15;
constexpr double kDefaultColumnWidth = 8.43;
// Bold letters are about a tenth wider than regular ones.
constexpr double kBoldCharacterWidth = 1.1;

// In digits of the default font: a wide East Asian character takes two, anything else one. Proportional text runs
// narrower than digits on average, so an estimate made this way errs towards a row too tall rather than one that
// hides text.
double characterWidth(char32_t c)
{
    if (c == U'\r') {
        return 0;
    }
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

double textWidth(QStringView text)
{
    double width = 0;
    for (const char32_t c : text.toUcs4()) {
        width += characterWidth(c);
    }
    return width;
}

// The lines a paragraph takes when wrapped, as Excel wraps: at spaces, and a word longer than the line where the
// line ends.
int paragraphLines(QStringView paragraph, double lineWidth)
{
    int lines = 1;
    double used = 0;
    for (const QStringView word : paragraph.split(u' ')) {
        const double width = textWidth(word);
        const double needed = used == 0 ? width : used + 1 + width;
        if (needed <= lineWidth) {
            used = needed;
            continue;
        }
        if (used > 0) {
            ++lines;
        }
        const int broken = width > lineWidth ? static_cast<int>(std::ceil(width / lineWidth)) - 1 : 0;
        lines += broken;
        used = width - broken * lineWidth;
    }
    return lines;
}

int wrappedLines(const QString& text, double columnWidth, bool bold)
{
    const double lineWidth = std::max(1.0, std::floor(columnWidth / (bold ? kBoldCharacterWidth : 1.0)));
    int lines = 0;
    for (const QStringView paragraph : QStringView(text).split(u'\n')) {
        lines += paragraphLines(paragraph, lineWidth);
    }
    return lines;
}

QString sheetNameAllowed(const QString& wanted)
{
    QString name;
    for (const QChar c : wanted) {
        if (c.unicode() >= 0x20 && !QStringView(u"[]:*?/\\").contains(c)) {
            name += c;
        }
    }
    while (name.startsWith(u'\'')) {
        name.remove(0, 1);
    }
    qsizetype length = std::min(name.size(), XlsxWorkbook::kMaxSheetNameLength);
    if (length < name.size() && name.at(length).isLowSurrogate()) {
        --length;
    }
    name.truncate(length);
    while (name.endsWith(u'\'')) {
        name.chop(1);
    }
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

QByteArray contentTypesXml()
{
    constexpr char kOfficeDocument[] = "application/vnd.openxmlformats-officedocument.";
    QByteArray xml = kXmlDeclaration;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
    xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>";
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    const QList<QPair<const char*, const char*>> overrides{
        {"/xl/workbook.xml", "spreadsheetml.sheet.main+xml"},
        {"/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet+xml"},
        {"/xl/styles.xml", "spreadsheetml.styles+xml"},
        {"/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml"},
        {"/docProps/app.xml", "extended-properties+xml"},
    };
    for (const auto& [part, type] : overrides) {
        xml += QByteArray("<Override PartName=\"") + part + "\" ContentType=\"" + kOfficeDocument + type + "\"/>";
    }
    xml += "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
    xml += "</Types>";
    return xml;
}

QByteArray relationshipsXml(const QList<QPair<QByteArray, const char*>>& targets)
{
    QByteArray xml = kXmlDeclaration;
    xml += QByteArray("<Relationships xmlns=\"") + kPackageRelationshipsNamespace + "\">";
    int id = 0;
    for (const auto& [type, target] : targets) {
        xml += "<Relationship Id=\"rId" + QByteArray::number(++id) + "\" Type=\"" + type + "\" Target=\"" + target +
            "\"/>";
    }
    xml += "</Relationships>";
    return xml;
}

QByteArray officeRelationship(const char* type)
{
    return QByteArray(kRelationshipsNamespace) + '/' + type;
}

QByteArray rootRelationshipsXml()
{
    return relationshipsXml({
        {officeRelationship("officeDocument"), "xl/workbook.xml"},
        {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
        {officeRelationship("extended-properties"), "docProps/app.xml"},
    });
}

QByteArray workbookRelationshipsXml()
{
    return relationshipsXml({
        {officeRelationship("worksheet"), "worksheets/sheet1.xml"},
        {officeRelationship("styles"), "styles.xml"},
        {officeRelationship("sharedStrings"), "sharedStrings.xml"},
    });
}

QByteArray sharedStringsXml(const QList<QString>& strings, int count)
{
    QByteArray xml = kXmlDeclaration;
    xml += QByteArray("<sst xmlns=\"") + kMainNamespace + "\" count=\"" + QByteArray::number(count) +
        "\" uniqueCount=\"" + QByteArray::number(strings.size()) + "\">";
    for (const QString& text : strings) {
        xml += needsPreservedSpace(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>";
        xml += escaped(text, Escaping::Cell);
        xml += "</t></si>";
    }
    xml += "</sst>";
    return xml;
}

QByteArray element(const char* name, const QString& text)
{
    return QByteArray("<") + name + '>' + plain(text) + "</" + name + '>';
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString& sheetName)
    : m_sheetName(sheetNameAllowed(sheetName))
{ }

void XlsxWorkbook::setProperties(const Properties& properties)
{
    m_properties = properties;
}

void XlsxWorkbook::setText(int row, int column, const QString& text, const Format& format)
{
    qsizetype index = m_formats.indexOf(format);
    if (index < 0) {
        index = m_formats.size();
        m_formats << format;
    }
    m_rows[row][column] = {text, static_cast<int>(index)};
}

void XlsxWorkbook::setText(int row, int column, const QString& text)
{
    setText(row, column, text, Format{});
}

void XlsxWorkbook::setColumnWidth(int column, double width)
{
    m_widths[column] = width;
}

void XlsxWorkbook::freezePanes(int row, int column)
{
    m_frozenRow = std::max(row, 0);
    m_frozenColumn = std::max(column, 0);
}

void XlsxWorkbook::setAutoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    m_autoFilter = Range{firstRow, firstColumn, std::max(lastRow, firstRow), std::max(lastColumn, firstColumn)};
}

void XlsxWorkbook::setLandscape(bool landscape)
{
    m_landscape = landscape;
}

void XlsxWorkbook::setPaperSize(int paperSize)
{
    m_paperSize = paperSize;
}

void XlsxWorkbook::fitToPages(int wide, int tall)
{
    m_fitToPages = qMakePair(std::max(wide, 0), std::max(tall, 0));
}

void XlsxWorkbook::repeatRowsOnEveryPage(int firstRow, int lastRow)
{
    m_repeatedRows = qMakePair(firstRow, std::max(lastRow, firstRow));
}

void XlsxWorkbook::setPrintAcrossThenDown(bool acrossThenDown)
{
    m_acrossThenDown = acrossThenDown;
}

void XlsxWorkbook::setPrintGridLines(bool gridLines)
{
    m_gridLines = gridLines;
}

void XlsxWorkbook::setPageFooter(const QString& footer)
{
    m_footer = footer;
}

Status XlsxWorkbook::checkCells() const
{
    for (auto row = m_rows.cbegin(); row != m_rows.cend(); ++row) {
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            if (row.key() < 0 || row.key() >= kMaxRows || cell.key() < 0 || cell.key() >= kMaxColumns) {
                return Error{ErrorCode::InvalidInput,
                             Text::tr("Row %1, column %2 lies outside an Excel worksheet.")
                                 .arg(row.key() + 1)
                                 .arg(cell.key() + 1)};
            }
            if (cell->text.size() > kMaxCellLength) {
                return Error{ErrorCode::InvalidInput,
                             Text::tr("Cell %1 holds %2 characters, more than the %3 Excel allows in a cell.")
                                 .arg(QString::fromLatin1(cellReference(row.key(), cell.key())))
                                 .arg(cell->text.size())
                                 .arg(kMaxCellLength)};
            }
        }
    }
    return {};
}

QByteArray XlsxWorkbook::quotedSheetName() const
{
    QString name = m_sheetName;
    return '\'' + plain(name.replace(u'\'', QStringLiteral("''"))) + '\'';
}

QByteArray XlsxWorkbook::workbookXml() const
{
    QByteArray xml = kXmlDeclaration;
    xml += QByteArray("<workbook xmlns=\"") + kMainNamespace + "\" xmlns:r=\"" + kRelationshipsNamespace + "\">";
    xml += "<bookViews><workbookView/></bookViews>";
    xml += "<sheets><sheet name=\"" + plain(m_sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
    if (m_autoFilter || m_repeatedRows) {
        xml += "<definedNames>";
        // Excel keeps the range of an autofilter under this hidden name as well as in the sheet.
        if (m_autoFilter) {
            xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" + quotedSheetName() +
                '!' + absoluteReference(m_autoFilter->firstRow, m_autoFilter->firstColumn) + ':' +
                absoluteReference(m_autoFilter->lastRow, m_autoFilter->lastColumn) + "</definedName>";
        }
        if (m_repeatedRows) {
            xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + quotedSheetName() + "!$" +
                QByteArray::number(m_repeatedRows->first + 1) + ":$" + QByteArray::number(m_repeatedRows->second + 1) +
                "</definedName>";
        }
        xml += "</definedNames>";
    }
    xml += "</workbook>";
    return xml;
}

QByteArray XlsxWorkbook::stylesXml() const
{
    QList<quint32> fills;
    for (const Format& format : m_formats) {
        if (format.fill && !fills.contains(*format.fill)) {
            fills << *format.fill;
        }
    }
    constexpr char kFont[] = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>";
    QByteArray xml = kXmlDeclaration;
    xml += QByteArray("<styleSheet xmlns=\"") + kMainNamespace + "\">";
    xml += QByteArray("<fonts count=\"2\"><font>") + kFont + "<font><b/>" + kFont + "</fonts>";
    // The first two fills are the ones Excel reserves.
    xml += "<fills count=\"" + QByteArray::number(fills.size() + 2) +
        "\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>";
    for (const quint32 rgb : fills) {
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF" +
            QByteArray::number(rgb & 0xFFFFFFu, 16).toUpper().rightJustified(6, '0') +
            "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    }
    xml += "</fills>";
    xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
           "</borders>";
    xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
    xml += "<cellXfs count=\"" + QByteArray::number(m_formats.size()) + "\">";
    for (const Format& format : m_formats) {
        const qsizetype fillId = format.fill ? fills.indexOf(*format.fill) + 2 : 0;
        const bool aligned = format.wrap || format.alignTop;
        xml += "<xf numFmtId=\"0\" fontId=\"" + flag(format.bold) + "\" fillId=\"" + QByteArray::number(fillId) +
            "\" borderId=\"" + flag(format.thinBottomBorder) + "\" xfId=\"0\"";
        xml += format.bold ? " applyFont=\"1\"" : "";
        xml += format.fill ? " applyFill=\"1\"" : "";
        xml += format.thinBottomBorder ? " applyBorder=\"1\"" : "";
        if (!aligned) {
            xml += "/>";
            continue;
        }
        xml += " applyAlignment=\"1\"><alignment";
        xml += format.alignTop ? " vertical=\"top\"" : "";
        xml += format.wrap ? " wrapText=\"1\"" : "";
        xml += "/></xf>";
    }
    xml += "</cellXfs>";
    xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";
    xml += "<dxfs count=\"0\"/><tableStyles count=\"0\"/>";
    xml += "</styleSheet>";
    return xml;
}

QByteArray XlsxWorkbook::sheetViewXml() const
{
    QByteArray xml = "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"";
    if (m_frozenRow == 0 && m_frozenColumn == 0) {
        return xml + "/></sheetViews>";
    }
    const QByteArray topLeft = cellReference(m_frozenRow, m_frozenColumn);
    const char* activePane = m_frozenRow == 0 ? "topRight" : m_frozenColumn == 0 ? "bottomLeft" : "bottomRight";
    xml += "><pane";
    if (m_frozenColumn > 0) {
        xml += " xSplit=\"" + QByteArray::number(m_frozenColumn) + '"';
    }
    if (m_frozenRow > 0) {
        xml += " ySplit=\"" + QByteArray::number(m_frozenRow) + '"';
    }
    xml += " topLeftCell=\"" + topLeft + "\" activePane=\"" + activePane + "\" state=\"frozen\"/>";
    auto selection = [](const char* pane, const QByteArray& cell) -> QByteArray {
        return QByteArray("<selection pane=\"") + pane + "\" activeCell=\"" + cell + "\" sqref=\"" + cell + "\"/>";
    };
    if (m_frozenRow > 0 && m_frozenColumn > 0) {
        xml += selection("topRight", cellReference(0, m_frozenColumn));
        xml += selection("bottomLeft", cellReference(m_frozenRow, 0));
    }
    xml += selection(activePane, topLeft);
    return xml + "</sheetView></sheetViews>";
}

QByteArray XlsxWorkbook::pageXml() const
{
    QByteArray xml;
    if (m_autoFilter) {
        xml += "<autoFilter ref=\"" + cellReference(m_autoFilter->firstRow, m_autoFilter->firstColumn) + ':' +
            cellReference(m_autoFilter->lastRow, m_autoFilter->lastColumn) + "\"/>";
    }
    if (m_gridLines) {
        xml += "<printOptions gridLines=\"1\"/>";
    }
    xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";
    QByteArray setup;
    if (m_paperSize > 0) {
        setup += " paperSize=\"" + QByteArray::number(m_paperSize) + '"';
    }
    if (m_fitToPages) {
        setup += " fitToWidth=\"" + QByteArray::number(m_fitToPages->first) + "\" fitToHeight=\"" +
            QByteArray::number(m_fitToPages->second) + '"';
    }
    setup += m_acrossThenDown ? " pageOrder=\"overThenDown\"" : "";
    setup += m_landscape ? " orientation=\"landscape\"" : "";
    if (!setup.isEmpty()) {
        xml += "<pageSetup" + setup + "/>";
    }
    if (!m_footer.isEmpty()) {
        xml += "<headerFooter><oddFooter>" + plain(m_footer) + "</oddFooter></headerFooter>";
    }
    return xml;
}

double XlsxWorkbook::rowHeight(const QMap<int, Cell>& cells) const
{
    int lines = 1;
    for (auto cell = cells.cbegin(); cell != cells.cend(); ++cell) {
        const Format& format = m_formats.at(cell->format);
        if (format.wrap) {
            lines =
                std::max(lines, wrappedLines(cell->text, m_widths.value(cell.key(), kDefaultColumnWidth), format.bold));
        }
    }
    return std::min(lines * kLineHeight, kMaxRowHeight);
}

QByteArray XlsxWorkbook::sheetXml(QList<QString>& sharedStrings, int& stringCount) const
{
    QHash<QString, int> stringIndex;
    int lastRow = 0;
    int lastColumn = 0;
    QByteArray rows;
    for (auto row = m_rows.cbegin(); row != m_rows.cend(); ++row) {
        if (row->isEmpty()) {
            continue;
        }
        lastRow = std::max(lastRow, row.key());
        rows += "<row r=\"" + QByteArray::number(row.key() + 1) + "\" ht=\"" + number(rowHeight(*row)) +
            "\" customHeight=\"1\">";
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            lastColumn = std::max(lastColumn, cell.key());
            auto index = stringIndex.constFind(cell->text);
            if (index == stringIndex.cend()) {
                index = stringIndex.insert(cell->text, static_cast<int>(sharedStrings.size()));
                sharedStrings << cell->text;
            }
            ++stringCount;
            rows += "<c r=\"" + cellReference(row.key(), cell.key()) + '"';
            if (cell->format != 0) {
                rows += " s=\"" + QByteArray::number(cell->format) + '"';
            }
            rows += " t=\"s\"><v>" + QByteArray::number(*index) + "</v></c>";
        }
        rows += "</row>";
    }

    QByteArray xml = kXmlDeclaration;
    xml += QByteArray("<worksheet xmlns=\"") + kMainNamespace + "\" xmlns:r=\"" + kRelationshipsNamespace + "\">";
    if (m_fitToPages) {
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
    }
    xml += "<dimension ref=\"A1";
    if (lastRow > 0 || lastColumn > 0) {
        xml += ':' + cellReference(lastRow, lastColumn);
    }
    xml += "\"/>";
    xml += sheetViewXml();
    xml += "<sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!m_widths.isEmpty()) {
        xml += "<cols>";
        for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it) {
            const QByteArray column = QByteArray::number(it.key() + 1);
            xml += "<col min=\"" + column + "\" max=\"" + column + "\" width=\"" + number(storedWidth(it.value())) +
                "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>" + rows + "</sheetData>";
    xml += pageXml();
    xml += "</worksheet>";
    return xml;
}

QByteArray XlsxWorkbook::coreXml(const QDateTime& created) const
{
    const QByteArray when = created.toUTC().toString(Qt::ISODate).toLatin1();
    QByteArray xml = kXmlDeclaration;
    xml += "<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    xml += m_properties.title.isEmpty() ? QByteArray() : element("dc:title", m_properties.title);
    xml += m_properties.comments.isEmpty() ? QByteArray() : element("dc:description", m_properties.comments);
    if (!m_properties.creator.isEmpty()) {
        xml += element("dc:creator", m_properties.creator);
        xml += element("cp:lastModifiedBy", m_properties.creator);
    }
    xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>";
    xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>";
    xml += "</cp:coreProperties>";
    return xml;
}

QByteArray XlsxWorkbook::appXml() const
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
           "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">";
    xml += m_properties.application.isEmpty() ? QByteArray() : element("Application", m_properties.application);
    xml += "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>";
    xml += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>"
           "</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>";
    xml += "<TitlesOfParts><vt:vector size=\"1\" baseType=\"lpstr\">" + element("vt:lpstr", m_sheetName) +
        "</vt:vector></TitlesOfParts>";
    xml += m_properties.company.isEmpty() ? QByteArray() : element("Company", m_properties.company);
    xml += "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
           "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion>";
    xml += "</Properties>";
    return xml;
}

Result<QByteArray> XlsxWorkbook::toBytes() const
{
    if (const Status cells = checkCells(); !cells) {
        return cells.error();
    }
    const QDateTime created = m_properties.created.isValid() ? m_properties.created : QDateTime::currentDateTimeUtc();
    QList<QString> sharedStrings;
    int stringCount = 0;
    const QByteArray sheet = sheetXml(sharedStrings, stringCount);

    ZipWriter zip;
    zip.setModified(created);
    const QList<QPair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypesXml()},
        {QStringLiteral("_rels/.rels"), rootRelationshipsXml()},
        {QStringLiteral("docProps/app.xml"), appXml()},
        {QStringLiteral("docProps/core.xml"), coreXml(created)},
        {QStringLiteral("xl/workbook.xml"), workbookXml()},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationshipsXml()},
        {QStringLiteral("xl/styles.xml"), stylesXml()},
        {QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml(sharedStrings, stringCount)},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
    };
    for (const auto& [name, bytes] : parts) {
        if (const Status added = zip.add(name, bytes); !added) {
            return added.error();
        }
    }
    return zip.archive();
}

} // namespace ropa::formats
