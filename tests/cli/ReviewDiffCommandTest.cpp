#include "DemoCliTest.h"
#include "PdfText.h"
#include "TestSupport.h"
#include "session/RegisterDocument.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

class ReviewDiffCommandTest : public test::DemoCliTest
{
protected:
    // Changes the first activity's purpose as the GUI would, through the document; returns the old purpose.
    QString renameFirstActivity(const QString& file, const QString& purpose)
    {
        auto document = session::RegisterDocument::open(file, test::kPassphrase);
        EXPECT_TRUE(document.ok());
        if (!document) {
            return {};
        }
        Activity changed = document.value()->reg().activities.at(0);
        const QString old = changed.purpose;
        changed.purpose = purpose;
        document.value()->changeActivity(0, changed, QStringLiteral("Rename"));
        EXPECT_EQ(document.value()->reg().activities.at(0).purpose, purpose);
        return old;
    }
};

} // namespace

TEST_F(ReviewDiffCommandTest, ReviewThenEditShowsTheFieldBeforeAndAfter)
{
    const QString file = demo();
    const test::CliRun review = cli({QStringLiteral("review"), file, QStringLiteral("--by"), QStringLiteral("Dana DPO"),
                                     QStringLiteral("--date"), QStringLiteral("2026-12-01")});
    ASSERT_EQ(review.exitCode, 0) << review.err.toStdString();
    EXPECT_TRUE(review.out.contains(QStringLiteral("reviewed on 2026-12-01 by Dana DPO"))) << review.out.toStdString();

    const QString old = renameFirstActivity(file, QStringLiteral("Fitting new windows"));
    const test::CliRun diff = cli({QStringLiteral("diff"), file, QStringLiteral("--since-review")});
    ASSERT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    EXPECT_TRUE(diff.out.contains(QStringLiteral("reviewed on 2026-12-01 by Dana DPO"))) << diff.out.toStdString();
    EXPECT_TRUE(diff.out.contains(QStringLiteral("purpose: '%1' -> 'Fitting new windows'").arg(old)))
        << diff.out.toStdString();

    const test::CliRun between = cli({QStringLiteral("diff"), file, QStringLiteral("--from"), QStringLiteral("2"),
                                      QStringLiteral("--to"), QStringLiteral("current")});
    ASSERT_EQ(between.exitCode, 0) << between.err.toStdString();
    EXPECT_TRUE(between.out.contains(QStringLiteral("'Fitting new windows'"))) << between.out.toStdString();
}

TEST_F(ReviewDiffCommandTest, NoReviewOrABadRevisionExitsTwoWithOneSentence)
{
    const QString file = demo();
    const test::CliRun none = cli({QStringLiteral("diff"), file});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("has not been reviewed yet"))) << none.err.toStdString();
    EXPECT_EQ(none.err.count(QLatin1Char('\n')), 1) << none.err.toStdString();

    ASSERT_EQ(cli({QStringLiteral("review"), file, QStringLiteral("--by"), QStringLiteral("Dana")}).exitCode, 0);
    const test::CliRun bad = cli({QStringLiteral("diff"), file, QStringLiteral("--from"), QStringLiteral("99"),
                                  QStringLiteral("--to"), QStringLiteral("current")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("'99' is not a review of"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.out.isEmpty());

    const test::CliRun again = cli({QStringLiteral("review"), file, QStringLiteral("--by"), QStringLiteral("Dana"),
                                    QStringLiteral("--date"), QStringLiteral("2020-01-01")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("must be dated after"))) << again.err.toStdString();
}

TEST_F(ReviewDiffCommandTest, PdfAndHtmlShowTheChangeInATable)
{
    const QString file = demo();
    ASSERT_EQ(cli({QStringLiteral("review"), file, QStringLiteral("--by"), QStringLiteral("Dana DPO"),
                   QStringLiteral("--date"), QStringLiteral("2026-12-01")})
                  .exitCode,
              0);
    const QString old = renameFirstActivity(file, QStringLiteral("Fitting new windows"));

    const QString pdf = m_dir.filePath(QStringLiteral("changes.pdf"));
    const test::CliRun made = cli({QStringLiteral("diff"), file, QStringLiteral("--since-review"),
                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString text = test::pdfFlatText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Changes to the register"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("reviewed on 2026-12-01 by Dana DPO"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Fitting new windows"))) << text.toStdString();
    EXPECT_TRUE(text.contains(old.simplified())) << text.toStdString();

    const test::CliRun html = cli({QStringLiteral("diff"), file, QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(html.exitCode, 0) << html.err.toStdString();
    EXPECT_TRUE(html.out.contains(QStringLiteral(">Fitting new windows</td>"))) << html.out.toStdString();

    const test::CliRun noFile = cli({QStringLiteral("diff"), file, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(noFile.exitCode, 2);
}
