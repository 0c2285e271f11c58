#include "DemoCliTest.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

using ExportCommandTest = test::DemoCliTest;

} // namespace

TEST_F(ExportCommandTest, CsvWithoutPreambleStartsWithTheTitles)
{
    const QString file = demo();
    const test::CliRun full = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    const test::CliRun plain = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--no-preamble")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();

    // The text as read drops the byte order mark both begin with (the unit tests check it).
    ASSERT_TRUE(full.out.startsWith(QStringLiteral("Name,"))) << full.out.left(80).toStdString();
    ASSERT_TRUE(plain.out.startsWith(QStringLiteral("Business function,Purpose of processing,")))
        << plain.out.left(80).toStdString();
    // The same table, titles and rows, without the controller block and the empty row after it.
    const qsizetype titles = full.out.indexOf(QStringLiteral("\r\n\r\nBusiness function,"));
    ASSERT_GT(titles, 0);
    EXPECT_EQ(plain.out, full.out.mid(titles + 4));

    const QString out = m_dir.filePath(QStringLiteral("table.csv"));
    ASSERT_EQ(cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--no-preamble"), QStringLiteral("-o"), out})
                  .exitCode,
              0);
    EXPECT_EQ(QString::fromUtf8(test::readBytes(out)), plain.out);
}

TEST_F(ExportCommandTest, NoPreambleWithAnotherFormatExitsTwo)
{
    const QString file = demo();
    for (const char* format : {"xlsx", "pdf", "json"}) {
        const QString out = m_dir.filePath(QStringLiteral("out.") + QLatin1String(format));
        const test::CliRun run = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QLatin1String(format),
                                      QStringLiteral("--no-preamble"), QStringLiteral("-o"), out});
        EXPECT_EQ(run.exitCode, 2) << format;
        EXPECT_TRUE(run.err.contains(QStringLiteral("use it with --format csv, not ") + QLatin1String(format)))
            << run.err.toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << format;
    }
}

TEST_F(ExportCommandTest, HelpNamesNoPreamble)
{
    const test::CliRun run = cli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--no-preamble"))) << run.out.toStdString();
}

// A machine with no font at all (a bare server) would give PDFs with no text in them: the export says so instead.
TEST_F(ExportCommandTest, PdfOnAMachineWithoutFontsIsRefused)
{
    const QString file = demo();
    const QString config = m_dir.filePath(QStringLiteral("fonts.conf"));
    test::writeBytes(config,
                     QStringLiteral("<?xml version=\"1.0\"?>\n<fontconfig><dir>%1</dir><cachedir>%2</cachedir>"
                                    "</fontconfig>\n")
                         .arg(m_dir.filePath(QStringLiteral("no-fonts")), m_dir.filePath(QStringLiteral("cache")))
                         .toUtf8());
    QProcessEnvironment noFonts;
    noFonts.insert(QStringLiteral("FONTCONFIG_FILE"), config);

    const QString out = m_dir.filePath(QStringLiteral("register.pdf"));
    const test::CliRun run = cli(
        {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out},
        noFonts);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no font is installed"))) << run.err.toStdString();
    EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    const test::CliRun text = cli({QStringLiteral("matrix"), file}, noFonts);
    EXPECT_EQ(text.exitCode, 0) << "documents without fonts are still written: " << text.err.toStdString();
}

// The name says what the file is: the register as unencrypted JSON must not be written as notice.pdf.
TEST_F(ExportCommandTest, AnOutputNamedForAnotherKindIsRefused)
{
    const QString file = demo();
    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    const test::CliRun json = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("-o"), pdf});
    EXPECT_EQ(json.exitCode, 2);
    EXPECT_TRUE(json.err.contains(QStringLiteral("name it notice.ropa.json"))) << json.err.toStdString();
    EXPECT_EQ(json.err.trimmed().count(QLatin1Char('\n')), 0) << json.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));

    const QString text = m_dir.filePath(QStringLiteral("matrix.pdf"));
    EXPECT_EQ(cli({QStringLiteral("matrix"), file, QStringLiteral("--format"), QStringLiteral("text"),
                   QStringLiteral("-o"), text})
                  .exitCode,
              2);
    EXPECT_FALSE(QFileInfo::exists(text));

    const QString plain = m_dir.filePath(QStringLiteral("register.json"));
    const test::CliRun ok = cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("-o"), plain});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(plain));
}
