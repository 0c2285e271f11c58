// Page breaks of the PDF composer, read back with pdftotext: headings stay with what follows them, a table's
// header row heads every page a row reaches, and no text is lost or printed twice where a section breaks.
#include "report/PdfComposer.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "report/RegisterHtml.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

// Numbered words w0001, w0002, ...: text that shows where each piece went.
QString numberedWords(int from, int count)
{
    QStringList words;
    for (int i = from; i < from + count; ++i) {
        words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
    }
    return words.join(QLatin1Char(' '));
}

// Lines of 20 numbered words from the given number, each ended by a hard line break: one long table cell.
QString numberedLines(int from, int lines)
{
    QString html;
    for (int line = 0; line < lines; ++line) {
        html += numberedWords(from + line * 20, 20) + QStringLiteral("<br/>");
    }
    return html;
}

// Paragraphs of numbered words, each its own block, as an activity's fields are.
QString numberedParagraphs(int paragraphs, int wordsEach)
{
    QString html;
    for (int p = 0; p < paragraphs; ++p) {
        html += QStringLiteral("<p>") + numberedWords(1 + p * wordsEach, wordsEach) + QStringLiteral("</p>");
    }
    return html;
}

class PdfComposerTest : public ::testing::Test
{
protected:
    // Renders the sections and returns the text of each page.
    QStringList pagesOf(const QList<report::PdfComposer::Section>& sections)
    {
        report::PdfComposer::Options options;
        options.title = QStringLiteral("Composer test");
        options.headerText = QStringLiteral("Running header");
        options.styleSheet = report::RegisterHtml::styleSheet();
        options.rowStyleSheet = report::RegisterHtml::tableStyleSheet();
        report::PdfComposer composer(options);
        composer.layout(sections);
        const QString path = m_dir.filePath(QStringLiteral("composed.pdf"));
        const Result<QByteArray> pdf = composer.render();
        EXPECT_TRUE(pdf.ok());
        test::writeBytes(path, pdf ? pdf.value() : QByteArray());
        QStringList pages;
        for (int page = 1; page <= composer.pageCount(); ++page) {
            pages << test::runPoppler(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                       QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
        }
        return pages;
    }

    // The numbered words in the order the pages hold them.
    static QList<int> wordNumbers(const QStringList& pages)
    {
        static const QRegularExpression word(QStringLiteral(R"(\bw(\d{4})\b)"));
        QList<int> numbers;
        for (const QString& page : pages) {
            for (const QRegularExpressionMatch& m : word.globalMatch(page)) {
                numbers << m.captured(1).toInt();
            }
        }
        return numbers;
    }

    // Where the numbers first differ from 1, 2, 3, ...: the place a page break lost or repeated text.
    static std::string firstBreak(const QList<int>& numbers)
    {
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            if (numbers.at(i) != i + 1) {
                return QStringLiteral("at position %1: w%2 where w%3 belongs")
                    .arg(i + 1)
                    .arg(numbers.at(i))
                    .arg(i + 1)
                    .toStdString();
            }
        }
        return "none";
    }

    static QList<int> oneTo(int n)
    {
        QList<int> numbers;
        for (int i = 1; i <= n; ++i) {
            numbers << i;
        }
        return numbers;
    }

    // A table of two columns whose last row holds the given cell: longer than a page when the cell is.
    static report::DocumentPart tableWithRow(const QString& cell, bool shortRowFirst = true)
    {
        report::DocumentPart part;
        part.lead = QStringLiteral("<h2>Heading of the table</h2>");
        part.table.headers = {QStringLiteral("Firstcolumn"), QStringLiteral("Secondcolumn")};
        part.table.widths = {20, 80};
        part.table.rows = {{QStringLiteral("Long row"), cell}};
        if (shortRowFirst) {
            part.table.rows.prepend({QStringLiteral("Short row"), QStringLiteral("one line")});
        }
        return part;
    }

    QTemporaryDir m_dir;
};

TEST_F(PdfComposerTest, TextOfASectionLongerThanAPageIsNeitherLostNorRepeated)
{
    const QStringList pages = pagesOf({report::PdfComposer::Section::text(QStringLiteral("<h2>Intro</h2>"), true),
                                       report::PdfComposer::Section::text(numberedParagraphs(120, 25), false)});
    ASSERT_GE(pages.size(), 3);
    const QList<int> numbers = wordNumbers(pages);
    EXPECT_EQ(numbers, oneTo(120 * 25)) << firstBreak(numbers);
}

TEST_F(PdfComposerTest, TextOfATableRowLongerThanAPageIsNeitherLostNorRepeated)
{
    const QString cell = numberedLines(1, 150);
    const QStringList pages = pagesOf(report::PdfComposer::sectionsOf(tableWithRow(cell), true));
    ASSERT_GE(pages.size(), 3);
    const QList<int> numbers = wordNumbers(pages);
    EXPECT_EQ(numbers, oneTo(150 * 20)) << firstBreak(numbers);
}

TEST_F(PdfComposerTest, EveryPageATableRowReachesStartsWithTheHeaderRow)
{
    const QString cell = numberedLines(1, 150);
    const QStringList pages = pagesOf(report::PdfComposer::sectionsOf(tableWithRow(cell), true));
    ASSERT_GE(pages.size(), 3);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        EXPECT_TRUE(pages.at(page).contains(QStringLiteral("Firstcolumn Secondcolumn")))
            << "page " << page + 1 << " has no header row:\n"
            << pages.at(page).left(300).toStdString();
    }
}

TEST_F(PdfComposerTest, AHeadingIsNeverLeftAloneAtTheFootOfAPage)
{
    // The heading comes after most of a page of text, and what follows it is longer than a page: the heading
    // goes where that starts, and that starts on the heading's page.
    const QString cell = numberedLines(5001, 150);
    QList<report::PdfComposer::Section> sections{report::PdfComposer::Section::text(numberedParagraphs(14, 25), true)};
    sections += report::PdfComposer::sectionsOf(tableWithRow(cell), false);
    const QStringList pages = pagesOf(sections);
    for (const QString& page : pages) {
        if (page.contains(QStringLiteral("Heading of the table"))) {
            EXPECT_TRUE(page.contains(QStringLiteral("Firstcolumn Secondcolumn"))) << page.toStdString();
            EXPECT_TRUE(page.contains(QStringLiteral("Short row"))) << page.toStdString();
            return;
        }
    }
    FAIL() << "the heading is on no page";
}

TEST_F(PdfComposerTest, AHeadingStaysWithARowLongerThanAPage)
{
    const QString cell = numberedLines(5001, 150);
    QList<report::PdfComposer::Section> sections{report::PdfComposer::Section::text(numberedParagraphs(4, 25), true)};
    sections += report::PdfComposer::sectionsOf(tableWithRow(cell, false), false);
    const QStringList pages = pagesOf(sections);
    ASSERT_FALSE(pages.isEmpty());
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Heading of the table"))) << pages.first().toStdString();
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Long row w5001"))) << pages.first().toStdString();
}

} // namespace
