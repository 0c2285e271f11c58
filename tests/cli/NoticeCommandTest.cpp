#include "DemoCliTest.h"
#include "WellKeptRegister.h"

#include <QFile>

using namespace ropa;
using test::CliRun;

namespace {

class NoticeCommandTest : public test::DemoCliTest
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    CliRun exportNotice(const QString& reg, const QString& out, bool strict)
    {
        QStringList arguments{QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("notice"),
                              QStringLiteral("-o"),     out};
        if (strict) {
            arguments << QStringLiteral("--strict");
        }
        return cli(arguments);
    }
};

const QString kFraudRetention =
    QStringLiteral("notice: the register does not say how long the information used for 'To detect and prevent "
                   "fraud, money-laundering and other crimes' is kept (Article 13(2)(a)); the notice says 'Not "
                   "recorded'.");

} // namespace

TEST_F(NoticeCommandTest, NamesEachMissingItemOnStandardErrorAndStillWritesTheNotice)
{
    const QString reg = demo();
    const QString out = path(QStringLiteral("notice.txt"));
    const CliRun run = exportNotice(reg, out, false);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.contains(kFraudRetention)) << run.err.toStdString();
    EXPECT_TRUE(lines.contains(
        QStringLiteral("notice: the register does not say what protects the information 'To review and improve the "
                       "performance of our systems, processes and staff (including training)' sends to Google "
                       "Analytics in the United States (Article 13(1)(f)); the notice says 'Not recorded'.")))
        << run.err.toStdString();
    for (const QString& line : lines) {
        EXPECT_TRUE(line.startsWith(QStringLiteral("notice: the register ")) && line.endsWith(QLatin1Char('.')))
            << "one sentence per missing item: " << line.toStdString();
    }
    const QByteArray notice = test::readBytes(out);
    EXPECT_TRUE(notice.contains("How long we keep the information we use to detect and prevent fraud, "
                                "money-laundering and other crimes: Not recorded."));
}

TEST_F(NoticeCommandTest, StrictRefusesARegisterThatLacksAnItemAndWritesNothing)
{
    const QString reg = demo();
    for (const QString& name : {QStringLiteral("strict.txt"), QStringLiteral("strict.pdf")}) {
        const QString out = path(name);
        const CliRun run = exportNotice(reg, out, true);
        EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << name.toStdString() << " must not be written";
        EXPECT_TRUE(run.err.split(QLatin1Char('\n')).contains(kFraudRetention)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("notice: not written, because the register lacks 40 items that a "
                                                    "privacy notice must give (--strict).")))
            << run.err.toStdString();
    }
    const CliRun toTerminal = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("notice"),
                                   QStringLiteral("--strict")});
    EXPECT_EQ(toTerminal.exitCode, 1);
    EXPECT_TRUE(toTerminal.out.isEmpty()) << "nothing of the notice reaches standard output";
}

TEST_F(NoticeCommandTest, StrictAcceptsTheWellKeptRegister)
{
    const QString reg = path(QStringLiteral("clinic.ropa"));
    ASSERT_TRUE(test::writeRegisterFile(reg, test::wellKeptRegister()));
    const QString out = path(QStringLiteral("clinic-notice.html"));
    const CliRun run = exportNotice(reg, out, true);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(test::readBytes(out).contains("Clinic Notes Inc in the United States"));
}

TEST_F(NoticeCommandTest, StrictIsOnlyForTheNotice)
{
    const QString reg = demo();
    const QString out = path(QStringLiteral("register.pdf"));
    const CliRun run = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("-o"), out, QStringLiteral("--strict")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("'--strict' checks the privacy notice"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}
