#include "TestSupport.h"
#include "formats/CsvWriter.h"
#include "formats/DemoRegister.h"
#include "formats/XlsxWorkbook.h"
#include "report/IcoCsvExport.h"
#include "report/IcoTemplate.h"
#include "report/IcoXlsxExport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>
#include <algorithm>
#include <gtest/gtest.h>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace ropa;

namespace {

constexpr int kControllerRows = 7;
// Controller block, an empty row, then the column titles.
constexpr int kCsvTitleRow = kControllerRows + 1;
constexpr int kCsvFirstDataRow = kCsvTitleRow + 1;

const QByteArray kBom("\xEF\xBB\xBF");

QString cell(const QStringList& row, const char* title)
{
    const qsizetype index = report::IcoTemplate::columns().indexOf(QString::fromUtf8(title));
    EXPECT_GE(index, 0) << title;
    return row.value(index);
}

void expectEveryCellFilled(const QList<QStringList>& rows)
{
    for (const QStringList& row : rows) {
        for (const QString& value : row) {
            EXPECT_FALSE(value.trimmed().isEmpty()) << row.join(QLatin1Char('|')).toStdString();
            EXPECT_NE(value, QStringLiteral("null"));
        }
    }
}

// --- A strict RFC 4180 reader: CRLF between records, quotes only around whole fields, doubled inside. ---

struct Csv
{
    QList<QStringList> records;
    QString error;
};

QChar charAt(const QString& text, qsizetype i)
{
    return i < text.size() ? text.at(i) : QChar();
}

Csv parseCsv(const QString& text)
{
    Csv csv;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (charAt(text, i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            quoted = fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') && charAt(text, i + 1) == QLatin1Char('\n')) {
            record << field;
            csv.records << record;
            record.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n') || fieldWasQuoted) {
            csv.error = QStringLiteral("unexpected character %1 at offset %2").arg(c.unicode()).arg(i);
            return csv;
        } else {
            field += c;
        }
    }
    if (quoted || !record.isEmpty() || !field.isEmpty()) {
        csv.error = QStringLiteral("the last record is not ended by CRLF");
    }
    return csv;
}

Csv parseIcoCsv(const QByteArray& bytes)
{
    if (!bytes.startsWith(kBom)) {
        return {{}, QStringLiteral("no byte order mark")};
    }
    return parseCsv(QString::fromUtf8(bytes.mid(kBom.size())));
}

void expectCsvMatchesTemplate(const Register& reg)
{
    const Csv csv = parseIcoCsv(report::IcoCsvExport::write(reg));
    ASSERT_TRUE(csv.error.isEmpty()) << csv.error.toStdString();
    ASSERT_EQ(csv.records.size(), kCsvFirstDataRow + reg.activities.size());
    const auto header = report::IcoTemplate::header(reg);
    for (int i = 0; i < kControllerRows; ++i) {
        EXPECT_EQ(csv.records.at(i), (QStringList{header.at(i).first, header.at(i).second}));
    }
    EXPECT_EQ(csv.records.at(kControllerRows), QStringList{QString()});
    EXPECT_EQ(csv.records.at(kCsvTitleRow), report::IcoTemplate::columns());
    EXPECT_EQ(csv.records.mid(kCsvFirstDataRow), report::IcoTemplate::rows(reg));
}

// --- Reading an .xlsx back: its shared strings and its first worksheet, cell by cell. ---

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QByteArray unzipEntry(const QString& archive, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    if (!unzip.waitForFinished(30000) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0) {
        ADD_FAILURE() << "unzip -p " << entry.toStdString()
                      << " failed: " << unzip.readAllStandardError().toStdString();
        return {};
    }
    return unzip.readAllStandardOutput();
}

// Excel writes characters XML cannot hold, such as control characters, as _xHHHH_.
QString unescapeOoxml(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString result;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += QChar(static_cast<char16_t>(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == QLatin1StringView("si")) {
            current.clear();
        } else if (reader.isStartElement() && reader.name() == QLatin1StringView("t")) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1StringView("si")) {
            strings << unescapeOoxml(current);
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return strings;
}

// "C10" as zero-based row 9, column 2.
QPair<int, int> cellPosition(QStringView reference)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        col = col * 26 + (reference.at(i).unicode() - 'A' + 1);
    }
    return {reference.mid(i).toInt() - 1, col - 1};
}

using Sheet = QMap<int, QMap<int, QString>>;

Sheet sheetCells(const QByteArray& xml, const QStringList& strings)
{
    Sheet sheet;
    QXmlStreamReader reader(xml);
    QPair<int, int> position;
    QString type;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.name() == QLatin1StringView("c")) {
            position = cellPosition(reader.attributes().value(QStringLiteral("r")));
            type = reader.attributes().value(QStringLiteral("t")).toString();
        } else if (reader.name() == QLatin1StringView("v")) {
            const QString v = reader.readElementText();
            sheet[position.first][position.second] = type == QStringLiteral("s") ? strings.value(v.toInt()) : v;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return sheet;
}

QList<QStringList> sheetRows(const Sheet& sheet, int firstRow, int columnCount)
{
    QList<QStringList> rows;
    for (auto it = sheet.lowerBound(firstRow); it != sheet.cend(); ++it) {
        QStringList row;
        for (int col = 0; col < columnCount; ++col) {
            row << it->value(col);
        }
        rows << row;
    }
    return rows;
}

struct Xlsx
{
    Sheet sheet;
    QByteArray sheetXml;
    QByteArray coreXml;
    QByteArray appXml;
    QByteArray workbookXml;
    QByteArray stylesXml;
    QByteArray sharedStringsXml;
};

Xlsx readXlsx(const QString& path)
{
    Xlsx xlsx;
    xlsx.sheetXml = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    xlsx.coreXml = unzipEntry(path, QStringLiteral("docProps/core.xml"));
    xlsx.appXml = unzipEntry(path, QStringLiteral("docProps/app.xml"));
    xlsx.workbookXml = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    xlsx.stylesXml = unzipEntry(path, QStringLiteral("xl/styles.xml"));
    xlsx.sharedStringsXml = unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    xlsx.sheet = sheetCells(xlsx.sheetXml, sharedStrings(xlsx.sharedStringsXml));
    return xlsx;
}

Xlsx writeAndReadXlsx(const Register& reg)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    const Status written = report::IcoXlsxExport::write(reg, path);
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
    return readXlsx(path);
}

Xlsx readXlsxBytes(const QByteArray& bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbook.xlsx"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    return readXlsx(path);
}

// The look of one cell as styles.xml describes the style its s attribute names.
struct CellLook
{
    bool bold = false;
    bool wrap = false;
    bool top = false;
    QString bottomBorder;
    QString fill;
};

QList<CellLook> cellLooks(const QByteArray& stylesXml)
{
    struct Xf
    {
        int font = 0;
        int fill = 0;
        int border = 0;
        bool wrap = false;
        bool top = false;
    };
    QList<bool> boldFonts;
    QStringList fills;
    QStringList bottomBorders;
    QList<Xf> xfs;
    QString section;
    QXmlStreamReader reader(stylesXml);
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        const QString name = reader.name().toString();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.isEndElement() && name == section) {
            section.clear();
        }
        if (!reader.isStartElement()) {
            continue;
        }
        if (QStringList{QStringLiteral("fonts"), QStringLiteral("fills"), QStringLiteral("borders"),
                        QStringLiteral("cellXfs"), QStringLiteral("cellStyleXfs")}
                .contains(name)) {
            section = name;
        } else if (section == QStringLiteral("fonts") && name == QStringLiteral("font")) {
            boldFonts << false;
        } else if (section == QStringLiteral("fonts") && name == QStringLiteral("b") && !boldFonts.isEmpty()) {
            boldFonts.last() = true;
        } else if (section == QStringLiteral("fills") && name == QStringLiteral("fill")) {
            fills << QString();
        } else if (section == QStringLiteral("fills") && name == QStringLiteral("fgColor") && !fills.isEmpty()) {
            fills.last() = attributes.value(QStringLiteral("rgb")).toString();
        } else if (section == QStringLiteral("borders") && name == QStringLiteral("border")) {
            bottomBorders << QString();
        } else if (section == QStringLiteral("borders") && name == QStringLiteral("bottom") &&
                   !bottomBorders.isEmpty()) {
            bottomBorders.last() = attributes.value(QStringLiteral("style")).toString();
        } else if (section == QStringLiteral("cellXfs") && name == QStringLiteral("xf")) {
            xfs << Xf{attributes.value(QStringLiteral("fontId")).toInt(),
                      attributes.value(QStringLiteral("fillId")).toInt(),
                      attributes.value(QStringLiteral("borderId")).toInt()};
        } else if (section == QStringLiteral("cellXfs") && name == QStringLiteral("alignment") && !xfs.isEmpty()) {
            xfs.last().wrap = attributes.value(QStringLiteral("wrapText")) == QStringLiteral("1");
            xfs.last().top = attributes.value(QStringLiteral("vertical")) == QStringLiteral("top");
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    QList<CellLook> looks;
    for (const Xf& xf : xfs) {
        looks << CellLook{boldFonts.value(xf.font), xf.wrap, xf.top, bottomBorders.value(xf.border),
                          fills.value(xf.fill)};
    }
    return looks;
}

// The style index (the s attribute) of every cell of a worksheet, by reference ("A1").
QMap<QString, int> cellStyleIndexes(const QByteArray& sheetXml)
{
    QMap<QString, int> indexes;
    QXmlStreamReader reader(sheetXml);
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == QLatin1StringView("c")) {
            indexes.insert(reader.attributes().value(QStringLiteral("r")).toString(),
                           reader.attributes().value(QStringLiteral("s")).toInt());
        }
    }
    return indexes;
}

// The text of the first element called name, or a null string.
QString elementText(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader reader(xml);
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement() && reader.qualifiedName() == name) {
            return reader.readElementText();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return {};
}

// The height each row of a worksheet asks for (its ht attribute, a null string without one) and whether it says the
// height is its own (customHeight), by zero-based row.
struct RowHeight
{
    QString ht;
    bool custom = false;
};

QMap<int, RowHeight> rowHeights(const QByteArray& sheetXml)
{
    QMap<int, RowHeight> heights;
    QXmlStreamReader reader(sheetXml);
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == QLatin1StringView("row")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            heights.insert(attributes.value(QStringLiteral("r")).toInt() - 1,
                           {attributes.value(QStringLiteral("ht")).toString(),
                            attributes.value(QStringLiteral("customHeight")) == QStringLiteral("1")});
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return heights;
}

double heightOf(const QMap<int, RowHeight>& heights, int row)
{
    EXPECT_TRUE(heights.contains(row)) << "no row " << row + 1;
    return heights.value(row).ht.toDouble();
}

// The names of the worksheet element's children, in the order the file has them.
QStringList worksheetChildren(const QByteArray& sheetXml)
{
    QStringList names;
    QXmlStreamReader reader(sheetXml);
    int depth = 0;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement()) {
            if (++depth == 2) {
                names << reader.name().toString();
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return names;
}

// ECMA-376 Part 1, 18.3.1.99 (CT_Worksheet): a worksheet's children come in this order; Excel refuses a file, and
// LibreOffice ignores settings, that break it.
void expectWorksheetOrder(const QByteArray& sheetXml)
{
    static const QStringList order{QStringLiteral("sheetPr"),
                                   QStringLiteral("dimension"),
                                   QStringLiteral("sheetViews"),
                                   QStringLiteral("sheetFormatPr"),
                                   QStringLiteral("cols"),
                                   QStringLiteral("sheetData"),
                                   QStringLiteral("sheetCalcPr"),
                                   QStringLiteral("sheetProtection"),
                                   QStringLiteral("protectedRanges"),
                                   QStringLiteral("scenarios"),
                                   QStringLiteral("autoFilter"),
                                   QStringLiteral("sortState"),
                                   QStringLiteral("dataConsolidate"),
                                   QStringLiteral("customSheetViews"),
                                   QStringLiteral("mergeCells"),
                                   QStringLiteral("phoneticPr"),
                                   QStringLiteral("conditionalFormatting"),
                                   QStringLiteral("dataValidations"),
                                   QStringLiteral("hyperlinks"),
                                   QStringLiteral("printOptions"),
                                   QStringLiteral("pageMargins"),
                                   QStringLiteral("pageSetup"),
                                   QStringLiteral("headerFooter"),
                                   QStringLiteral("rowBreaks"),
                                   QStringLiteral("colBreaks"),
                                   QStringLiteral("extLst")};
    const QStringList children = worksheetChildren(sheetXml);
    qsizetype previous = -1;
    for (const QString& child : children) {
        const qsizetype position = order.indexOf(child);
        EXPECT_GE(position, 0) << child.toStdString();
        EXPECT_GT(position, previous) << child.toStdString() << " out of order in "
                                      << children.join(u' ').toStdString();
        previous = std::max(previous, position);
    }
}

// The controller block, an empty row, the titles, then one row per activity.
void expectXlsxMatchesTemplate(const Register& reg, const Xlsx& xlsx)
{
    const auto header = report::IcoTemplate::header(reg);
    for (int i = 0; i < kControllerRows; ++i) {
        EXPECT_EQ(xlsx.sheet.value(i).value(0), header.at(i).first);
        EXPECT_EQ(xlsx.sheet.value(i).value(1), header.at(i).second);
    }
    EXPECT_FALSE(xlsx.sheet.contains(kControllerRows));
    const QStringList columns = report::IcoTemplate::columns();
    const QList<QStringList> rows = sheetRows(xlsx.sheet, kCsvTitleRow, static_cast<int>(columns.size()));
    ASSERT_EQ(rows.size(), 1 + reg.activities.size());
    EXPECT_EQ(rows.first(), columns);
    EXPECT_EQ(rows.mid(1), report::IcoTemplate::rows(reg));
}

// --- IcoTemplate ---

TEST(IcoTemplateTest, ColumnsFollowTheIcoTemplateInOrder)
{
    const QStringList columns = report::IcoTemplate::columns();
    ASSERT_EQ(columns.size(), 25);
    EXPECT_EQ(columns.first(), QStringLiteral("Business function"));
    EXPECT_EQ(columns.at(1), QStringLiteral("Purpose of processing"));
    EXPECT_EQ(columns.at(2), QStringLiteral("Joint controller"));
    EXPECT_EQ(columns.at(9), QStringLiteral("Retention schedule"));
    EXPECT_EQ(columns.at(11), QStringLiteral("Article 6 lawful basis"));
    EXPECT_EQ(columns.at(12), QStringLiteral("Article 9 condition"));
    EXPECT_EQ(columns.at(20), QStringLiteral("DPIA required / progress / link"));
    EXPECT_TRUE(columns.at(22).startsWith(QStringLiteral("DPA 2018 Schedule 1 condition")));
    EXPECT_EQ(columns.last(),
              QStringLiteral("Retained and erased in line with the appropriate policy document (and why not)"));
    EXPECT_EQ(QSet<QString>(columns.cbegin(), columns.cend()).size(), columns.size());
}

TEST(IcoTemplateTest, CellsNameEntriesAndSpellOutDetails)
{
    const QList<QStringList> rows = report::IcoTemplate::rows(test::fullRegister());
    ASSERT_EQ(rows.size(), 2);
    const QStringList& sales = rows.at(0);
    EXPECT_EQ(cell(sales, "Purpose of processing"),
              QStringLiteral("Providing our services\nQuoting, fitting and invoicing\nwindows and doors"));
    EXPECT_EQ(cell(sales, "Joint controller"), QStringLiteral("Analytics provider (joint controller, US)"));
    EXPECT_EQ(
        cell(sales, "Categories of recipients"),
        QStringLiteral("Glass and Glazing Federation (controller, GB); Analytics provider (joint controller, US)"));
    EXPECT_EQ(cell(sales, "Categories of personal data"),
              QStringLiteral("Contact details; Health (special category data)"));
    EXPECT_EQ(cell(sales, "Categories of individuals"), QStringLiteral("Customers"));
    EXPECT_EQ(cell(sales, "Source of the personal data"), QStringLiteral("The data subject; Supplier referral"));
    EXPECT_EQ(cell(sales, "Article 6 lawful basis"),
              QStringLiteral("Contract (Article 6(1)(b)); Legitimate interests (Article 6(1)(f))"));
    EXPECT_EQ(cell(sales, "Legitimate interests pursued"),
              QStringLiteral("Following up quotes (balancing test carried out 2026-01-15)"));
    EXPECT_EQ(cell(sales, "Rights available to individuals"),
              QStringLiteral("To be informed; Access; Rectification; Erasure; Restriction; Data portability; Object"));
    EXPECT_EQ(cell(sales, "Third countries or international organisations"), QStringLiteral("US"));
    EXPECT_EQ(cell(sales, "Safeguards for exceptional transfers"),
              QStringLiteral("US: UK Extension to the EU-US Data Privacy Framework"));
    EXPECT_EQ(cell(sales, "Retention schedule"), QStringLiteral("12 months from quote declined\nDeclined quotes"));
    EXPECT_EQ(cell(sales, "Article 9 condition"), QStringLiteral("Art. 9(2)(a) explicit consent"));
    EXPECT_EQ(cell(sales, "Automated decision-making including profiling"),
              QStringLiteral("Yes: A person reviews every declined finance application"));
    EXPECT_EQ(cell(sales, "DPIA required / progress / link"),
              QStringLiteral("Required, completed\nDPIA-7 in the compliance folder"));
    EXPECT_EQ(cell(sales, "Link to legitimate interests assessment (LIA)"), QStringLiteral("LIA-2026-01"));
    EXPECT_EQ(cell(sales, "Link to contract with processor"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(sales, "Link to record of consent"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(sales, "Location of personal data"), QStringLiteral("Not recorded"));

    const QStringList& payroll = rows.at(1);
    EXPECT_EQ(cell(payroll, "Categories of personal data"),
              QStringLiteral("Criminal record (criminal offence data); Contact details"));
    EXPECT_EQ(cell(payroll, "Article 9 condition"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(payroll, "DPA 2018 Schedule 1 condition (special category or criminal data)"),
              QStringLiteral("DPA 2018 Sch. 1 Part 1 para 1 (employment)"));
    EXPECT_EQ(cell(payroll, "Link to the appropriate policy document"),
              QStringLiteral("Appropriate policy document APD-3"));
    EXPECT_EQ(cell(payroll, "Article 6 lawful basis"),
              QStringLiteral("Legal obligation (Article 6(1)(c)) under Income Tax (PAYE) Regulations 2003; Consent "
                             "(Article 6(1)(a)); Vital interests (Article 6(1)(d)); Public task (Article 6(1)(e))"));
    EXPECT_EQ(cell(payroll, "Legitimate interests pursued"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(payroll, "Link to record of consent"),
              QStringLiteral("Records kept at: HR system, consent log\nObtained: Tick box on the starter form\n"
                             "Withdrawn: Email to HR or untick in the staff portal"));
    EXPECT_EQ(cell(payroll, "Link to contract with processor"),
              QStringLiteral("Payroll bureau: Processing agreement PB-2024-07, shared drive /contracts"));
    EXPECT_EQ(cell(payroll, "Joint controller"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(payroll, "Safeguards for exceptional transfers"),
              QStringLiteral("IE: Adequacy regulations; IN: IDTA signed 2025-02-01"));
    EXPECT_EQ(cell(payroll, "Automated decision-making including profiling"), QStringLiteral("No"));
    EXPECT_EQ(cell(payroll, "DPIA required / progress / link"), QStringLiteral("Required, in progress"));
    EXPECT_TRUE(
        cell(payroll, "Rights available to individuals").endsWith(QStringLiteral("Withdraw consent at any time")));
    expectEveryCellFilled(rows);
}

TEST(IcoTemplateTest, WhatTheRegisterDoesNotHoldSaysNotRecorded)
{
    Register reg;
    Activity bare;
    bare.id = QStringLiteral("bare");
    bare.bases = {{Basis::LegitimateInterests}};
    bare.transfers = {{QStringLiteral("US"), QString()}};
    bare.retention = QStringLiteral("missing-rule");
    reg.activities = {bare};

    const QList<QStringList> rows = report::IcoTemplate::rows(reg);
    ASSERT_EQ(rows.size(), 1);
    expectEveryCellFilled(rows);
    const QStringList& row = rows.first();
    EXPECT_EQ(cell(row, "Business function"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(row, "Purpose of processing"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(row, "Categories of personal data"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(row, "General description of security measures"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(row, "Safeguards for exceptional transfers"), QStringLiteral("US: no safeguard recorded"));
    EXPECT_EQ(cell(row, "Legitimate interests pursued"), QStringLiteral("Not recorded (no balancing test recorded)"));
    EXPECT_EQ(cell(row, "Link to legitimate interests assessment (LIA)"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(row, "DPIA required / progress / link"), QStringLiteral("Not assessed"));
    // A broken reference stays visible instead of disappearing from the record.
    EXPECT_EQ(cell(row, "Retention schedule"), QStringLiteral("missing-rule"));

    for (const auto& [label, value] : report::IcoTemplate::header(reg)) {
        EXPECT_EQ(value, QStringLiteral("Not recorded")) << label.toStdString();
    }
}

TEST(IcoTemplateTest, HeaderHoldsTheControllerDetails)
{
    const auto header = report::IcoTemplate::header(test::fullRegister());
    const QStringList labels{QStringLiteral("Name"),
                             QStringLiteral("Address"),
                             QStringLiteral("Email"),
                             QStringLiteral("Telephone"),
                             QStringLiteral("DPO or privacy contact"),
                             QStringLiteral("Representative"),
                             QStringLiteral("ICO registration number")};
    ASSERT_EQ(header.size(), labels.size());
    for (int i = 0; i < labels.size(); ++i) {
        EXPECT_EQ(header.at(i).first, labels.at(i));
    }
    EXPECT_EQ(header.at(1).second, QStringLiteral("1 High Street\nAndover, SP10 1AA"));
    EXPECT_EQ(header.at(6).second, QStringLiteral("ZA123456"));
}

// --- CSV ---

TEST(CsvWriterTest, NeutralisesWhatASpreadsheetWouldRunAsAFormula)
{
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("=HYPERLINK(\"http://x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("+44 1264")), QStringLiteral("'+44 1264"));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(formats::CsvWriter::escaped(QString()), QString());
}

TEST(CsvWriterTest, QuotesOnlyFieldsThatNeedIt)
{
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("plain text")), QStringLiteral("plain text"));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(formats::CsvWriter::escaped(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    EXPECT_EQ(formats::CsvWriter::escaped(QString()), QString());

    formats::CsvWriter csv;
    csv.addRow({QStringLiteral("a"), QStringLiteral("b c")});
    csv.addEmptyRow();
    csv.addRow({QStringLiteral("ü, 😀")});
    EXPECT_EQ(csv.result(), QByteArray(kBom + QByteArray("a,b c\r\n\r\n\"\xC3\xBC, \xF0\x9F\x98\x80\"\r\n")));
}

// The round trips below are only as strict as this reader.
TEST(CsvReaderTest, RejectsWhatRfc4180Forbids)
{
    EXPECT_TRUE(parseCsv(QStringLiteral("a,\"b\"\"c\"\r\n\"x\ny\",\r\n")).error.isEmpty());
    EXPECT_EQ(parseCsv(QStringLiteral("a,\"b\"\"c\"\r\n\"x\ny\",\r\n")).records,
              (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b\"c")}, {QStringLiteral("x\ny"), QString()}}));
    EXPECT_FALSE(parseCsv(QStringLiteral("a\nb\r\n")).error.isEmpty());
    EXPECT_FALSE(parseCsv(QStringLiteral("a\rb\r\n")).error.isEmpty());
    EXPECT_FALSE(parseCsv(QStringLiteral("a\"b\r\n")).error.isEmpty());
    EXPECT_FALSE(parseCsv(QStringLiteral("\"a\"b\r\n")).error.isEmpty());
    EXPECT_FALSE(parseCsv(QStringLiteral("\"a\r\n")).error.isEmpty());
    EXPECT_FALSE(parseCsv(QStringLiteral("a,b")).error.isEmpty());
}

TEST(IcoCsvExportTest, FullRegisterReadsBackAsTheTemplate)
{
    const Register reg = test::fullRegister();
    const QByteArray bytes = report::IcoCsvExport::write(reg);
    EXPECT_TRUE(bytes.startsWith(kBom));
    expectCsvMatchesTemplate(reg);

    const Csv csv = parseIcoCsv(bytes);
    ASSERT_TRUE(csv.error.isEmpty()) << csv.error.toStdString();
    const QList<QStringList> data = csv.records.mid(kCsvFirstDataRow);
    ASSERT_EQ(data.size(), reg.activities.size());
    for (const QStringList& row : data) {
        EXPECT_EQ(row.size(), report::IcoTemplate::columns().size());
    }
    expectEveryCellFilled(data);
    EXPECT_TRUE(cell(data.first(), "Categories of recipients")
                    .contains(QStringLiteral("Glass and Glazing Federation (controller, GB)")));
    EXPECT_TRUE(cell(data.first(), "Purpose of processing").contains(QLatin1Char('\n')));
    EXPECT_EQ(csv.records.at(1).value(1), QStringLiteral("1 High Street\nAndover, SP10 1AA"));
}

TEST(IcoCsvExportTest, QuotesCommasLineBreaksAndNonAsciiSurvive)
{
    Register reg = test::fullRegister();
    reg.controller.name = QStringLiteral("Fenêtres \"Ünïcode\" Ltd, 東京 😀");
    reg.activities.first().purpose = QStringLiteral("Fitting \"A-rated\" windows,\r\ndoors\tand more");
    reg.activities.last().securityMeasures = QStringLiteral("\"quoted from start to end\"");
    const QByteArray bytes = report::IcoCsvExport::write(reg);
    EXPECT_TRUE(bytes.contains("\"\"A-rated\"\""));
    expectCsvMatchesTemplate(reg);
}

TEST(IcoCsvExportTest, WithoutPreambleStartsWithTheTitles)
{
    const Register reg = test::fullRegister();
    const QByteArray bytes = report::IcoCsvExport::write(reg, report::IcoCsvExport::Preamble::None);
    ASSERT_TRUE(bytes.startsWith(kBom));
    const QByteArray firstLine = bytes.mid(kBom.size(), bytes.indexOf("\r\n") - kBom.size());
    EXPECT_TRUE(firstLine.startsWith("Business function,Purpose of processing,")) << firstLine.toStdString();

    const Csv plain = parseIcoCsv(bytes);
    ASSERT_TRUE(plain.error.isEmpty()) << plain.error.toStdString();
    EXPECT_EQ(plain.records.value(0), report::IcoTemplate::columns());
    const Csv withPreamble = parseIcoCsv(report::IcoCsvExport::write(reg));
    EXPECT_EQ(plain.records, withPreamble.records.mid(kCsvTitleRow));
    EXPECT_EQ(plain.records.size(), 1 + reg.activities.size());
}

TEST(IcoCsvExportTest, KjmDemoHasOneRowPerPurpose)
{
    const Result<Register> demo = formats::DemoRegister::load();
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    ASSERT_EQ(demo->activities.size(), 19);
    expectCsvMatchesTemplate(demo.value());
    const Csv csv = parseIcoCsv(report::IcoCsvExport::write(demo.value()));
    const QList<QStringList> data = csv.records.mid(kCsvFirstDataRow);
    EXPECT_EQ(data.size(), 19);
    expectEveryCellFilled(data);
    const QString allRecipients = [&data] {
        QStringList cells;
        for (const QStringList& row : data) {
            cells << cell(row, "Categories of recipients");
        }
        return cells.join(QLatin1Char('\n'));
    }();
    EXPECT_TRUE(allRecipients.contains(QStringLiteral("Glass and Glazing Federation (controller, GB)")));
}

// --- XLSX ---

TEST(IcoXlsxExportTest, FullRegisterReadsBackAsTheTemplate)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    const Register reg = test::fullRegister();
    const Xlsx xlsx = writeAndReadXlsx(reg);
    expectXlsxMatchesTemplate(reg, xlsx);

    const QStringList sales =
        sheetRows(xlsx.sheet, kCsvFirstDataRow, static_cast<int>(report::IcoTemplate::columns().size())).value(0);
    EXPECT_TRUE(cell(sales, "Categories of recipients")
                    .contains(QStringLiteral("Glass and Glazing Federation (controller, GB)")));
    EXPECT_EQ(cell(sales, "Purpose of processing"),
              QStringLiteral("Providing our services\nQuoting, fitting and invoicing\nwindows and doors"));
    // The title row is frozen, with business function and purpose kept in view.
    EXPECT_TRUE(xlsx.sheetXml.contains("topLeftCell=\"C10\""));
    EXPECT_TRUE(xlsx.sheetXml.contains("state=\"frozen\""));
    EXPECT_TRUE(xlsx.coreXml.contains("<dc:title>Record of processing activities: Example Windows Ltd</dc:title>"));
    EXPECT_TRUE(xlsx.coreXml.contains("<dc:creator>Example Windows Ltd</dc:creator>"));
}

TEST(IcoXlsxExportTest, QuotesControlCharactersAndNonAsciiSurvive)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    Register reg = test::fullRegister();
    reg.controller.name = QStringLiteral("Fenêtres \"Ünïcode\" & <Co> Ltd, 東京 😀");
    reg.activities.first().purpose = QStringLiteral("Fitting \"A-rated\" windows,\r\ndoors\tand \a more");
    expectXlsxMatchesTemplate(reg, writeAndReadXlsx(reg));
}

TEST(IcoXlsxExportTest, KjmDemoHasOneRowPerPurpose)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    const Result<Register> demo = formats::DemoRegister::load();
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    const Xlsx xlsx = writeAndReadXlsx(demo.value());
    expectXlsxMatchesTemplate(demo.value(), xlsx);
    const QList<QStringList> data =
        sheetRows(xlsx.sheet, kCsvFirstDataRow, static_cast<int>(report::IcoTemplate::columns().size()));
    EXPECT_EQ(data.size(), 19);
    expectEveryCellFilled(data);
}

TEST(IcoXlsxExportTest, UnwritablePathIsAnIoErrorNamingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/register.xlsx"));
    const Status written = report::IcoXlsxExport::write(test::fullRegister(), path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("register.xlsx")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(IcoXlsxExportTest, ReplacesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    ASSERT_TRUE(report::IcoXlsxExport::write(test::fullRegister(), path).ok());
    EXPECT_TRUE(test::readBytes(path).startsWith("PK"));
}

TEST(IcoXlsxExportTest, HeaderAndValueCellsKeepTheirFormats)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    const Xlsx xlsx = writeAndReadXlsx(test::fullRegister());
    const QList<CellLook> looks = cellLooks(xlsx.stylesXml);
    const QMap<QString, int> styles = cellStyleIndexes(xlsx.sheetXml);
    auto look = [&](const char* reference) {
        const QString ref = QString::fromLatin1(reference);
        EXPECT_TRUE(styles.contains(ref)) << reference;
        EXPECT_LT(styles.value(ref), looks.size()) << reference;
        return looks.value(styles.value(ref));
    };
    // Controller block: bold labels, wrapped values, both at the top of their cells.
    const CellLook label = look("A1");
    EXPECT_TRUE(label.bold && label.top && !label.wrap && label.bottomBorder.isEmpty() && label.fill.isEmpty());
    const CellLook controllerValue = look("B2");
    EXPECT_TRUE(!controllerValue.bold && controllerValue.wrap && controllerValue.top);
    // Column titles: bold, wrapped, on a light fill above a thin rule.
    for (const char* reference : {"A9", "B9", "Y9"}) {
        const CellLook title = look(reference);
        EXPECT_TRUE(title.bold && title.wrap && title.top) << reference;
        EXPECT_EQ(title.bottomBorder, QStringLiteral("thin")) << reference;
        EXPECT_EQ(title.fill, QStringLiteral("FFD9E1F2")) << reference;
    }
    for (const char* reference : {"A10", "C10", "Y11"}) {
        const CellLook value = look(reference);
        EXPECT_TRUE(!value.bold && value.wrap && value.top && value.bottomBorder.isEmpty() && value.fill.isEmpty())
            << reference;
    }
}

TEST(IcoXlsxExportTest, PrintsLandscapeOnA4WithTheTitlesOnEveryPage)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    const Xlsx xlsx = writeAndReadXlsx(test::fullRegister());
    // Two activities below the titles in row 9; 25 columns, A to Y.
    EXPECT_TRUE(xlsx.sheetXml.contains("<autoFilter ref=\"A9:Y11\"/>")) << xlsx.sheetXml.toStdString();
    EXPECT_TRUE(xlsx.workbookXml.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
                                          "hidden=\"1\">'Record of processing'!$A$9:$Y$11</definedName>"))
        << xlsx.workbookXml.toStdString();
    EXPECT_TRUE(xlsx.workbookXml.contains(
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Record of processing'!$9:$9</definedName>"));
    EXPECT_TRUE(xlsx.workbookXml.contains("<sheet name=\"Record of processing\""));
    for (const char* setting :
         {"paperSize=\"9\"", "orientation=\"landscape\"", "fitToHeight=\"0\"", "pageOrder=\"overThenDown\"",
          "<pageSetUpPr fitToPage=\"1\"/>", "<printOptions gridLines=\"1\"/>"}) {
        EXPECT_TRUE(xlsx.sheetXml.contains(setting)) << setting;
    }
    // 25 columns on one page would print at a quarter of their size: two or three pages across keep them legible.
    static const QRegularExpression fitToWidth(QStringLiteral("fitToWidth=\"([0-9]+)\""));
    const QRegularExpressionMatch pagesAcross = fitToWidth.match(QString::fromUtf8(xlsx.sheetXml));
    ASSERT_TRUE(pagesAcross.hasMatch()) << xlsx.sheetXml.toStdString();
    EXPECT_GE(pagesAcross.captured(1).toInt(), 2);
    EXPECT_LE(pagesAcross.captured(1).toInt(), 3);
    // Every printed page says whose record it is and which page of how many it is.
    EXPECT_TRUE(xlsx.sheetXml.contains("<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter>"
                                       "</headerFooter>"))
        << xlsx.sheetXml.toStdString();
    expectWorksheetOrder(xlsx.sheetXml);
    EXPECT_TRUE(xlsx.appXml.contains("<Company>Example Windows Ltd</Company>")) << xlsx.appXml.toStdString();
    EXPECT_EQ(elementText(xlsx.coreXml, QStringLiteral("dc:description")),
              QStringLiteral("ICO controller documentation template, written by RoPA Manager"));

    // Widths as Excel stores them (Calibri 11: 7 pixels a digit plus 5 of padding): the label column at least
    // 26 characters, the others 14 to 48.
    static const QRegularExpression col(QStringLiteral("<col min=\"(\\d+)\" max=\"\\1\" width=\"([0-9.]+)\" "
                                                       "customWidth=\"1\"/>"));
    QMap<int, double> widths;
    for (auto it = col.globalMatch(QString::fromUtf8(xlsx.sheetXml)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        widths.insert(match.captured(1).toInt(), match.captured(2).toDouble());
    }
    ASSERT_EQ(widths.size(), 25);
    EXPECT_GE(widths.value(1), 26.7109375);
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        EXPECT_GE(it.value(), 14.7109375) << it.key();
        EXPECT_LE(it.value(), 48.7109375) << it.key();
    }
    // "Quoting, fitting and invoicing", 30 characters, is the longest line of a purpose.
    EXPECT_EQ(widths.value(2), 30.7109375);
}

TEST(IcoXlsxExportTest, RowsAreTallEnoughForTheirWrappedText)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    Register reg = test::fullRegister();
    QStringList words;
    for (int i = 0; i < 200; ++i) {
        words << QStringLiteral("quotation");
    }
    reg.activities[0].purpose = words.join(u' '); // 2,000 characters in one paragraph
    const Xlsx xlsx = writeAndReadXlsx(reg);
    const QMap<int, RowHeight> heights = rowHeights(xlsx.sheetXml);

    // Every written row sets its own height, so LibreOffice does not keep its default and overlap the text.
    ASSERT_EQ(heights.size(), kCsvFirstDataRow + reg.activities.size() - 1) << "the empty row is not written";
    for (auto it = heights.cbegin(); it != heights.cend(); ++it) {
        EXPECT_TRUE(it->custom) << "row " << it.key() + 1;
        EXPECT_GE(it->ht.toDouble(), 15) << "row " << it.key() + 1;
        EXPECT_LE(it->ht.toDouble(), 409) << "row " << it.key() + 1;
    }
    // One line of Calibri 11 is 15 points; the address takes two.
    EXPECT_EQ(heightOf(heights, 0), 15);
    EXPECT_EQ(heightOf(heights, 1), 30);
    // The titles wrap, the last one being longer than its column, but on no more than five lines: a column is wide
    // enough for a third of its title, so the row repeated on every printed page stays short.
    EXPECT_GE(heightOf(heights, kCsvTitleRow), 30);
    EXPECT_LE(heightOf(heights, kCsvTitleRow), 75);
    // 2,000 characters in a column at most 48 wide take more than 40 lines: as tall as Excel allows.
    EXPECT_EQ(heightOf(heights, kCsvFirstDataRow), 409);
    EXPECT_GT(heightOf(heights, kCsvFirstDataRow), heightOf(heights, kCsvFirstDataRow + 1));
    // The payroll row's longest cell, its lawful bases, wraps over several lines.
    EXPECT_GE(heightOf(heights, kCsvFirstDataRow + 1), 45);
}

TEST(IcoXlsxExportTest, CellsBeyondExcelsLimitAreCutWithANote)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    constexpr qsizetype kLimit = 32767;
    Register reg = test::fullRegister();
    reg.activities.first().securityMeasures = QString(40000, QLatin1Char('s')) + QStringLiteral("END");
    reg.activities.last().securityMeasures = QString(kLimit - 1, QLatin1Char('k')) + QLatin1Char('K');
    const Xlsx xlsx = writeAndReadXlsx(reg);
    const QList<QStringList> data =
        sheetRows(xlsx.sheet, kCsvFirstDataRow, static_cast<int>(report::IcoTemplate::columns().size()));
    ASSERT_EQ(data.size(), 2);

    const QString cut = cell(data.first(), "General description of security measures");
    EXPECT_EQ(cut.size(), kLimit);
    EXPECT_TRUE(cut.startsWith(QString(32000, QLatin1Char('s'))));
    EXPECT_FALSE(cut.contains(QStringLiteral("END")));
    EXPECT_TRUE(cut.endsWith(QStringLiteral("the register holds the full text]"))) << cut.right(120).toStdString();
    // A text of exactly the limit fits whole.
    const QString whole = cell(data.last(), "General description of security measures");
    EXPECT_EQ(whole, reg.activities.last().securityMeasures);
    EXPECT_EQ(whole.size(), kLimit);
}

TEST(IcoXlsxExportTest, CutNeverSplitsACharacter)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    Register reg = test::fullRegister();
    QString emoji;
    while (emoji.size() < 40000) {
        emoji += QStringLiteral("😀");
    }
    reg.activities.first().securityMeasures = emoji;
    const Xlsx xlsx = writeAndReadXlsx(reg);
    const QString cut =
        cell(sheetRows(xlsx.sheet, kCsvFirstDataRow, static_cast<int>(report::IcoTemplate::columns().size())).value(0),
             "General description of security measures");
    ASSERT_LE(cut.size(), formats::XlsxWorkbook::kMaxCellLength);
    const qsizetype note = cut.indexOf(QStringLiteral("… ["));
    ASSERT_GT(note, 0);
    EXPECT_EQ(note % 2, 0);
    EXPECT_EQ(cut.left(note), emoji.left(note));
}

// --- Nothing but the chosen output holds the register ---

// Sets environment variables for as long as it lives.
class EnvironmentOverride
{
public:
    explicit EnvironmentOverride(const QList<QPair<const char*, QString>>& values)
    {
        for (const auto& [name, value] : values) {
            m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
            qputenv(name, QFile::encodeName(value));
        }
    }
    ~EnvironmentOverride()
    {
        for (const Saved& saved : m_saved) {
            if (saved.wasSet) {
                qputenv(saved.name, saved.value);
            } else {
                qunsetenv(saved.name);
            }
        }
    }
    EnvironmentOverride(const EnvironmentOverride&) = delete;
    EnvironmentOverride& operator=(const EnvironmentOverride&) = delete;

private:
    struct Saved
    {
        const char* name;
        bool wasSet;
        QByteArray value;
    };
    QList<Saved> m_saved;
};

// Makes folder the working folder for as long as it lives.
class WorkingFolderOverride
{
public:
    explicit WorkingFolderOverride(const QString& folder)
        : m_saved(QDir::currentPath())
    {
        EXPECT_TRUE(QDir::setCurrent(folder));
    }
    ~WorkingFolderOverride() { QDir::setCurrent(m_saved); }
    WorkingFolderOverride(const WorkingFolderOverride&) = delete;
    WorkingFolderOverride& operator=(const WorkingFolderOverride&) = delete;

private:
    QString m_saved;
};

#ifdef Q_OS_LINUX
// Reports every file made, opened, changed or moved into the watched folders, even one deleted again at once.
class FolderWatch
{
public:
    explicit FolderWatch(const QStringList& folders)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        EXPECT_GE(m_fd, 0) << "inotify_init1 failed";
        for (const QString& folder : folders) {
            const int watch = inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                                IN_CREATE | IN_OPEN | IN_MODIFY | IN_MOVED_TO | IN_CLOSE_WRITE);
            EXPECT_GE(watch, 0) << folder.toStdString();
            m_folders.insert(watch, folder);
        }
    }
    ~FolderWatch()
    {
        if (m_fd >= 0) {
            close(m_fd);
        }
    }
    FolderWatch(const FolderWatch&) = delete;
    FolderWatch& operator=(const FolderWatch&) = delete;

    // What happened since the last call, one line per event.
    QStringList events()
    {
        QStringList seen;
        alignas(inotify_event) char buffer[64 * 1024];
        for (ssize_t length; (length = read(m_fd, buffer, sizeof buffer)) > 0;) {
            for (ssize_t at = 0; at < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                const QString name = event->len > 0 ? QFile::decodeName(event->name) : QStringLiteral("(the folder)");
                seen << QStringLiteral("%1/%2 (mask 0x%3)")
                            .arg(m_folders.value(event->wd), name, QString::number(event->mask, 16));
                at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
        return seen;
    }

private:
    int m_fd;
    QHash<int, QString> m_folders;
};
#endif

QStringList entriesUnder(const QString& folder)
{
    QStringList entries;
    for (QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        entries << it.next();
    }
    return entries;
}

TEST(IcoXlsxExportTest, RenderWritesNoFileAnywhere)
{
    const QString marker = QStringLiteral("xlsxcanary") + QUuid::createUuid().toString(QUuid::Id128);
    const Register reg = test::canaryRegister(marker);
    QTemporaryDir sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const QStringList folders{sandbox.filePath(QStringLiteral("tmp")), sandbox.filePath(QStringLiteral("cwd")),
                              sandbox.filePath(QStringLiteral("home"))};
    for (const QString& folder : folders) {
        ASSERT_TRUE(QDir().mkpath(folder)) << folder.toStdString();
    }

    Result<QByteArray> bytes = Error{};
    QStringList events;
    {
        const EnvironmentOverride environment(
            {{"TMPDIR", folders.at(0)}, {"TMP", folders.at(0)}, {"TEMP", folders.at(0)}, {"HOME", folders.at(2)}});
        const WorkingFolderOverride workingFolder(folders.at(1));
        ASSERT_EQ(QDir::tempPath(), QDir(folders.at(0)).canonicalPath());
#ifdef Q_OS_LINUX
        FolderWatch watch(folders);
        bytes = report::IcoXlsxExport::render(reg);
        events = watch.events();
        // The watch does see a file made there: the test would notice a scratch file, even a deleted one.
        QFile(QDir(folders.at(0)).filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly);
        QFile::remove(QDir(folders.at(0)).filePath(QStringLiteral("probe")));
        EXPECT_FALSE(watch.events().isEmpty()) << "the folder watch saw nothing";
#else
        bytes = report::IcoXlsxExport::render(reg);
#endif
    }
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    EXPECT_TRUE(events.isEmpty()) << events.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(entriesUnder(sandbox.path()).size() == folders.size())
        << entriesUnder(sandbox.path()).join(QLatin1Char('\n')).toStdString();

    // The canary is in the workbook, only deflated: it shows in the cells once unpacked.
    EXPECT_FALSE(bytes->contains(marker.toUtf8()));
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed to read the workbook back";
    }
    const Xlsx xlsx = readXlsxBytes(bytes.value());
    EXPECT_TRUE(xlsx.sharedStringsXml.contains(marker.toUtf8()));
    expectXlsxMatchesTemplate(reg, xlsx);
}

// --- LibreOffice reads the workbook as the template ---

// CSV as LibreOffice writes it: records end in LF or CRLF, quoted fields may hold either.
QList<QStringList> parseLooseCsv(const QString& text)
{
    QString strict;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        }
        if (!quoted && c == QLatin1Char('\n') && (i == 0 || text.at(i - 1) != QLatin1Char('\r'))) {
            strict += QLatin1Char('\r');
        }
        strict += c;
    }
    const Csv csv = parseCsv(strict);
    EXPECT_TRUE(csv.error.isEmpty()) << csv.error.toStdString();
    QList<QStringList> records = csv.records;
    for (QStringList& record : records) {
        while (!record.isEmpty() && record.last().isEmpty()) {
            record.removeLast();
        }
    }
    return records;
}

TEST(IcoXlsxExportTest, OpensInLibreOfficeAsTheTemplate)
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty()) {
        office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    }
    if (office.isEmpty()) {
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    }
    const Register reg = test::fullRegister();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    ASSERT_TRUE(report::IcoXlsxExport::write(reg, path).ok());
    QProcess process;
    process.start(office,
                  {QStringLiteral("-env:UserInstallation=") +
                       QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                   QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), QStringLiteral("--outdir"),
                   dir.filePath(QStringLiteral("out")), path});
    ASSERT_TRUE(process.waitForFinished(180000)) << "LibreOffice did not finish";
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QByteArray csvBytes = test::readBytes(dir.filePath(QStringLiteral("out/register.csv")));
    ASSERT_FALSE(csvBytes.isEmpty()) << process.readAllStandardOutput().toStdString();
    QString text = QString::fromUtf8(csvBytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QList<QStringList> records = parseLooseCsv(text);
    ASSERT_EQ(records.size(), kCsvFirstDataRow + reg.activities.size());
    const auto header = report::IcoTemplate::header(reg);
    for (int i = 0; i < kControllerRows; ++i) {
        EXPECT_EQ(records.at(i), (QStringList{header.at(i).first, header.at(i).second}));
    }
    EXPECT_TRUE(records.at(kControllerRows).isEmpty());
    EXPECT_EQ(records.at(kCsvTitleRow), report::IcoTemplate::columns());
    EXPECT_EQ(records.mid(kCsvFirstDataRow), report::IcoTemplate::rows(reg));
}

// --- XlsxWorkbook ---

TEST(XlsxWorkbookTest, CellTextSurvivesWhateverItHolds)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    const QStringList texts{
        QStringLiteral("_x0041_ is typed, not an escape; so is _x005F_"),
        QStringLiteral("CRLF\r\nCR alone\r LF\n"),
        QStringLiteral("bell \a, escape \x1B, nul ") + QChar(0) + QStringLiteral(" end"),
        QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" high, lone ") + QChar(0xDC00) +
            QStringLiteral(" low"),
        QChar(0xFFFF) + QStringLiteral(" and ") + QChar(0xFFFE),
        QStringLiteral("  spaces around  "),
        QStringLiteral("\ttab first"),
        QStringLiteral("& < > \" ' ]]> &amp;"),
        QStringLiteral("😀 東京 Fenêtres"),
    };
    formats::XlsxWorkbook book(QStringLiteral("Texts"));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        book.setText(static_cast<int>(i), 0, texts.at(i));
        book.setText(static_cast<int>(i), 3, texts.at(i)); // shared once, used twice
    }
    const Result<QByteArray> bytes = book.toBytes();
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    const Xlsx xlsx = readXlsxBytes(bytes.value());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(xlsx.sheet.value(static_cast<int>(i)).value(0), texts.at(i)) << i;
        EXPECT_EQ(xlsx.sheet.value(static_cast<int>(i)).value(3), texts.at(i)) << i;
    }
    EXPECT_TRUE(xlsx.sharedStringsXml.contains(QByteArray("uniqueCount=\"" + QByteArray::number(texts.size()) + '"')));
    EXPECT_TRUE(xlsx.sharedStringsXml.contains("<t xml:space=\"preserve\">  spaces around  </t>"));
}

TEST(XlsxWorkbookTest, PropertiesDropWhatXmlCannotHold)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    formats::XlsxWorkbook book(QStringLiteral("It's & <it>"));
    formats::XlsxWorkbook::Properties properties;
    properties.title = QStringLiteral("A\x01"
                                      "B & <C> \"D\" 😀") +
        QChar(0xD800) + QChar(0xFFFF);
    properties.creator = QStringLiteral("Line\r\nbreak");
    properties.created = QDateTime(QDate(2026, 3, 31), QTime(9, 30), Qt::UTC);
    book.setProperties(properties);
    book.setText(0, 0, QStringLiteral("x"));
    book.repeatRowsOnEveryPage(0, 0);
    const Result<QByteArray> bytes = book.toBytes();
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    const Xlsx xlsx = readXlsxBytes(bytes.value());
    EXPECT_EQ(elementText(xlsx.coreXml, QStringLiteral("dc:title")), QStringLiteral("AB & <C> \"D\" 😀"));
    EXPECT_EQ(elementText(xlsx.coreXml, QStringLiteral("dc:creator")), QStringLiteral("Line\r\nbreak"));
    EXPECT_EQ(elementText(xlsx.coreXml, QStringLiteral("dcterms:created")), QStringLiteral("2026-03-31T09:30:00Z"));
    EXPECT_TRUE(xlsx.appXml.contains("<TitlesOfParts><vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>It's &amp; "
                                     "&lt;it&gt;</vt:lpstr>"))
        << xlsx.appXml.toStdString();
    EXPECT_TRUE(xlsx.workbookXml.contains("<sheet name=\"It's &amp; &lt;it&gt;\""));
    EXPECT_EQ(elementText(xlsx.workbookXml, QStringLiteral("definedName")), QStringLiteral("'It''s & <it>'!$1:$1"));
    EXPECT_EQ(xlsx.sheet.value(0).value(0), QStringLiteral("x"));
}

TEST(XlsxWorkbookTest, RowHeightsFollowTheWrappedLines)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    formats::XlsxWorkbook::Format wrapped;
    wrapped.wrap = true;
    formats::XlsxWorkbook book(QStringLiteral("Heights"));
    book.setColumnWidth(0, 10);
    book.setColumnWidth(1, 40);
    book.setText(0, 0, QStringLiteral("short"), wrapped);
    book.setText(1, 0, QStringLiteral("one\ntwo\nthree"), wrapped);
    // Eight words of four letters: at most two to a line ten characters wide.
    book.setText(2, 0, QStringLiteral("aaaa bbbb cccc dddd eeee ffff gggg hhhh"), wrapped);
    book.setText(2, 1, QStringLiteral("fits"), wrapped);
    // A cell that does not wrap stays on one line, however long.
    book.setText(3, 0, QString(200, QLatin1Char('x')));
    // A word longer than the column is broken over as many lines as it needs.
    book.setText(4, 0, QString(35, QLatin1Char('x')), wrapped);
    // Wide characters take two columns' worth each.
    book.setText(5, 1, QString(30, QChar(0x6771)), wrapped);
    book.setText(6, 0, QString(5000, QLatin1Char('x')), wrapped);
    const Result<QByteArray> bytes = book.toBytes();
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    const Xlsx xlsx = readXlsxBytes(bytes.value());
    const QMap<int, RowHeight> heights = rowHeights(xlsx.sheetXml);
    EXPECT_EQ(heightOf(heights, 0), 15);
    EXPECT_EQ(heightOf(heights, 1), 45);
    EXPECT_GE(heightOf(heights, 2), 60);
    EXPECT_LE(heightOf(heights, 2), 75);
    EXPECT_EQ(heightOf(heights, 3), 15);
    EXPECT_GE(heightOf(heights, 4), 60);
    EXPECT_GE(heightOf(heights, 5), 30);
    EXPECT_EQ(heightOf(heights, 6), 409);
    for (auto it = heights.cbegin(); it != heights.cend(); ++it) {
        EXPECT_TRUE(it->custom) << "row " << it.key() + 1;
    }
    expectWorksheetOrder(xlsx.sheetXml);
}

TEST(XlsxWorkbookTest, SheetNamesFollowExcelsRules)
{
    EXPECT_EQ(formats::XlsxWorkbook(QStringLiteral("Record of processing")).sheetName(),
              QStringLiteral("Record of processing"));
    EXPECT_EQ(formats::XlsxWorkbook(QStringLiteral("Q1: [draft] a/b\\c*?")).sheetName(),
              QStringLiteral("Q1 draft abc"));
    EXPECT_EQ(formats::XlsxWorkbook(QStringLiteral("'quoted'")).sheetName(), QStringLiteral("quoted"));
    EXPECT_EQ(formats::XlsxWorkbook(QString(40, QLatin1Char('n'))).sheetName(), QString(31, QLatin1Char('n')));
    EXPECT_EQ(formats::XlsxWorkbook(QString(30, QLatin1Char('n')) + QStringLiteral("😀")).sheetName(),
              QString(30, QLatin1Char('n')));
    EXPECT_EQ(formats::XlsxWorkbook(QStringLiteral("[]\n")).sheetName(), QStringLiteral("Sheet1"));
}

TEST(XlsxWorkbookTest, RefusesWhatExcelCannotHold)
{
    formats::XlsxWorkbook fits(QStringLiteral("Sheet"));
    fits.setText(0, 0, QString(formats::XlsxWorkbook::kMaxCellLength, QLatin1Char('x')));
    fits.setText(formats::XlsxWorkbook::kMaxRows - 1, formats::XlsxWorkbook::kMaxColumns - 1, QStringLiteral("x"));
    EXPECT_TRUE(fits.toBytes().ok());

    formats::XlsxWorkbook tooLong(QStringLiteral("Sheet"));
    tooLong.setText(2, 1, QString(formats::XlsxWorkbook::kMaxCellLength + 1, QLatin1Char('x')));
    const Result<QByteArray> refused = tooLong.toBytes();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("B3"))) << refused.error().message.toStdString();

    formats::XlsxWorkbook outside(QStringLiteral("Sheet"));
    outside.setText(formats::XlsxWorkbook::kMaxRows, 0, QStringLiteral("x"));
    EXPECT_FALSE(outside.toBytes().ok());
    formats::XlsxWorkbook negative(QStringLiteral("Sheet"));
    negative.setText(0, -1, QStringLiteral("x"));
    EXPECT_FALSE(negative.toBytes().ok());
}

TEST(XlsxWorkbookTest, ColumnReferencesGoPastZ)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    formats::XlsxWorkbook book(QStringLiteral("Sheet"));
    for (const int column : {0, 25, 26, 51, 52, 701, 702, 16383}) {
        book.setText(0, column, QString::number(column));
    }
    const Result<QByteArray> bytes = book.toBytes();
    ASSERT_TRUE(bytes.ok());
    const Xlsx xlsx = readXlsxBytes(bytes.value());
    for (const char* reference : {"A1", "Z1", "AA1", "AZ1", "BA1", "ZZ1", "AAA1", "XFD1"}) {
        EXPECT_TRUE(xlsx.sheetXml.contains(QByteArray("<c r=\"" + QByteArray(reference) + '"'))) << reference;
    }
    for (const int column : {0, 25, 26, 51, 52, 701, 702, 16383}) {
        EXPECT_EQ(xlsx.sheet.value(0).value(column), QString::number(column));
    }
}

} // namespace
