#include "PdfText.h"
#include "TestSupport.h"
#include "WellKeptRegister.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/NoticeImporter.h"
#include "formats/RegisterJsonWriter.h"
#include "report/DocumentKind.h"
#include "report/LawfulBasisMatrix.h"
#include "report/MatrixDocument.h"
#include "report/PrivacyNotice.h"
#include "report/RegisterHtmlDocument.h"
#include "report/RegisterPdf.h"
#include "session/ExportDocument.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

report::DocumentInfo infoFor(const Register& reg)
{
    return {QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC), 7, Fingerprint::of(reg)};
}

Register demo()
{
    Result<Register> reg = formats::DemoRegister::load();
    EXPECT_TRUE(reg.ok());
    return reg ? reg.value() : Register{};
}

// Written once for the tests that read the demo's PDF.
class DemoPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_pdf = s_dir->filePath(QStringLiteral("register.pdf"));
        const Register reg = demo();
        ASSERT_TRUE(report::RegisterPdf::write(reg, infoFor(reg), s_pdf).ok());
        s_text = new QString(test::pdfFlatText(s_pdf));
    }
    static void TearDownTestSuite()
    {
        delete s_text;
        delete s_dir;
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QString s_pdf;
    static inline QString* s_text = nullptr;
};

TEST_F(DemoPdfTest, HoldsEveryPurposeRecipientAndTheController)
{
    const Register reg = demo();
    ASSERT_FALSE(s_text->isEmpty());
    EXPECT_TRUE(s_text->contains(QStringLiteral("KJM Group Ltd")));
    EXPECT_TRUE(s_text->contains(QStringLiteral("9 Mylen Business Centre, Andover, Hampshire, SP10 3HR")));
    for (const Activity& a : reg.activities) {
        EXPECT_TRUE(s_text->contains(a.purpose.simplified())) << a.purpose.toStdString();
    }
    for (const Recipient& r : reg.recipients) {
        EXPECT_TRUE(s_text->contains(r.name.simplified())) << r.name.toStdString();
    }
    EXPECT_TRUE(s_text->contains(QStringLiteral("Glass and Glazing Federation")));
    EXPECT_FALSE(s_text->contains(QStringLiteral("Fedration")));
}

TEST_F(DemoPdfTest, CoverCarriesFingerprintVersionAndDate)
{
    const Register reg = demo();
    EXPECT_TRUE(s_text->contains(Fingerprint::of(reg)));
    EXPECT_TRUE(s_text->contains(QStringLiteral("Register version 7")));
    EXPECT_TRUE(s_text->contains(QStringLiteral("25 November 2026")));
}

TEST_F(DemoPdfTest, EveryPageSaysPageNOfM)
{
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {s_pdf});
    const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
    ASSERT_GT(pages, 10);
    for (int page = 1; page <= pages; ++page) {
        EXPECT_TRUE(s_text->contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages))) << page;
    }
    EXPECT_EQ(s_text->count(QStringLiteral("KJM Group Ltd Page ")), pages) << "the controller's name in every footer";
}

TEST_F(DemoPdfTest, ContentsPageNumbersPointAtTheirSections)
{
    const QString contents = test::runPoppler(QStringLiteral("pdftotext"),
                                              {QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("2"),
                                               QStringLiteral("-l"), QStringLiteral("2"), s_pdf, QStringLiteral("-")});
    for (const QString& title : {QStringLiteral("1. Lawful-basis matrix"), QStringLiteral("2.1 Providing our services"),
                                 QStringLiteral("2.14 To detect and prevent fraud, money-laundering and other crimes."),
                                 QStringLiteral("3. Recipients"), QStringLiteral("5. International transfers")}) {
        const QRegularExpressionMatch match =
            QRegularExpression(QRegularExpression::escape(title) + QStringLiteral(R"( (\d+)\n)")).match(contents);
        ASSERT_TRUE(match.hasMatch()) << title.toStdString() << " not in the contents";
        const QString page = match.captured(1);
        const QString text = test::runPoppler(QStringLiteral("pdftotext"),
                                              {QStringLiteral("-raw"), QStringLiteral("-f"), page, QStringLiteral("-l"),
                                               page, s_pdf, QStringLiteral("-")});
        EXPECT_TRUE(text.contains(title + QLatin1Char('\n')))
            << title.toStdString() << " is not on page " << page.toStdString();
    }
}

TEST_F(DemoPdfTest, MetadataAndA4Landscape)
{
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {s_pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("Title:           Record of Processing Activities - KJM Group Ltd")))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Author:          KJM Group Ltd")));
    EXPECT_TRUE(info.contains(QStringLiteral("Subject:         Record of processing activities under Article 30")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(CreationDate:\s+\S)")).match(info).hasMatch());
    EXPECT_TRUE(info.contains(QStringLiteral("Page size:       841.89 x 595.276 pts (A4)")) ||
                info.contains(QStringLiteral("Page size:       842 x 595 pts (A4)")))
        << info.toStdString();
    // The XMP packet says the same as the Info dictionary, as PDF/A requires.
    const QByteArray bytes = test::readBytes(s_pdf);
    EXPECT_TRUE(bytes.contains("pdfaid:part=\"1\" pdfaid:conformance=\"B\""));
    EXPECT_TRUE(bytes.contains("<dc:creator><rdf:Seq><rdf:li>KJM Group Ltd</rdf:li></rdf:Seq></dc:creator>"));
}

TEST_F(DemoPdfTest, AllFontsAreEmbedded)
{
    const QStringList lines =
        test::runPoppler(QStringLiteral("pdffonts"), {s_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "no fonts at all: is a font package installed?";
    for (const QString& line : lines.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 5);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(DemoPdfTest, MatrixMarkersEqualTheTextMatrix)
{
    const report::LawfulBasisMatrix matrix(demo());
    int number = 0;
    for (const report::LawfulBasisMatrix::Row& row : matrix.rows()) {
        // The grid row: number, purpose, then the markers in their columns.
        QStringList markers;
        for (const Basis basis : row.bases) {
            markers << matrix.marker(basis);
        }
        const QString gridRow = QString::number(++number) + QLatin1Char(' ') + row.purpose.simplified() +
            QLatin1Char(' ') + markers.join(QLatin1Char(' ')) + QLatin1Char(' ');
        EXPECT_TRUE(s_text->contains(gridRow)) << gridRow.toStdString();
    }
}

TEST_F(DemoPdfTest, EmptyFieldsSayNotRecorded)
{
    EXPECT_TRUE(s_text->contains(QStringLiteral("ICO registration number Not recorded")));
    EXPECT_TRUE(s_text->contains(QStringLiteral("Transfers (e) Not recorded")));
    EXPECT_FALSE(s_text->contains(QStringLiteral("null")));
}

TEST_F(DemoPdfTest, RightsFollowTheBases)
{
    // "Verifying your identity" is contract + legal obligation + legitimate interests.
    EXPECT_TRUE(s_text->contains(QStringLiteral(
        "Rights available To be informed; Access; Rectification; Erasure; Restriction; Data portability; Object")));
    // "To detect and prevent fraud" relies on legal obligation alone.
    EXPECT_TRUE(
        s_text->contains(QStringLiteral("Rights available To be informed; Access; Rectification; Restriction ")));
}

TEST(LongRegisterPdfTest, ThreeHundredActivitiesPaginateWithoutClippingAndRepeatHeaders)
{
    Register reg = test::syntheticRegister(300);
    for (qsizetype i = 0; i < reg.activities.size(); i += 7) {
        // Some purposes long enough to wrap over several lines in every table that holds them.
        reg.activities[i].purpose +=
            QStringLiteral(" including all of the arrangements, records and follow-up work that "
                           "this entails for customers, prospective customers and our staff, ending %1")
                .arg(i);
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(report::RegisterPdf::write(reg, infoFor(reg), pdf).ok());
    const QString text = test::pdfFlatText(pdf);
    for (const Activity& a : reg.activities) {
        ASSERT_TRUE(text.contains(a.purpose.simplified())) << "cut: " << a.purpose.toStdString();
    }
    // The matrix grid runs over several pages; its header row must head each of them.
    const QString header = QStringLiteral("# Purpose Contract * Legal obl. ** Legit. int. ***");
    EXPECT_GE(text.count(header), 3) << "the grid's header row is not repeated";
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST(HtmlRegisterTest, HoldsWhatThePdfHolds)
{
    const Register reg = demo();
    const QString html = QString::fromUtf8(report::RegisterHtmlDocument::write(reg, infoFor(reg)));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("@media print")));
    EXPECT_FALSE(html.contains(QStringLiteral("<link"))) << "self-contained: no external style sheets";
    EXPECT_TRUE(html.contains(Fingerprint::of(reg)));
    for (const Activity& a : reg.activities) {
        EXPECT_TRUE(html.contains(a.purpose.simplified().toHtmlEscaped())) << a.purpose.toStdString();
    }
    for (const Recipient& r : reg.recipients) {
        EXPECT_TRUE(html.contains(r.name.toHtmlEscaped())) << r.name.toStdString();
    }
}

TEST(HtmlRegisterTest, ShowsTheLawTheAssessmentAndTheConsentRecordOfEachBasis)
{
    const Register reg = test::fullRegister();
    const QString html = QString::fromUtf8(report::RegisterHtmlDocument::write(reg, infoFor(reg)));
    EXPECT_TRUE(html.contains(QStringLiteral("Legal obligation (Income Tax (PAYE) Regulations 2003, ")))
        << "the law beside its basis";
    for (const char* text : {"Legitimate interests assessment: ", "Passed: people's interests do not override ours",
                             "Assessed on: 2026-01-15", "Reviewer: Jane Smith", "Assessment kept at: LIA-2026-01",
                             "How consent is obtained: Tick box on the starter form",
                             "How it is withdrawn: Email to HR or untick in the staff portal",
                             "Consent records kept at: HR system, consent log", "DPA 2018 Schedule 1 condition",
                             "DPA 2018 Sch. 1 Part 1 para 1 (employment)", "Appropriate policy document APD-3",
                             "Screened on: 2025-11-03", "DPIA kept at: DPIA-7 in the compliance folder",
                             "A person reviews every declined finance application", "2026-02-28 by Sales manager"}) {
        EXPECT_TRUE(html.contains(QString::fromUtf8(text))) << text;
    }
}

TEST(MatrixDocumentTest, CsvAndHtmlCarryTheSameMarkersAsTheText)
{
    const Register reg = demo();
    const report::LawfulBasisMatrix matrix(reg);
    const QStringList lines =
        QString::fromUtf8(report::MatrixDocument::csv(reg)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 20);
    EXPECT_TRUE(report::MatrixDocument::csv(reg).startsWith("\xEF\xBB\xBF")) << "a BOM, so Excel reads UTF-8";
    for (qsizetype i = 0; i < matrix.rows().size(); ++i) {
        const report::LawfulBasisMatrix::Row& row = matrix.rows().at(i);
        QStringList markers;
        for (const Basis basis : row.bases) {
            markers << matrix.marker(basis);
        }
        EXPECT_TRUE(
            lines.at(i + 1).endsWith(QLatin1Char('"') + markers.join(QStringLiteral(", ")) + QLatin1Char('"')) ||
            lines.at(i + 1).endsWith(QLatin1Char(',') + markers.join(QStringLiteral(", "))))
            << lines.at(i + 1).toStdString();
    }
    const QString html = QString::fromUtf8(report::MatrixDocument::html(reg));
    EXPECT_EQ(html.count(QStringLiteral("class=\"marker\">***</td>")), 16)
        << "legitimate interests on 16 of 19 purposes";
    EXPECT_EQ(html.count(QStringLiteral("class=\"marker\">*</td>")), 10);
    EXPECT_EQ(html.count(QStringLiteral("class=\"marker\">**</td>")), 8);
}

TEST(PrivacyNoticeTest, DemoNoticeHasTheSeedListAndTheIcoComplaintRoute)
{
    const Register reg = demo();
    const QString text = report::PrivacyNotice(reg, infoFor(reg)).text();
    const QStringList golden = QString::fromUtf8(test::readBytes(test::dataPath(QStringLiteral("kjm-matrix.txt"))))
                                   .split(QLatin1Char('\n'))
                                   .mid(0, 19);
    for (const QString& line : golden) {
        EXPECT_TRUE(text.contains(QStringLiteral("  \u2022 ") + line + QLatin1Char('\n'))) << line.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("contract with you*")));
    EXPECT_TRUE(text.contains(QStringLiteral("legal obligations**")));
    EXPECT_TRUE(text.contains(QStringLiteral("third parties***")));
    EXPECT_TRUE(text.contains(QStringLiteral("ico.org.uk")));
    EXPECT_TRUE(text.contains(QStringLiteral("0303 123 1113")));
    EXPECT_TRUE(text.contains(QStringLiteral("Glass and Glazing Federation, for contacting you")));
    const QString html = QString::fromUtf8(report::PrivacyNotice(reg, infoFor(reg)).html());
    EXPECT_TRUE(html.contains(QStringLiteral("<li>Providing our services (*, ***)</li>")));
}

TEST(PrivacyNoticeTest, GeneratedNoticeImportsBackToTheSameMatrix)
{
    Register reg = test::fullRegister(); // uses consent, vital interests and public task as well
    const QString text = report::PrivacyNotice(reg, infoFor(reg)).text();
    const Result<Register> imported = formats::NoticeImporter::parse(text, QStringLiteral("generated.txt"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(report::LawfulBasisMatrix(imported.value()).toText(), report::LawfulBasisMatrix(reg).toText());

    const Result<Register> fromHtml = formats::NoticeImporter::parse(
        QString::fromUtf8(report::PrivacyNotice(demo(), infoFor(demo())).html()), QStringLiteral("generated.html"));
    ASSERT_TRUE(fromHtml.ok()) << fromHtml.error().message.toStdString();
    EXPECT_EQ(report::LawfulBasisMatrix(fromHtml.value()).toText(), report::LawfulBasisMatrix(demo()).toText());
}

TEST(DocumentKindTest, EveryDocumentIsWrittenAndNotEmpty)
{
    const Register reg = demo();
    QTemporaryDir dir;
    for (const report::DocumentKind& d : report::DocumentKind::all()) {
        const QString path = dir.filePath(d.fileName);
        const Status status = session::ExportDocument::write(d, reg, infoFor(reg), path, {});
        ASSERT_TRUE(status.ok()) << d.fileName.toStdString() << ": " << status.error().message.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 500) << d.fileName.toStdString();
    }
    EXPECT_TRUE(test::pdfFlatText(dir.filePath(QStringLiteral("privacy-notice.pdf")))
                    .contains(QStringLiteral("Providing our services (*, ***)")));
    // The grid's narrow column says the basis short; the legend under it says it in full.
    const QString matrix = test::pdfFlatText(dir.filePath(QStringLiteral("lawful-basis-matrix.pdf")));
    EXPECT_TRUE(matrix.contains(QStringLiteral("Legit. int. ***")));
    EXPECT_TRUE(matrix.contains(QStringLiteral("*** Legitimate interests (Article 6(1)(f))")));
}

TEST(DocumentKindTest, RenderGivesTheBytesThatWriteWrites)
{
    const Register reg = demo();
    QTemporaryDir dir;
    for (const report::DocumentKind& d : report::DocumentKind::all()) {
        const Result<QByteArray> rendered = d.render(reg, infoFor(reg));
        ASSERT_TRUE(rendered.ok()) << d.fileName.toStdString() << ": " << rendered.error().message.toStdString();
        EXPECT_GT(rendered.value().size(), 500) << d.fileName.toStdString();
        if (!d.binary) {
            const QString path = dir.filePath(d.fileName);
            ASSERT_TRUE(session::ExportDocument::write(d, reg, infoFor(reg), path, {}).ok());
            EXPECT_EQ(test::readBytes(path), rendered.value()) << d.fileName.toStdString();
        }
    }
}

// Where a word first appears on page 1, in points, as `pdftotext -bbox` finds it.
QRectF firstWordBox(const QString& pdf, const QString& word)
{
    const QString html = test::runPoppler(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                           QStringLiteral("1"), QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpressionMatch m =
        QRegularExpression(
            QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re") +
            QRegularExpression::escape(word) + QStringLiteral("</word>"))
            .match(html);
    if (!m.hasMatch()) {
        return {};
    }
    return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                  QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
}

TEST(RegisterPrintTest, PaintsOnADeviceOfAnotherResolutionAsThePdfLooks)
{
    const Register reg = demo();
    QTemporaryDir dir;
    const QString reference = dir.filePath(QStringLiteral("reference.pdf"));
    ASSERT_TRUE(report::RegisterPdf::write(reg, infoFor(reg), reference).ok());

    // A printer paints at its own resolution, typically far above the 96 dpi of the layout.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    const std::unique_ptr<report::PdfComposer> composer = report::RegisterPdf::compose(reg, infoFor(reg));
    {
        QPdfWriter writer(printed);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        ASSERT_TRUE(composer->paint(writer));
    }
    const QString text = test::pdfFlatText(printed);
    for (const Activity& a : reg.activities) {
        EXPECT_TRUE(text.contains(a.purpose.simplified())) << a.purpose.toStdString();
    }
    const QString info = test::runPoppler(QStringLiteral("pdfinfo"), {printed});
    const int pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info).captured(1).toInt();
    EXPECT_EQ(pages, composer->pageCount());
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));

    // The same words in the same places and sizes: the running footer (right-aligned, so only its height and
    // line are compared: glyph advances are rounded differently at 96 dpi) and the text of the cover.
    const QRectF expectedFooter = firstWordBox(reference, QStringLiteral("Page"));
    const QRectF actualFooter = firstWordBox(printed, QStringLiteral("Page"));
    ASSERT_FALSE(expectedFooter.isEmpty());
    EXPECT_NEAR(actualFooter.top(), expectedFooter.top(), 1);
    EXPECT_NEAR(actualFooter.height(), expectedFooter.height(), 0.5);
    const QRectF expected = firstWordBox(reference, QStringLiteral("KJM"));
    const QRectF actual = firstWordBox(printed, QStringLiteral("KJM"));
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_NEAR(actual.left(), expected.left(), 1);
    EXPECT_NEAR(actual.top(), expected.top(), 1);
    EXPECT_NEAR(actual.height(), expected.height(), 0.5);
}

} // namespace

TEST(RegisterFindingsTest, CoverCountsTheOpenFindingsAndTheAnnexListsThem)
{
    const Register reg = demo();
    report::DocumentInfo info = infoFor(reg);
    info.withFindings = true;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("register.pdf"));
    ASSERT_TRUE(report::RegisterPdf::write(reg, info, pdf).ok());
    const QString text = test::pdfFlatText(pdf);
    EXPECT_TRUE(text.contains(
        QStringLiteral("Open findings 3 errors, 57 warnings, 19 for information when produced (rule set 2026.12)")))
        << "the cover's count";
    EXPECT_TRUE(text.contains(QStringLiteral("6. Findings")));
    EXPECT_TRUE(text.contains(QStringLiteral("Checked on 25 November 2026 against rule set 2026.12: 3 errors, 57 "
                                             "warnings, 19 for information.")));
    // The annex is the last part: the errors come first in it, each named with its rule.
    const qsizetype annex = text.lastIndexOf(QStringLiteral("6. Findings"));
    const qsizetype firstError = text.indexOf(QStringLiteral("Error RB"), annex);
    const qsizetype firstWarning = text.indexOf(QStringLiteral("Warning RB"), annex);
    const qsizetype firstInfo = text.indexOf(QStringLiteral("Information RB"), annex);
    EXPECT_GT(firstError, annex);
    EXPECT_GT(firstWarning, firstError);
    EXPECT_GT(firstInfo, firstWarning);
    EXPECT_TRUE(text.indexOf(QStringLiteral("RB008"), annex) > annex) << "the DBS finding";

    const QString html = QString::fromUtf8(report::RegisterHtmlDocument::write(reg, info));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"findings\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>RB008</td>")) || html.contains(QStringLiteral(">RB008<")));

    report::DocumentInfo plain = infoFor(reg);
    const QString withoutAnnex = QString::fromUtf8(report::RegisterHtmlDocument::write(reg, plain));
    EXPECT_FALSE(withoutAnnex.contains(QStringLiteral("id=\"findings\"")));
    EXPECT_FALSE(withoutAnnex.contains(QStringLiteral("6. Findings")));
    EXPECT_TRUE(withoutAnnex.contains(QStringLiteral("57 warnings"))) << "the cover counts without the annex too";
}

TEST(RegisterFindingsTest, AWellKeptRegisterSaysItHasNone)
{
    const Register reg = test::wellKeptRegister();
    report::DocumentInfo info{QDateTime(test::wellKeptToday(), QTime(9, 0), Qt::UTC), 1, Fingerprint::of(reg), true};
    const QString html = QString::fromUtf8(report::RegisterHtmlDocument::write(reg, info));
    EXPECT_TRUE(html.contains(QStringLiteral("The checks found nothing to report.")))
        << "a well-kept register has no findings at all, so its annex says so";
}

TEST(PrivacyNoticeTest, NamesTheLawBesideAPurposeThatRestsOnALegalObligation)
{
    const Register reg = test::fullRegister();
    QString expected;
    for (const Activity& a : reg.activities) {
        const LawfulBasis* lo = a.findBasis(Basis::LegalObligation);
        if (lo && !lo->law.isEmpty()) {
            expected = QStringLiteral(", we must use your information under ") + lo->law + QLatin1Char('.');
        }
    }
    ASSERT_FALSE(expected.isEmpty()) << "the fixture has a legal obligation with its law";
    const report::PrivacyNotice notice(reg, infoFor(reg));
    EXPECT_TRUE(notice.text().contains(expected)) << notice.text().toStdString();
    EXPECT_TRUE(QString::fromUtf8(notice.html()).contains(expected.toHtmlEscaped()));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    const std::optional<report::DocumentKind> kind =
        report::DocumentKind::forCommandLine(QStringLiteral("export"), QStringLiteral("notice"), pdf);
    ASSERT_TRUE(kind);
    ASSERT_TRUE(session::ExportDocument::write(*kind, reg, infoFor(reg), pdf, {}).ok());
    EXPECT_TRUE(test::pdfFlatText(pdf).contains(expected));
}

TEST(DocumentKindTest, AFileNameSaysWhichKindItHolds)
{
    using T = report::DocumentKind::Type;
    const report::DocumentKind json = report::DocumentKind::of(T::RegisterJson);
    const report::DocumentKind html = report::DocumentKind::of(T::RegisterHtml);
    const report::DocumentKind notice = report::DocumentKind::of(T::NoticePdf);

    EXPECT_TRUE(json.isNamedFor(QStringLiteral("register.ropa.json")));
    EXPECT_FALSE(json.isNamedFor(QStringLiteral("notice.pdf")));
    EXPECT_TRUE(json.isNamedForAnother(QStringLiteral("notice.pdf")));
    EXPECT_TRUE(json.isNamedForAnother(QStringLiteral("kjm.ropa")));
    EXPECT_FALSE(json.isNamedForAnother(QStringLiteral("register.json"))) << "still says JSON";
    EXPECT_FALSE(json.isNamedForAnother(QStringLiteral("register"))) << "says nothing";
    EXPECT_EQ(json.renamedFor(QStringLiteral("notice.pdf")), QStringLiteral("notice.ropa.json"));
    EXPECT_EQ(json.renamedFor(QStringLiteral("register.json")), QStringLiteral("register.ropa.json"));
    EXPECT_EQ(json.renamedFor(QStringLiteral("register")), QStringLiteral("register.ropa.json"));

    EXPECT_TRUE(html.isNamedFor(QStringLiteral("Register.HTM")));
    EXPECT_TRUE(notice.isNamedForAnother(QStringLiteral("notice.ropa.json")));
    EXPECT_EQ(notice.renamedFor(QStringLiteral("notice.ropa.json")), QStringLiteral("notice.pdf"));
    EXPECT_FALSE(notice.isNamedFor(QStringLiteral(".pdf"))) << "an ending alone is no name";
}
