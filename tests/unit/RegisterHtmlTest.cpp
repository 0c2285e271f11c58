#include "report/RegisterHtml.h"

#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "report/MatrixDocument.h"
#include "report/RegisterHtmlDocument.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <gtest/gtest.h>

using namespace ropa;
using report::RegisterHtml;

namespace {

report::DocumentInfo infoFor(const Register& reg, bool withFindings = false)
{
    return {QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC), 7, Fingerprint::of(reg), withFindings};
}

Register demo()
{
    Result<Register> reg = formats::DemoRegister::load();
    EXPECT_TRUE(reg.ok());
    return reg ? reg.value() : Register{};
}

// A document set up as the PDF sets up each fragment's: no margin, design metrics, the 8 pt document font and the
// text width of an A4 landscape page in 1/96 inch (297 mm less two 15 mm margins).
std::unique_ptr<QTextDocument> layOut(const QString& html, const QString& css)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setUseDesignMetrics(true);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(css);
    doc->setTextWidth(267 / 25.4 * 96);
    doc->setHtml(html);
    (void)doc->size(); // lays it out
    return doc;
}

struct Links
{
    QStringList names; // anchor names (targets)
    QStringList hrefs; // link targets, as written
    QList<QTextCharFormat> linkFormats;
};

// The anchors as QTextDocument keeps them, which is where the PDF finds them.
Links linksIn(const QString& html, const QString& css = RegisterHtml::styleSheet())
{
    const auto doc = layOut(html, css);
    Links links;
    for (QTextBlock block = doc->begin(); block != doc->end(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            links.names += format.anchorNames();
            if (!format.anchorHref().isEmpty()) {
                links.hrefs << format.anchorHref();
                links.linkFormats << format;
            }
        }
    }
    return links;
}

// Every href="#x" of a HTML page and every id or name it could point at.
void expectEveryLinkHasATarget(const QString& html)
{
    QSet<QString> targets;
    const QRegularExpression target(QStringLiteral(R"re(\b(?:id|name)="([^"]+)")re"));
    for (auto it = target.globalMatch(html); it.hasNext();) {
        targets.insert(it.next().captured(1));
    }
    const QRegularExpression href(QStringLiteral(R"re(href="#([^"]*)")re"));
    int links = 0;
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(1);
        ++links;
        EXPECT_TRUE(targets.contains(name)) << "no target for #" << name.toStdString();
    }
    EXPECT_GT(links, 0);
}

// A register in which the first recipient is used by the activities for which usedBy says so, and by no other.
Register withFirstRecipientUsedBy(int activityCount, const std::function<bool(int)>& usedBy)
{
    Register reg = test::syntheticRegister(activityCount);
    const QString id = reg.recipients.first().id;
    for (int i = 0; i < activityCount; ++i) {
        QStringList& recipients = reg.activities[i].recipients;
        recipients.removeAll(id);
        if (usedBy(i)) {
            recipients.prepend(id);
        }
    }
    return reg;
}

} // namespace

TEST(RegisterAnchorsTest, EveryPartAndActivityHasItsTargetInTheTextDocument)
{
    const Register reg = demo();
    const RegisterHtml html(reg, infoFor(reg, true));
    EXPECT_TRUE(linksIn(html.matrixPart().lead).names.contains(QStringLiteral("part-matrix")));
    EXPECT_TRUE(linksIn(html.recipientsPart().lead).names.contains(QStringLiteral("part-recipients")));
    EXPECT_TRUE(linksIn(html.retentionPart().lead).names.contains(QStringLiteral("part-retention")));
    EXPECT_TRUE(linksIn(html.transfersPart().lead).names.contains(QStringLiteral("part-transfers")));
    EXPECT_TRUE(linksIn(html.findingsPart().lead).names.contains(QStringLiteral("part-findings")));
    ASSERT_EQ(reg.activities.size(), 19);
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        const QStringList names = linksIn(html.activitySection(i)).names;
        EXPECT_TRUE(names.contains(QStringLiteral("activity-%1").arg(i + 1))) << i;
        EXPECT_EQ(RegisterHtml::activityAnchor(i), QStringLiteral("activity-%1").arg(i + 1));
        EXPECT_EQ(names.contains(QStringLiteral("part-activities")), i == 0) << i;
    }
}

TEST(RegisterAnchorsTest, ContentsEntriesNameAndLinkTheirSections)
{
    const Register reg = demo();
    const RegisterHtml html(reg, infoFor(reg, true));
    const QList<RegisterHtml::ContentsEntry> entries = html.contentsEntries();
    QStringList anchors;
    for (const RegisterHtml::ContentsEntry& e : entries) {
        anchors << e.anchor;
        const Links links = linksIn(html.contentsLine(e));
        EXPECT_EQ(links.hrefs, QStringList{QLatin1Char('#') + e.anchor}) << e.title.toStdString();
    }
    QStringList expected{QStringLiteral("part-matrix"), QStringLiteral("part-activities")};
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        expected << RegisterHtml::activityAnchor(i);
    }
    expected << QStringLiteral("part-recipients") << QStringLiteral("part-retention")
             << QStringLiteral("part-transfers") << QStringLiteral("part-findings");
    EXPECT_EQ(anchors, expected);
    EXPECT_FALSE(html.hasReferenceIndex()) << "no list in the demo is long enough";
}

TEST(RegisterAnchorsTest, LinksDoNotLookLikeWebLinks)
{
    const Register reg = demo();
    const RegisterHtml html(reg, infoFor(reg));
    const Links links = linksIn(html.recipientsPart().table.rowHtml(0), RegisterHtml::tableStyleSheet());
    ASSERT_FALSE(links.linkFormats.isEmpty());
    for (const QTextCharFormat& format : links.linkFormats) {
        EXPECT_FALSE(format.fontUnderline());
        EXPECT_NE(format.foreground().color(), QColor(Qt::blue));
        EXPECT_EQ(format.foreground().color(), QColor(QStringLiteral("#1a1a1a")));
    }
    const QString css = RegisterHtml::styleSheet();
    EXPECT_TRUE(css.contains(QStringLiteral("text-decoration: none")));
}

TEST(RegisterAnchorsTest, EveryLinkOfTheHtmlRegisterHasATarget)
{
    const Register reg = demo();
    const QString page = QString::fromUtf8(report::RegisterHtmlDocument::write(reg, infoFor(reg, true)));
    expectEveryLinkHasATarget(page);
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        EXPECT_TRUE(page.contains(QStringLiteral("href=\"#activity-%1\"").arg(i + 1))) << "contents entry " << i;
    }

    const Register big = withFirstRecipientUsedBy(600, [](int i) { return i % 2 == 0; });
    const QString bigPage = QString::fromUtf8(report::RegisterHtmlDocument::write(big, infoFor(big)));
    expectEveryLinkHasATarget(bigPage);
    EXPECT_TRUE(bigPage.contains(QStringLiteral("name=\"part-index\"")));
}

TEST(UsedByTest, AShortListLinksEachSectionInline)
{
    const Register reg = withFirstRecipientUsedBy(20, [](int i) { return i == 1 || i == 2 || i == 3 || i == 9; });
    const RegisterHtml html(reg, infoFor(reg));
    const report::DocumentPart part = html.recipientsPart();
    const QString cell = part.table.rows.first().last();
    EXPECT_EQ(cell,
              QStringLiteral("<a href=\"#activity-2\">2.2</a>\u2013<a href=\"#activity-4\">2.4</a>, "
                             "<a href=\"#activity-10\">2.10</a>"));
    EXPECT_EQ(
        linksIn(cell).hrefs,
        (QStringList{QStringLiteral("#activity-2"), QStringLiteral("#activity-4"), QStringLiteral("#activity-10")}));
    EXPECT_FALSE(html.hasReferenceIndex());
}

TEST(UsedByTest, ALongListGivesTheCountAndAnIndexEntryOfFoldedRuns)
{
    // Used by two activities in every four: 2.1-2.2, 2.5-2.6, ... 500 activities in 250 runs.
    const Register reg = withFirstRecipientUsedBy(1000, [](int i) { return i % 4 < 2; });
    const RegisterHtml html(reg, infoFor(reg));
    const QString cell = html.recipientsPart().table.rows.first().last();
    EXPECT_EQ(cell, QStringLiteral("<a href=\"#index-recipient-1\">500 activities (see the index)</a>"));
    ASSERT_TRUE(html.hasReferenceIndex());

    const report::DocumentPart index = html.referenceIndexPart();
    EXPECT_TRUE(index.lead.contains(QStringLiteral("6. Index of references")));
    EXPECT_TRUE(linksIn(index.lead).names.contains(QStringLiteral("part-index")));
    const QString all = index.html();
    EXPECT_TRUE(all.contains(QStringLiteral("name=\"index-recipient-1\"")));
    EXPECT_TRUE(all.contains(reg.recipients.first().name.toHtmlEscaped()));
    EXPECT_TRUE(all.contains(QStringLiteral("<a href=\"#activity-1\">2.1</a>\u2013<a href=\"#activity-2\">2.2</a>, "
                                            "<a href=\"#activity-5\">2.5</a>\u2013<a href=\"#activity-6\">2.6</a>")));
    EXPECT_TRUE(
        all.contains(QStringLiteral("<a href=\"#activity-997\">2.997</a>\u2013<a href=\"#activity-998\">2.998</a>")));
    EXPECT_FALSE(all.contains(QStringLiteral("<br/><a href"))) << "the runs flow as one paragraph";

    // The index is the last part, numbered after the findings where the register has them.
    const QList<RegisterHtml::ContentsEntry> entries = html.contentsEntries();
    EXPECT_EQ(entries.last().title, QStringLiteral("6. Index of references"));
    EXPECT_EQ(entries.last().anchor, QStringLiteral("part-index"));
    const RegisterHtml withFindings(reg, infoFor(reg, true));
    EXPECT_EQ(withFindings.contentsEntries().last().title, QStringLiteral("7. Index of references"));
    EXPECT_TRUE(withFindings.referenceIndexPart().lead.contains(QStringLiteral("7. Index of references")));
}

TEST(UsedByTest, ActivitiesWithNoRetentionRuleAreLinkedOrIndexed)
{
    Register reg = test::syntheticRegister(40);
    for (int i = 0; i < 40; i += 2) {
        reg.activities[i].retention.reset();
    }
    const RegisterHtml html(reg, infoFor(reg));
    EXPECT_TRUE(html.retentionPart().tail.contains(
        QStringLiteral("<a href=\"#index-no-retention\">20 activities (see the index)</a>")));
    EXPECT_TRUE(html.referenceIndexPart().html().contains(QStringLiteral("name=\"index-no-retention\"")));

    Register few = test::syntheticRegister(5);
    few.activities[2].retention.reset();
    const RegisterHtml fewHtml(few, infoFor(few));
    EXPECT_TRUE(fewHtml.retentionPart().tail.contains(QStringLiteral("<a href=\"#activity-3\">2.3</a>")));
}

TEST(UsedByTest, TheThousandActivityHtmlRegisterStaysSmall)
{
    const Register reg = test::syntheticRegister(1000);
    const QByteArray page = report::RegisterHtmlDocument::write(reg, infoFor(reg));
    EXPECT_LT(page.size(), 4 * 1024 * 1024);
    const QString html = QString::fromUtf8(page);
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"part-index\"")));
    expectEveryLinkHasATarget(html);
}

TEST(DenseMatrixTest, MarkerColumnsAreNarrowAndShortPurposesTakeOneLine)
{
    const Register reg = demo();
    const report::HtmlTable grid = report::MatrixDocument::grid(reg);
    ASSERT_EQ(grid.headers.size(), 5);
    EXPECT_EQ(grid.headers.mid(2),
              (QStringList{QStringLiteral("Contract\n*"), QStringLiteral("Legal obl.\n**"),
                           QStringLiteral("Legit. int.\n***")}));
    int total = 0;
    for (const int width : grid.widths) {
        total += width;
    }
    EXPECT_EQ(total, 100);
    for (qsizetype i = 2; i < grid.widths.size(); ++i) {
        EXPECT_LE(grid.widths.at(i), 9) << grid.headers.at(i).toStdString();
    }
    EXPECT_GE(grid.widths.at(1), 70) << "the purpose takes the rest";
    EXPECT_LE(grid.cellPadding, 2);

    // No heading wraps in its column, and a purpose of up to a hundred characters takes one line.
    const auto header = layOut(grid.headerHtml(), RegisterHtml::tableStyleSheet());
    QTextTable* headerTable = QTextCursor(header.get()).currentTable();
    if (!headerTable) {
        QTextCursor cursor(header.get());
        cursor.movePosition(QTextCursor::NextBlock);
        headerTable = cursor.currentTable();
    }
    ASSERT_NE(headerTable, nullptr);
    for (int column = 0; column < headerTable->columns(); ++column) {
        const QTextBlock block = headerTable->cellAt(0, column).firstCursorPosition().block();
        const int lines = block.layout()->lineCount(); // a <br/> breaks the line within the block
        EXPECT_EQ(lines, grid.headers.at(column).count(QLatin1Char('\n')) + 1)
            << "the heading wraps: " << grid.headers.at(column).toStdString();
    }
    int oneLine = 0;
    for (qsizetype row = 0; row < grid.rows.size(); ++row) {
        const auto doc = layOut(grid.rowHtml(row), RegisterHtml::tableStyleSheet());
        QTextCursor cursor(doc.get());
        cursor.movePosition(QTextCursor::NextBlock);
        QTextTable* table = cursor.currentTable();
        ASSERT_NE(table, nullptr);
        const QTextBlock purpose = table->cellAt(0, 1).firstCursorPosition().block();
        const int lines = purpose.layout()->lineCount();
        if (purpose.text().size() <= 100) {
            EXPECT_EQ(lines, 1) << purpose.text().toStdString();
            ++oneLine;
        }
        EXPECT_LE(lines, 2) << purpose.text().toStdString();
    }
    EXPECT_GE(oneLine, 15);
}

TEST(DenseMatrixTest, SixBasesStillLeaveThePurposeMostOfTheWidth)
{
    const report::HtmlTable grid = report::MatrixDocument::grid(test::syntheticRegister(10));
    ASSERT_EQ(grid.headers.size(), 8) << "all six bases are used";
    EXPECT_GE(grid.widths.at(1), 50);
    QStringList names = grid.headers.mid(2);
    for (QString& name : names) {
        name = name.section(QLatin1Char('\n'), 0, 0);
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Contract"), QStringLiteral("Legal obl."), QStringLiteral("Legit. int."),
                           QStringLiteral("Consent"), QStringLiteral("Vital int."), QStringLiteral("Public task")}));
}
