#include "report/PdfAssembler.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "report/RegisterPdf.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;
using report::PdfAssembler;
using report::PdfDestination;
using report::PdfLink;
using report::PdfOutlineEntry;

namespace {

report::PdfMetadata metadata()
{
    return {QStringLiteral("Record of Processing Activities – Café Überblick"),
            QStringLiteral("KJM Group Ltd"),
            QStringLiteral("Record of processing activities under Article 30"),
            QStringLiteral("RoPA Manager test"),
            QStringLiteral("Qt test"),
            QDateTime(QDate(2026, 11, 25), QTime(9, 30, 5), Qt::UTC)};
}

// A PDF/A-1b file as PdfComposer::render writes one: one page per text, A4 portrait, at 72 dpi so painter units
// are PDF points.
QByteArray paintedPdf(const QStringList& pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(metadata().title);
        writer.setDocumentXmpMetadata(metadata().xmp());
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0) {
                writer.newPage();
            }
            painter.drawText(QPointF(72, 100), pages.at(i));
        }
    }
    return buffer.data();
}

bool haveQpdf()
{
    return !QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty();
}

struct QpdfRun
{
    int exitCode = -1;
    QByteArray out;
};

QpdfRun qpdf(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("qpdf"), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << "qpdf did not finish";
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError()};
}

// qpdf's JSON (version 2) of the whole file: pages, outlines and every object.
QJsonObject jsonOf(const QString& path)
{
    const QpdfRun run = qpdf({QStringLiteral("--json=2"), path});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    return QJsonDocument::fromJson(run.out).object();
}

// The object "N 0 R" as its JSON value.
QJsonValue objectOf(const QJsonObject& json, const QString& ref)
{
    const QJsonObject objects = json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
    return objects.value(QStringLiteral("obj:") + ref).toObject().value(QStringLiteral("value"));
}

// The top of a page's MediaBox: PDF's y of the page's top edge.
qreal pageTop(const QJsonObject& json, const QString& pageRef)
{
    return objectOf(json, pageRef).toObject().value(QStringLiteral("/MediaBox")).toArray().at(3).toDouble();
}

QJsonObject catalogOf(const QJsonObject& json)
{
    const QJsonObject objects = json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
    const QJsonObject trailer =
        objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("value")).toObject();
    return objectOf(json, trailer.value(QStringLiteral("/Root")).toString()).toObject();
}

QString pageText(const QString& pdf, int page)
{
    return test::runPoppler(QStringLiteral("pdftotext"),
                            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                             pdf, QStringLiteral("-")})
        .simplified();
}

// Two front pages (cover, contents), three body pages, bookmarks for two parts and an activity, and links from the
// contents and from a body page.
class AssembledPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_pdf = s_dir->filePath(QStringLiteral("assembled.pdf"));
        const PdfAssembler::Input input{
            paintedPdf({QStringLiteral("Body one"), QStringLiteral("Body two"), QStringLiteral("Body three")}),
            paintedPdf({QStringLiteral("Cover page"), QStringLiteral("Contents page")}),
            metadata(),
            {PdfOutlineEntry{QStringLiteral("1. Lawful-basis matrix"), 0, PdfDestination{2, 100}},
             PdfOutlineEntry{QStringLiteral("2. Activities"), 0, PdfDestination{3, 0}},
             PdfOutlineEntry{QStringLiteral("2.1 Payroll – Gehälter"), 1, PdfDestination{3, 200}},
             PdfOutlineEntry{QStringLiteral("2.2 Marketing"), 1, PdfDestination{4, 50.5}}},
            {PdfLink{1, QRectF(72, 90, 300, 20), PdfDestination{3, 200}},
             PdfLink{4, QRectF(10, 700, 100, 12), PdfDestination{2, 0}}}};
        Result<QByteArray> out = PdfAssembler::assemble(input);
        ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
        s_bytes = new QByteArray(out.value());
        QFile file(s_pdf);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(*s_bytes);
    }
    static void TearDownTestSuite()
    {
        delete s_bytes;
        delete s_dir;
    }
    void SetUp() override
    {
        if (!haveQpdf()) {
            GTEST_SKIP() << "the qpdf program is not installed (./dev.sh installs it)";
        }
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_pdf;
    static inline QByteArray* s_bytes = nullptr;
};

TEST_F(AssembledPdfTest, FrontPagesComeBeforeTheBody)
{
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {s_pdf});
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(Pages:\s+5\n)")).match(info).hasMatch()) << info.toStdString();
    EXPECT_EQ(pageText(s_pdf, 1), QStringLiteral("Cover page"));
    EXPECT_EQ(pageText(s_pdf, 2), QStringLiteral("Contents page"));
    EXPECT_EQ(pageText(s_pdf, 3), QStringLiteral("Body one"));
    EXPECT_EQ(pageText(s_pdf, 5), QStringLiteral("Body three"));
}

TEST_F(AssembledPdfTest, BookmarksNestAndLeadToTheirPages)
{
    const QJsonObject json = jsonOf(s_pdf);
    const QJsonArray outlines = json.value(QStringLiteral("outlines")).toArray();
    ASSERT_EQ(outlines.size(), 2);
    const QJsonObject matrix = outlines.at(0).toObject();
    const QJsonObject activities = outlines.at(1).toObject();
    EXPECT_EQ(matrix.value(QStringLiteral("title")).toString(), QStringLiteral("1. Lawful-basis matrix"));
    EXPECT_EQ(matrix.value(QStringLiteral("destpageposfrom1")).toInt(), 3);
    EXPECT_TRUE(matrix.value(QStringLiteral("kids")).toArray().isEmpty());
    EXPECT_EQ(activities.value(QStringLiteral("title")).toString(), QStringLiteral("2. Activities"));
    EXPECT_EQ(activities.value(QStringLiteral("destpageposfrom1")).toInt(), 4);
    const QJsonArray kids = activities.value(QStringLiteral("kids")).toArray();
    ASSERT_EQ(kids.size(), 2);
    EXPECT_EQ(kids.at(0).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("2.1 Payroll – Gehälter"));
    EXPECT_EQ(kids.at(0).toObject().value(QStringLiteral("destpageposfrom1")).toInt(), 4);
    EXPECT_EQ(kids.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("2.2 Marketing"));
    EXPECT_EQ(kids.at(1).toObject().value(QStringLiteral("destpageposfrom1")).toInt(), 5);

    // The destination's top, counted from the top of the page, becomes PDF's y from the bottom.
    const QJsonObject item =
        objectOf(json, kids.at(1).toObject().value(QStringLiteral("object")).toString()).toObject();
    const QJsonArray dest = item.value(QStringLiteral("/Dest")).toArray();
    ASSERT_EQ(dest.size(), 5);
    EXPECT_EQ(dest.at(1).toString(), QStringLiteral("/XYZ"));
    const qreal top = pageTop(json, dest.at(0).toString());
    EXPECT_GT(top, 800) << "A4 portrait";
    EXPECT_NEAR(dest.at(3).toDouble(), top - 50.5, 0.01);
    EXPECT_EQ(catalogOf(json).value(QStringLiteral("/PageMode")).toString(), QStringLiteral("/UseOutlines"));
}

TEST_F(AssembledPdfTest, LinksSitWhereAskedAndLeadToTheirPages)
{
    const QJsonObject json = jsonOf(s_pdf);
    const QJsonArray pages = json.value(QStringLiteral("pages")).toArray();
    ASSERT_EQ(pages.size(), 5);
    QStringList pageRefs;
    for (const QJsonValue& page : pages) {
        pageRefs << page.toObject().value(QStringLiteral("object")).toString();
    }
    const auto annotsOf = [&](int page) {
        // QPdfWriter writes every page's /Annots as a reference to an array of its own.
        const QJsonValue annots = objectOf(json, pageRefs.at(page)).toObject().value(QStringLiteral("/Annots"));
        return annots.isString() ? objectOf(json, annots.toString()).toArray() : annots.toArray();
    };
    EXPECT_TRUE(annotsOf(0).isEmpty());
    EXPECT_TRUE(annotsOf(2).isEmpty());
    EXPECT_TRUE(annotsOf(3).isEmpty());
    const QJsonArray contentsLinks = annotsOf(1);
    ASSERT_EQ(contentsLinks.size(), 1);
    const QJsonObject link = objectOf(json, contentsLinks.at(0).toString()).toObject();
    EXPECT_EQ(link.value(QStringLiteral("/Subtype")).toString(), QStringLiteral("/Link"));
    EXPECT_EQ(link.value(QStringLiteral("/F")).toInt(), 4) << "PDF/A-1 wants every annotation printable";
    const QJsonValue border = link.value(QStringLiteral("/Border")); // one array every link refers to
    EXPECT_EQ(border.isString() ? objectOf(json, border.toString()).toArray() : border.toArray(),
              QJsonArray({0, 0, 0}));
    EXPECT_FALSE(link.contains(QStringLiteral("/A")));
    const qreal top = pageTop(json, pageRefs.at(1));
    ASSERT_GT(top, 800) << "A4 portrait";
    const QJsonArray rect = link.value(QStringLiteral("/Rect")).toArray();
    ASSERT_EQ(rect.size(), 4);
    EXPECT_NEAR(rect.at(0).toDouble(), 72, 0.01);
    EXPECT_NEAR(rect.at(1).toDouble(), top - 110, 0.01);
    EXPECT_NEAR(rect.at(2).toDouble(), 372, 0.01);
    EXPECT_NEAR(rect.at(3).toDouble(), top - 90, 0.01);
    const QJsonArray dest = link.value(QStringLiteral("/Dest")).toArray();
    ASSERT_EQ(dest.size(), 5);
    EXPECT_EQ(dest.at(0).toString(), pageRefs.at(3));
    EXPECT_NEAR(dest.at(3).toDouble(), top - 200, 0.01);

    const QJsonArray bodyLinks = annotsOf(4);
    ASSERT_EQ(bodyLinks.size(), 1);
    const QJsonObject back = objectOf(json, bodyLinks.at(0).toString()).toObject();
    EXPECT_EQ(back.value(QStringLiteral("/Dest")).toArray().at(0).toString(), pageRefs.at(2));
}

TEST_F(AssembledPdfTest, PassesQpdfCheck)
{
    const QpdfRun check = qpdf({QStringLiteral("--check"), s_pdf});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("No syntax or stream encoding errors found")) << check.out.toStdString();
}

TEST_F(AssembledPdfTest, StaysPdfA1b)
{
    EXPECT_TRUE(s_bytes->startsWith("%PDF-1.4\n"));
    EXPECT_FALSE(s_bytes->contains("/ObjStm")) << "PDF/A-1 has no object streams";
    EXPECT_FALSE(s_bytes->contains("/XRef")) << "PDF/A-1 has no cross-reference streams";
    EXPECT_TRUE(s_bytes->contains("\nxref\n"));
    EXPECT_FALSE(s_bytes->contains("/Encrypt"));
    // The body's catalog stays the document's: its XMP packet, unfiltered, and its output intent.
    const QJsonObject json = jsonOf(s_pdf);
    const QJsonObject catalog = catalogOf(json);
    EXPECT_TRUE(catalog.value(QStringLiteral("/OutputIntents")).isArray());
    ASSERT_TRUE(catalog.value(QStringLiteral("/Metadata")).isString());
    EXPECT_TRUE(s_bytes->contains("pdfaid:part=\"1\" pdfaid:conformance=\"B\""));
    EXPECT_TRUE(s_bytes->contains("<dc:creator><rdf:Seq><rdf:li>KJM Group Ltd</rdf:li></rdf:Seq></dc:creator>"));
    // PDF/A-1 requires the trailer's /ID.
    const QJsonObject trailer = json.value(QStringLiteral("qpdf"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("trailer"))
                                    .toObject()
                                    .value(QStringLiteral("value"))
                                    .toObject();
    EXPECT_EQ(trailer.value(QStringLiteral("/ID")).toArray().size(), 2);

    const QStringList fonts =
        test::runPoppler(QStringLiteral("pdffonts"), {s_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(fonts.size(), 2) << "no fonts at all";
    for (const QString& line : fonts.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 5);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(AssembledPdfTest, InfoDictionarySaysWhatTheXmpSays)
{
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), s_pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("Title:           Record of Processing Activities – Café Überblick")))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Author:          KJM Group Ltd")));
    EXPECT_TRUE(info.contains(QStringLiteral("Subject:         Record of processing activities under Article 30")));
    EXPECT_TRUE(info.contains(QStringLiteral("Creator:         RoPA Manager test")));
    EXPECT_TRUE(info.contains(QStringLiteral("Producer:        Qt test")));
    EXPECT_TRUE(info.contains(QStringLiteral("CreationDate:    2026-11-25T09:30:05Z"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("ModDate:         2026-11-25T09:30:05Z")));
    EXPECT_TRUE(s_bytes->contains("xmp:CreateDate=\"2026-11-25T09:30:05Z\""));
    EXPECT_EQ(metadata().infoDate(), QByteArray("D:20261125093005Z"));
}

TEST(PdfAssemblerTest, SameInputGivesTheSameBytes)
{
    const QByteArray body = paintedPdf({QStringLiteral("Only page")});
    const PdfAssembler::Input input{body, {}, metadata(), {PdfOutlineEntry{QStringLiteral("Start"), 0, {}}}, {}};
    const Result<QByteArray> first = PdfAssembler::assemble(input);
    const Result<QByteArray> second = PdfAssembler::assemble(input);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first.value(), second.value());
}

TEST(PdfAssemblerTest, DamagedBodyIsOneSentenceNotACrash)
{
    const QByteArray good = paintedPdf({QStringLiteral("Only page")});
    for (const QByteArray& body : {QByteArray("this is not a PDF at all"), QByteArray(), good.left(good.size() / 2),
                                   good.left(good.size() - 40)}) {
        const Result<QByteArray> out = PdfAssembler::assemble({body, {}, metadata(), {}, {}});
        ASSERT_FALSE(out.ok()) << body.size();
        EXPECT_EQ(out.error().code, ErrorCode::Io);
        EXPECT_TRUE(out.error().message.startsWith(QStringLiteral("The PDF could not be finished")))
            << out.error().message.toStdString();
        EXPECT_TRUE(out.error().message.endsWith(QLatin1Char('.'))) << out.error().message.toStdString();
    }
    const Result<QByteArray> badFront =
        PdfAssembler::assemble({good, QByteArray("%PDF-1.4 garbage"), metadata(), {}, {}});
    EXPECT_FALSE(badFront.ok());
}

TEST(PdfAssemblerTest, PagesOutsideTheDocumentAreOneSentence)
{
    const QByteArray body = paintedPdf({QStringLiteral("One"), QStringLiteral("Two")});
    const Result<QByteArray> bookmark =
        PdfAssembler::assemble({body, {}, metadata(), {PdfOutlineEntry{QStringLiteral("Far"), 0, {5, 0}}}, {}});
    ASSERT_FALSE(bookmark.ok());
    EXPECT_EQ(bookmark.error().message,
              QStringLiteral("The document has 2 pages, so a bookmark cannot lead to page 6."));

    const Result<QByteArray> linkOn =
        PdfAssembler::assemble({body, {}, metadata(), {}, {PdfLink{-1, QRectF(0, 0, 10, 10), {}}}});
    ASSERT_FALSE(linkOn.ok());
    EXPECT_EQ(linkOn.error().message,
              QStringLiteral("The document has 2 pages, so a link cannot be placed on page 0."));

    const Result<QByteArray> linkTo =
        PdfAssembler::assemble({body, {}, metadata(), {}, {PdfLink{1, QRectF(0, 0, 10, 10), {2, 0}}}});
    ASSERT_FALSE(linkTo.ok());
    EXPECT_EQ(linkTo.error().message, QStringLiteral("The document has 2 pages, so a link cannot lead to page 3."));
}

TEST(PdfAssemblerTest, DeeperLevelWithoutParentHangsUnderThePreviousEntry)
{
    if (!haveQpdf()) {
        GTEST_SKIP() << "the qpdf program is not installed (./dev.sh installs it)";
    }
    const QByteArray body = paintedPdf({QStringLiteral("One")});
    const Result<QByteArray> out = PdfAssembler::assemble(
        {body,
         {},
         metadata(),
         {PdfOutlineEntry{QStringLiteral("Top"), 0, {}}, PdfOutlineEntry{QStringLiteral("Skipped a level"), 3, {}},
          PdfOutlineEntry{QStringLiteral("Second top"), 0, {}}},
         {}});
    ASSERT_TRUE(out.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("levels.pdf"));
    test::writeBytes(path, out.value());
    const QJsonArray outlines = jsonOf(path).value(QStringLiteral("outlines")).toArray();
    ASSERT_EQ(outlines.size(), 2);
    const QJsonArray kids = outlines.at(0).toObject().value(QStringLiteral("kids")).toArray();
    ASSERT_EQ(kids.size(), 1);
    EXPECT_EQ(kids.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Skipped a level"));
    EXPECT_EQ(qpdf({QStringLiteral("--check"), path}).exitCode, 0);
}

// The KJM demo's Article 30 register, as `ropa-cli export --format pdf` writes it.
bool writeDemoRegisterPdf(const QString& path)
{
    const Register reg = formats::DemoRegister::load().value();
    const report::DocumentInfo info{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC), 7, Fingerprint::of(reg)};
    return report::RegisterPdf::write(reg, info, path).ok();
}

// Every PDF the program writes goes through PdfComposer::render and so through the assembler.
TEST(PdfAssemblerTest, TheDemoRegisterPdfPassesQpdfCheck)
{
    if (!haveQpdf()) {
        GTEST_SKIP() << "the qpdf program is not installed (./dev.sh installs it)";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_TRUE(writeDemoRegisterPdf(path));
    const QpdfRun check = qpdf({QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("No syntax or stream encoding errors found")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("PDF Version: 1.4")) << check.out.toStdString();
    EXPECT_TRUE(test::readBytes(path).contains("pdfaid:part=\"1\" pdfaid:conformance=\"B\""));
}

// The demo register's bookmarks and links, read back with qpdf: every part and activity has a bookmark leading to
// the page its heading is on, and the contents link to each of those pages.
TEST(RegisterNavigationTest, BookmarksAndContentsLinksLeadToTheirSections)
{
    if (!haveQpdf()) {
        GTEST_SKIP() << "the qpdf program is not installed (./dev.sh installs it)";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_TRUE(writeDemoRegisterPdf(path));
    const QJsonObject json = jsonOf(path);

    const Register reg = formats::DemoRegister::load().value();
    const QJsonArray outlines = json.value(QStringLiteral("outlines")).toArray();
    QStringList titles;
    QJsonArray activities;
    QSet<int> sectionPages;
    for (const QJsonValue& value : outlines) {
        const QJsonObject entry = value.toObject();
        titles << entry.value(QStringLiteral("title")).toString();
        const int page = entry.value(QStringLiteral("destpageposfrom1")).toInt();
        EXPECT_TRUE(pageText(path, page).contains(titles.last()))
            << titles.last().toStdString() << " not on page " << page;
        if (titles.last() != QLatin1StringView("Contents")) {
            sectionPages.insert(page);
        }
        if (titles.last() == QLatin1StringView("2. Processing activities")) {
            activities = entry.value(QStringLiteral("kids")).toArray();
        }
    }
    EXPECT_EQ(titles,
              QStringList({QStringLiteral("Contents"), QStringLiteral("1. Lawful-basis matrix"),
                           QStringLiteral("2. Processing activities"), QStringLiteral("3. Recipients"),
                           QStringLiteral("4. Retention rules"), QStringLiteral("5. International transfers")}));
    ASSERT_EQ(activities.size(), reg.activities.size());
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const QJsonObject entry = activities.at(i).toObject();
        const QString heading = QStringLiteral("2.%1 ").arg(i + 1) + reg.activities.at(i).purpose.simplified();
        EXPECT_EQ(entry.value(QStringLiteral("title")).toString(), heading);
        const int page = entry.value(QStringLiteral("destpageposfrom1")).toInt();
        sectionPages.insert(page);
        EXPECT_TRUE(pageText(path, page).contains(heading.left(40)))
            << heading.toStdString() << " not on page " << page;
    }

    // The links of the contents page lead to every one of those pages.
    QHash<QString, int> pageNumbers;
    QStringList pageRefs;
    for (const QJsonValue& page : json.value(QStringLiteral("pages")).toArray()) {
        pageRefs << page.toObject().value(QStringLiteral("object")).toString();
        pageNumbers.insert(pageRefs.last(), static_cast<int>(pageRefs.size()));
    }
    const QJsonValue annots = objectOf(json, pageRefs.at(1)).toObject().value(QStringLiteral("/Annots"));
    const QJsonArray links = annots.isString() ? objectOf(json, annots.toString()).toArray() : annots.toArray();
    QSet<int> linked;
    for (const QJsonValue& ref : links) {
        const QJsonObject link = objectOf(json, ref.toString()).toObject();
        linked.insert(pageNumbers.value(link.value(QStringLiteral("/Dest")).toArray().at(0).toString()));
    }
    EXPECT_EQ(linked, sectionPages);
    EXPECT_GE(links.size(), reg.activities.size() + 5);
}

} // namespace
