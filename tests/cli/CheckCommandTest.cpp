#include "DemoCliTest.h"
#include "PdfText.h"
#include "TestSupport.h"
#include "WellKeptRegister.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

using CheckCommandTest = test::DemoCliTest;

} // namespace

TEST_F(CheckCommandTest, DemoRegisterExitsOneAndNamesRb008)
{
    const test::CliRun run = cli({QStringLiteral("check"), demo()});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("rule set 2026.12"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("RB008"))) << run.out.toStdString();
}

TEST_F(CheckCommandTest, JsonListsTheFindingsWithCounts)
{
    const test::CliRun run = cli({QStringLiteral("check"), demo(), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("ropa-findings"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("rule_set")).toString(), QStringLiteral("2026.12"));
    EXPECT_EQ(root.value(QStringLiteral("register")).toString(), QStringLiteral("kjm-group.ropa"));
    EXPECT_FALSE(root.value(QStringLiteral("fingerprint")).toString().isEmpty());
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    EXPECT_GT(counts.value(QStringLiteral("error")).toInt(), 0);
    EXPECT_EQ(counts.value(QStringLiteral("error")).toInt() + counts.value(QStringLiteral("warning")).toInt() +
                  counts.value(QStringLiteral("info")).toInt(),
              findings.size());
    bool rb008 = false;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        const QJsonObject target = f.value(QStringLiteral("target")).toObject();
        if (f.value(QStringLiteral("rule")).toString() == u"RB008") {
            rb008 = target.value(QStringLiteral("id")).toString() == u"verify-identity" &&
                target.value(QStringLiteral("field")).toString() == u"schedule1_condition";
        }
    }
    EXPECT_TRUE(rb008);
}

TEST_F(CheckCommandTest, SarifResultsPointAtTheirRules)
{
    const test::CliRun run =
        cli({QStringLiteral("check"), demo(), QStringLiteral("--format"), QStringLiteral("sarif")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    EXPECT_EQ(root.value(QStringLiteral("$schema")).toString(),
              QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 1);
    const QJsonObject first = runs[0].toObject();
    const QJsonObject driver =
        first.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
    EXPECT_EQ(driver.value(QStringLiteral("name")).toString(), QStringLiteral("RoPA Manager"));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    ASSERT_EQ(rules.size(), 29);
    const QJsonArray results = first.value(QStringLiteral("results")).toArray();
    ASSERT_FALSE(results.isEmpty());
    const QSet<QString> levels = {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")};
    for (const QJsonValue& v : results) {
        const QJsonObject r = v.toObject();
        const int index = r.value(QStringLiteral("ruleIndex")).toInt(-1);
        ASSERT_GE(index, 0);
        ASSERT_LT(index, rules.size());
        EXPECT_EQ(rules[index].toObject().value(QStringLiteral("id")).toString(),
                  r.value(QStringLiteral("ruleId")).toString());
        EXPECT_TRUE(levels.contains(r.value(QStringLiteral("level")).toString()));
        const QJsonObject location = r.value(QStringLiteral("locations")).toArray()[0].toObject();
        EXPECT_FALSE(location.value(QStringLiteral("logicalLocations"))
                         .toArray()[0]
                         .toObject()
                         .value(QStringLiteral("fullyQualifiedName"))
                         .toString()
                         .isEmpty());
    }
    EXPECT_EQ(first.value(QStringLiteral("properties")).toObject().value(QStringLiteral("ruleSetVersion")).toString(),
              QStringLiteral("2026.12"));
}

TEST_F(CheckCommandTest, WellKeptRegisterExitsZero)
{
    const QString file = m_dir.filePath(QStringLiteral("clinic.ropa"));
    ASSERT_TRUE(test::writeRegisterFile(file, test::wellKeptRegister()));
    const test::CliRun run = cli({QStringLiteral("check"), file});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
}

TEST_F(CheckCommandTest, BadFormatExitsTwoWithOneSentence)
{
    const test::CliRun run =
        cli({QStringLiteral("check"), QStringLiteral("any.ropa"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'xml' is not a format of 'check'"))) << run.err.toStdString();
    EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
}

TEST_F(CheckCommandTest, ExportWithFindingsEndsTheRegisterWithThem)
{
    const QString file = demo();
    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    const test::CliRun run = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("--with-findings"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = test::pdfFlatText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("6. Findings"))) << "no annex";
    EXPECT_TRUE(text.contains(QStringLiteral("against rule set 2026.12"))) << "the annex names no rule set";
    EXPECT_TRUE(text.contains(QStringLiteral("RB008")));

    const QString html = m_dir.filePath(QStringLiteral("register.html"));
    ASSERT_EQ(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("html"),
                   QStringLiteral("--with-findings"), QStringLiteral("-o"), html})
                  .exitCode,
              0);
    QFile page(html);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(page.readAll()).contains(QStringLiteral("<section class=\"part\" id=\"findings\">")));

    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    ASSERT_EQ(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("-o"), plain})
                  .exitCode,
              0);
    const QString plainText = test::pdfFlatText(plain);
    EXPECT_FALSE(plainText.contains(QStringLiteral("6. Findings"))) << "the annex is asked for, not the default";
    EXPECT_TRUE(plainText.contains(QStringLiteral("Open findings"))) << "the cover counts the findings either way";
}

TEST_F(CheckCommandTest, FindingsAnnexWithAnotherFormatExitsTwo)
{
    const QString file = demo();
    const QString csv = m_dir.filePath(QStringLiteral("register.csv"));
    const test::CliRun run = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--with-findings"), QStringLiteral("-o"), csv});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("use it with --format pdf or html"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(csv));
}
