#include "TestSupport.h"
#include "formats/CsvWriter.h"
#include "formats/DemoRegister.h"
#include "report/IcoCsvExport.h"
#include "report/IcoTemplate.h"
#include "report/IcoXlsxExport.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

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
};

Xlsx writeAndReadXlsx(const Register& reg)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    const Status written = report::IcoXlsxExport::write(reg, path);
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
    Xlsx xlsx;
    xlsx.sheetXml = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    xlsx.coreXml = unzipEntry(path, QStringLiteral("docProps/core.xml"));
    xlsx.sheet = sheetCells(xlsx.sheetXml, sharedStrings(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"))));
    return xlsx;
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
    EXPECT_EQ(cell(sales, "Automated decision-making including profiling"), QStringLiteral("Yes"));
    EXPECT_EQ(cell(sales, "DPIA required / progress / link"), QStringLiteral("Required, completed"));
    EXPECT_EQ(cell(sales, "Link to record of consent"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(sales, "Location of personal data"), QStringLiteral("Not recorded"));

    const QStringList& payroll = rows.at(1);
    EXPECT_EQ(cell(payroll, "Categories of personal data"),
              QStringLiteral("Criminal record (criminal offence data); Contact details"));
    EXPECT_EQ(cell(payroll, "Article 9 condition"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(payroll, "DPA 2018 Schedule 1 condition (special category or criminal data)"),
              QStringLiteral("DPA 2018 Sch. 1 Part 1 para 1 (employment)"));
    EXPECT_EQ(cell(payroll, "Link to the appropriate policy document"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(payroll, "Legitimate interests pursued"), QStringLiteral("Not applicable"));
    EXPECT_EQ(cell(payroll, "Link to record of consent"), QStringLiteral("Not recorded"));
    EXPECT_EQ(cell(payroll, "Link to contract with processor"), QStringLiteral("Not recorded"));
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
    bare.bases = {{Basis::LegitimateInterests, {}, std::nullopt}};
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

} // namespace
