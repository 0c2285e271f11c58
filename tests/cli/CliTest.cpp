#include "FileSizeLimit.h"
#include "TestSupport.h"
#include "store/sqlcipher/RegisterFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <functional>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif
#include <gtest/gtest.h>

using namespace ropa;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    // Runs ropa-cli with the passphrase in the environment (none when passphrase is null) and no terminal.
    // setUp may redirect the output or limit the child before it starts.
    CliRun cli(const QStringList& arguments, const char* passphrase = test::kPassphrase,
               const std::function<void(QProcess&)>& setUp = {})
    {
        QProcess process;
        if (setUp) {
            setUp(process);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ROPA_PASSPHRASE"));
        if (passphrase) {
            env.insert(QStringLiteral("ROPA_PASSPHRASE"), QString::fromUtf8(passphrase));
        }
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(ROPA_CLI_PATH), arguments);
        const bool finished = process.waitForFinished(120000);
        EXPECT_TRUE(finished) << "ropa-cli did not finish";
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QTemporaryDir m_dir;
};

TEST_F(CliTest, DemoThenMatrixPrintsTheSeedList)
{
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("demo"))});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("kjm-group.ropa"))) << demo.out.toStdString();
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("demo/kjm-group.ropa"))));

    const QByteArray golden = test::readBytes(test::dataPath(QStringLiteral("kjm-matrix.txt")));
    EXPECT_EQ(test::readBytes(path(QStringLiteral("demo/lawful-basis-matrix.txt"))), golden);

    const CliRun matrix = cli({QStringLiteral("matrix"), path(QStringLiteral("demo/kjm-group.ropa"))});
    ASSERT_EQ(matrix.exitCode, 0) << matrix.err.toStdString();
    EXPECT_EQ(matrix.out.toUtf8(), golden);
    EXPECT_TRUE(matrix.err.isEmpty());
}

TEST_F(CliTest, DemoRefusesToReplaceAnExistingRegisterWithoutForce)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QByteArray before = test::sha256OfFile(path(QStringLiteral("d/kjm-group.ropa")));
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force"))) << again.err.toStdString();
    EXPECT_EQ(test::sha256OfFile(path(QStringLiteral("d/kjm-group.ropa"))), before);
    EXPECT_EQ(
        cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d")), QStringLiteral("--force")})
            .exitCode,
        0);
}

TEST_F(CliTest, ImportThenExportGivesTheSameBytes)
{
    const QString fixture = test::dataPath(QStringLiteral("full-register.ropa.json"));
    const CliRun imported = cli({QStringLiteral("import"), path(QStringLiteral("r.ropa")), fixture});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 2 activities"))) << imported.out.toStdString();

    const CliRun exported = cli({QStringLiteral("export"), path(QStringLiteral("r.ropa")), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("-o"), path(QStringLiteral("out.json"))});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(test::readBytes(path(QStringLiteral("out.json"))), test::readBytes(fixture));

    const CliRun toStdout = cli(
        {QStringLiteral("export"), path(QStringLiteral("r.ropa")), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(toStdout.exitCode, 0);
    EXPECT_EQ(toStdout.out.toUtf8(), test::readBytes(fixture));
}

TEST_F(CliTest, InitCreatesAnEmptyRegister)
{
    const CliRun init = cli({QStringLiteral("init"), path(QStringLiteral("new.ropa")), QStringLiteral("--controller"),
                             QStringLiteral("Acme Ltd")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const CliRun exported = cli({QStringLiteral("export"), path(QStringLiteral("new.ropa")), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    ASSERT_EQ(exported.exitCode, 0);
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\"name\": \"Acme Ltd\""))) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\"activities\": []")));
    EXPECT_EQ(cli({QStringLiteral("init"), path(QStringLiteral("new.ropa"))}).exitCode, 2) << "init never overwrites";
}

TEST_F(CliTest, WrongPassphraseExitsWithThreeAndLeavesTheFileAlone)
{
    ASSERT_EQ(cli({QStringLiteral("import"), path(QStringLiteral("r.ropa")),
                   test::dataPath(QStringLiteral("full-register.ropa.json"))})
                  .exitCode,
              0);
    const QByteArray before = test::sha256OfFile(path(QStringLiteral("r.ropa")));

    const CliRun wrong = cli({QStringLiteral("matrix"), path(QStringLiteral("r.ropa"))}, "wrong passphrase");
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("passphrase does not unlock"))) << wrong.err.toStdString();
    EXPECT_EQ(wrong.err.count(QLatin1Char('\n')), 1) << "one sentence: " << wrong.err.toStdString();
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_EQ(test::sha256OfFile(path(QStringLiteral("r.ropa"))), before);
}

TEST_F(CliTest, PassphraseFromAFile)
{
    writeFile(QStringLiteral("secret.txt"), QByteArray(test::kPassphrase) + "\n");
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const CliRun run = cli({QStringLiteral("matrix"), path(QStringLiteral("d/kjm-group.ropa")),
                            QStringLiteral("--passphrase-file"), path(QStringLiteral("secret.txt"))},
                           nullptr);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST_F(CliTest, NoPassphraseAndNoTerminalIsAUsageError)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const CliRun run = cli({QStringLiteral("matrix"), path(QStringLiteral("d/kjm-group.ropa"))}, nullptr);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("ROPA_PASSPHRASE"))) << run.err.toStdString();
}

TEST_F(CliTest, UsageErrorsExitWithTwo)
{
    for (const QStringList& args :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("matrix")},
          QStringList{QStringLiteral("export"), path(QStringLiteral("x.ropa"))},
          QStringList{QStringLiteral("export"), path(QStringLiteral("x.ropa")), QStringLiteral("--format"),
                      QStringLiteral("docx")},
          QStringList{QStringLiteral("matrix"), path(QStringLiteral("x.ropa")), QStringLiteral("--bogus")},
          QStringList{QStringLiteral("matrix"), path(QStringLiteral("x.ropa")), QStringLiteral("--replace")},
          QStringList{QStringLiteral("demo")}}) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
}

TEST_F(CliTest, MissingRegisterIsAnIoError)
{
    const CliRun run = cli({QStringLiteral("matrix"), path(QStringLiteral("absent.ropa"))});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("absent.ropa"))));
}

TEST_F(CliTest, BadImportExitsWithTwoAndLeavesTheRegisterUntouched)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    const QByteArray before = test::sha256OfFile(reg);
    writeFile(QStringLiteral("bad.json"), "{\n  \"format\": \"ropa-register\",\n  \"version\": 1,\n  oops\n}\n");

    const CliRun run =
        cli({QStringLiteral("import"), reg, path(QStringLiteral("bad.json")), QStringLiteral("--replace")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(path(QStringLiteral("bad.json")) + QStringLiteral(": line 4, column 3:")))
        << run.err.toStdString();
    EXPECT_EQ(test::sha256OfFile(reg), before);

    const CliRun intoNew =
        cli({QStringLiteral("import"), path(QStringLiteral("fresh.ropa")), path(QStringLiteral("bad.json"))});
    EXPECT_EQ(intoNew.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("fresh.ropa"))))
        << "a failed import must not leave a new register behind";
}

TEST_F(CliTest, ImportIntoARegisterWithContentNeedsReplace)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    const QByteArray before = test::sha256OfFile(reg);
    const QString fixture = test::dataPath(QStringLiteral("full-register.ropa.json"));

    const CliRun refused = cli({QStringLiteral("import"), reg, fixture});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("19 activities"))) << refused.err.toStdString();
    EXPECT_EQ(test::sha256OfFile(reg), before);

    const CliRun replaced = cli({QStringLiteral("import"), reg, fixture, QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    const CliRun matrix = cli({QStringLiteral("matrix"), reg});
    EXPECT_TRUE(matrix.out.startsWith(
        QStringLiteral("Providing our services (*, ***)\nPaying our staff (**, ****, *****, ******)\n")))
        << matrix.out.toStdString();
}

TEST_F(CliTest, SecondProcessIsToldTheRegisterIsOpenElsewhere)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    auto held = store::sqlcipher::RegisterFile::open(reg, test::kPassphrase);
    ASSERT_TRUE(held.ok());
    const CliRun run = cli({QStringLiteral("matrix"), reg});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already open in another window"))) << run.err.toStdString();
}

TEST_F(CliTest, EveryExportFormatWritesItsDocument)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    const QList<std::pair<QString, QByteArray>> formats{{QStringLiteral("pdf"), "%PDF-1.4"},
                                                        {QStringLiteral("html"), "<!DOCTYPE html>"},
                                                        {QStringLiteral("csv"), "\xEF\xBB\xBF"},
                                                        {QStringLiteral("xlsx"), "PK"},
                                                        {QStringLiteral("json"), "{\n  \"format\": \"ropa-register\""}};
    for (const auto& [format, start] : formats) {
        const QString out = path(QStringLiteral("out.") + format);
        const CliRun run =
            cli({QStringLiteral("export"), reg, QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        EXPECT_EQ(run.exitCode, 0) << format.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(test::readBytes(out).startsWith(start)) << format.toStdString();
    }
    for (const QString& name :
         {QStringLiteral("notice.txt"), QStringLiteral("notice.html"), QStringLiteral("notice.pdf")}) {
        const CliRun run = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("notice"),
                                QStringLiteral("-o"), path(name)});
        EXPECT_EQ(run.exitCode, 0) << name.toStdString() << ": " << run.err.toStdString();
    }
    EXPECT_TRUE(test::readBytes(path(QStringLiteral("notice.txt"))).contains("Providing our services (*, ***)"));
    EXPECT_TRUE(
        test::readBytes(path(QStringLiteral("notice.html"))).contains("<li>Providing our services (*, ***)</li>"));
    EXPECT_TRUE(test::readBytes(path(QStringLiteral("notice.pdf"))).startsWith("%PDF"));

    const CliRun pdfToTerminal =
        cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(pdfToTerminal.exitCode, 2) << "a PDF is never poured onto the terminal";
    const CliRun csvMatrix = cli({QStringLiteral("matrix"), reg, QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(csvMatrix.exitCode, 0);
    EXPECT_TRUE(csvMatrix.out.contains(QStringLiteral("Providing our services,*,,***,\"*, ***\"")))
        << csvMatrix.out.toStdString();
}

// The register HTML once said "Register version 0" on standard output, whatever the file's revision.
TEST_F(CliTest, HtmlOnStandardOutputNamesTheRegistersRealVersion)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    // A second revision: the register replaced by the fixture.
    ASSERT_EQ(cli({QStringLiteral("import"), reg, test::dataPath(QStringLiteral("full-register.ropa.json")),
                   QStringLiteral("--replace")})
                  .exitCode,
              0);
    const QRegularExpression version(QStringLiteral("Register version</td><td[^>]*>(\\d+)<"));
    const CliRun toStdout = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(toStdout.exitCode, 0) << toStdout.err.toStdString();
    const CliRun toFile = cli({QStringLiteral("export"), reg, QStringLiteral("--format"), QStringLiteral("html"),
                               QStringLiteral("-o"), path(QStringLiteral("r.html"))});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
    const QRegularExpressionMatch onStdout = version.match(toStdout.out);
    const QRegularExpressionMatch inFile =
        version.match(QString::fromUtf8(test::readBytes(path(QStringLiteral("r.html")))));
    ASSERT_TRUE(onStdout.hasMatch());
    ASSERT_TRUE(inFile.hasMatch());
    EXPECT_EQ(onStdout.captured(1), QStringLiteral("2"));
    EXPECT_EQ(inFile.captured(1), QStringLiteral("2"));
}

TEST_F(CliTest, EachCommandDescribesItself)
{
    for (const char* command : {"init", "import", "export", "matrix", "demo"}) {
        const CliRun help = cli({QLatin1StringView(command), QStringLiteral("--help")}, nullptr);
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: ropa-cli ") + QLatin1StringView(command)))
            << help.out.toStdString();
    }
    const CliRun exportHelp = cli({QStringLiteral("export"), QStringLiteral("--help")}, nullptr);
    for (const char* format : {"pdf", "html", "csv", "xlsx", "json", "notice"}) {
        EXPECT_TRUE(exportHelp.out.contains(QLatin1StringView(format))) << format;
    }
    EXPECT_TRUE(exportHelp.out.contains(QStringLiteral("--passphrase-file")));
}

// The desktop program answers --help and --version on a machine without a display, and otherwise says in one
// sentence why it cannot start there; it once aborted in both cases.
TEST_F(CliTest, DesktopProgramHelpNeedsNoDisplay)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QLatin1StringView(variable));
    }
    const auto run = [&env](const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(ROPA_GUI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
    };
    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--demo"))) << help.out.toStdString();
    const CliRun version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(ROPA_VERSION))) << version.out.toStdString();
    const CliRun window = run({});
    EXPECT_EQ(window.exitCode, 2);
    EXPECT_TRUE(window.err.contains(QStringLiteral("no display"))) << window.err.toStdString();
    EXPECT_EQ(window.err.count(QLatin1Char('\n')), 1) << window.err.toStdString();
}

TEST_F(CliTest, DemoFolderHoldsEveryDocument)
{
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))});
    ASSERT_EQ(demo.exitCode, 0);
    for (const char* name : {"kjm-group.ropa", "article-30-register.pdf", "article-30-register.html",
                             "ico-template.csv", "ico-template.xlsx", "lawful-basis-matrix.txt",
                             "lawful-basis-matrix.html", "lawful-basis-matrix.csv", "lawful-basis-matrix.pdf",
                             "privacy-notice.txt", "privacy-notice.html", "privacy-notice.pdf", "register.ropa.json"}) {
        EXPECT_GT(QFileInfo(path(QStringLiteral("d/") + QLatin1StringView(name))).size(), 0) << name;
        EXPECT_TRUE(demo.out.contains(QLatin1StringView(name))) << "not listed: " << name;
    }
}

TEST_F(CliTest, ImportFromANoticeGivesItsMatrix)
{
    const QString policy = test::sharedDomainPath(QStringLiteral("kjm-privacy-policy.txt"));
    if (policy.isEmpty()) {
        GTEST_SKIP() << "../shared/domain is not beside this checkout";
    }
    const CliRun imported = cli({QStringLiteral("import"), path(QStringLiteral("n.ropa")), QStringLiteral("--notice"),
                                 policy, QStringLiteral("--controller"), QStringLiteral("KJM Group Ltd")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun matrix = cli({QStringLiteral("matrix"), path(QStringLiteral("n.ropa"))});
    EXPECT_EQ(matrix.out.toUtf8(), test::readBytes(test::dataPath(QStringLiteral("kjm-matrix.txt"))));
}

TEST_F(CliTest, NoticeWithoutAListIsRefusedAndTouchesNothing)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    const QByteArray before = test::sha256OfFile(reg);
    writeFile(QStringLiteral("plain.txt"), "We care about your privacy.\nContact us with any questions.\n");
    const CliRun run = cli({QStringLiteral("import"), reg, QStringLiteral("--notice"),
                            path(QStringLiteral("plain.txt")), QStringLiteral("--replace")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(path(QStringLiteral("plain.txt")) + QStringLiteral(": no purpose list")))
        << run.err.toStdString();
    EXPECT_EQ(test::sha256OfFile(reg), before);
}

TEST_F(CliTest, VersionAndHelp)
{
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("ropa-cli ")));
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"init", "import", "export", "matrix", "demo"}) {
        EXPECT_TRUE(help.out.contains(QLatin1StringView(command))) << command;
    }
}

// Reading /dev/zero once ran out of memory and aborted; a device is refused before any byte of it is read.
TEST_F(CliTest, ImportFromADeviceIsRefusedAndTouchesNothing)
{
    if (!QFile::exists(QStringLiteral("/dev/zero"))) {
        GTEST_SKIP() << "no /dev/zero here";
    }
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    const QString reg = path(QStringLiteral("d/kjm-group.ropa"));
    const QByteArray before = test::sha256OfFile(reg);
    for (const QStringList& args :
         {QStringList{QStringLiteral("import"), reg, QStringLiteral("/dev/zero"), QStringLiteral("--replace")},
          QStringList{QStringLiteral("import"), reg, QStringLiteral("--notice"), QStringLiteral("/dev/zero"),
                      QStringLiteral("--replace")},
          QStringList{QStringLiteral("import"), path(QStringLiteral("fresh.ropa")), QStringLiteral("--notice"),
                      QStringLiteral("/dev/zero")}}) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 4) << args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
        EXPECT_EQ(run.err, QStringLiteral("/dev/zero is not a regular file.\n")) << run.err.toStdString();
    }
    EXPECT_EQ(test::sha256OfFile(reg), before);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("fresh.ropa"))));
}

} // namespace

// --- Where -o points: never the register, never over a device or a folder, and a full disk is a failure. ---

class CliOutputTest : public CliTest
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
        m_register = path(QStringLiteral("d/kjm-group.ropa"));
        m_registerHash = test::sha256OfFile(m_register);
    }

    CliRun exportTo(const QString& format, const QString& output, const std::function<void(QProcess&)>& setUp = {})
    {
        return cli(
            {QStringLiteral("export"), m_register, QStringLiteral("--format"), format, QStringLiteral("-o"), output},
            test::kPassphrase, setUp);
    }

    void expectRegisterUntouched()
    {
        EXPECT_EQ(test::sha256OfFile(m_register), m_registerHash);
        EXPECT_EQ(cli({QStringLiteral("matrix"), m_register}).exitCode, 0);
    }

    QString m_register;
    QByteArray m_registerHash;
};

TEST_F(CliOutputTest, OutputThatIsTheRegisterIsRefusedByEveryName)
{
    ASSERT_TRUE(QFile::link(m_register, path(QStringLiteral("link.ropa"))));
    const QString relative = QStringLiteral("./d/kjm-group.ropa");
    const auto inTestFolder = [this](QProcess& process) { process.setWorkingDirectory(m_dir.path()); };
    for (const auto& [format, output] :
         QList<std::pair<QString, QString>>{{QStringLiteral("json"), m_register},
                                            {QStringLiteral("pdf"), relative},
                                            {QStringLiteral("csv"), path(QStringLiteral("link.ropa"))},
                                            {QStringLiteral("json"), m_register + QStringLiteral(".lock")}}) {
        const CliRun run = exportTo(format, output, inTestFolder);
        EXPECT_EQ(run.exitCode, 2) << output.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("is the register"))) << run.err.toStdString();
        expectRegisterUntouched();
    }
    const CliRun matrix =
        cli({QStringLiteral("matrix"), QStringLiteral("d/kjm-group.ropa"), QStringLiteral("-o"), relative},
            test::kPassphrase, inTestFolder);
    EXPECT_EQ(matrix.exitCode, 2) << matrix.err.toStdString();
    expectRegisterUntouched();
    EXPECT_TRUE(QFileInfo(path(QStringLiteral("link.ropa"))).isSymLink());
}

TEST_F(CliOutputTest, DeviceIsWrittenAsAStreamAndStaysADevice)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/null"))) {
        GTEST_SKIP() << "no /dev/null on this system";
    }
    const CliRun run = exportTo(QStringLiteral("json"), QStringLiteral("/dev/null"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile()) << "/dev/null was replaced by a regular file";
    EXPECT_EQ(QFileInfo(QStringLiteral("/dev/null")).size(), 0);
}

TEST_F(CliOutputTest, PipeGetsTheDocumentAndStaysAPipe)
{
    const QString fifo = path(QStringLiteral("pipe"));
    if (QProcess::execute(QStringLiteral("mkfifo"), {fifo}) != 0) {
        GTEST_SKIP() << "mkfifo is not available";
    }
    QProcess reader;
    reader.setStandardOutputFile(path(QStringLiteral("from-pipe.txt")));
    reader.start(QStringLiteral("cat"), {fifo});
    ASSERT_TRUE(reader.waitForStarted());
    const CliRun run = cli({QStringLiteral("matrix"), m_register, QStringLiteral("-o"), fifo});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(reader.waitForFinished(60000));
    EXPECT_EQ(test::readBytes(path(QStringLiteral("from-pipe.txt"))),
              test::readBytes(path(QStringLiteral("d/lawful-basis-matrix.txt"))));
    EXPECT_FALSE(QFileInfo(fifo).isFile());
}

TEST_F(CliOutputTest, FolderIsRefusedAndLeftAlone)
{
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("folder"))));
    const CliRun run = exportTo(QStringLiteral("json"), path(QStringLiteral("folder")));
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("it is a folder"))) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(path(QStringLiteral("folder"))).isDir());
}

TEST_F(CliOutputTest, FullDeviceIsAFailureNamingTheDisk)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) {
        GTEST_SKIP() << "no /dev/full on this system";
    }
    const CliRun toDevice = exportTo(QStringLiteral("json"), QStringLiteral("/dev/full"));
    EXPECT_EQ(toDevice.exitCode, 4);
    EXPECT_TRUE(toDevice.err.contains(QStringLiteral("Cannot write /dev/full: the disk is full.")))
        << toDevice.err.toStdString();

    const auto toFullOutput = [](QProcess& process) { process.setStandardOutputFile(QStringLiteral("/dev/full")); };
    for (const QStringList& args :
         {QStringList{QStringLiteral("matrix"), m_register},
          QStringList{QStringLiteral("export"), m_register, QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("--help")}}) {
        const CliRun run = cli(args, test::kPassphrase, toFullOutput);
        EXPECT_EQ(run.exitCode, 4) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Cannot write to standard output: the disk is full.")))
            << run.err.toStdString();
    }
}

TEST_F(CliOutputTest, FullDiskKeepsTheOldFileAndLeavesNothingBehind)
{
    if (!test::FileSizeLimit::supported()) {
        GTEST_SKIP() << "this system cannot limit the size of a child's files";
    }
    const QString previous = path(QStringLiteral("out/prev.json"));
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("out"))));
    ASSERT_EQ(exportTo(QStringLiteral("json"), previous).exitCode, 0);
    const QByteArray good = test::readBytes(previous);
    ASSERT_GT(good.size(), 4096);
    // Room for the lock file, not for a document.
    const auto diskFull = [](QProcess& process) {
        process.setChildProcessModifier([] { test::FileSizeLimit::limitThisProcess(1024); });
    };
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        const QString target = format == QLatin1String("json") ? previous : path(QStringLiteral("out/new.") + format);
        const CliRun run = exportTo(format, target, diskFull);
        EXPECT_EQ(run.exitCode, 4) << format.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("the disk is full"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QDir::toNativeSeparators(target))) << run.err.toStdString();
    }
    EXPECT_EQ(test::readBytes(previous), good);
    EXPECT_EQ(QDir(path(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden | QDir::System),
              QStringList{QStringLiteral("prev.json")});
    expectRegisterUntouched();
}

TEST_F(CliTest, InitKilledWhileWritingLeavesNothingThatBlocksTheNextInit)
{
    const QString target = path(QStringLiteral("new/r.ropa"));
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("new"))));
    for (int round = 0; round < 5; ++round) {
        QProcess init;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROPA_PASSPHRASE"), QString::fromUtf8(test::kPassphrase));
        init.setProcessEnvironment(env);
        init.setStandardInputFile(QProcess::nullDevice());
        init.start(QStringLiteral(ROPA_CLI_PATH), {QStringLiteral("init"), target});
        ASSERT_TRUE(init.waitForStarted());
        // Killed as soon as the new file is on the disk, before it is complete.
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && init.state() == QProcess::Running &&
               QDir(path(QStringLiteral("new")))
                   .entryList(QDir::Files | QDir::Hidden)
                   .filter(QStringLiteral("r.ropa"))
                   .isEmpty()) {
            QCoreApplication::processEvents();
        }
        init.kill();
        init.waitForFinished();
        if (QFileInfo::exists(target)) {
            // The kill came after the rename: a whole register, which opens.
            EXPECT_EQ(cli({QStringLiteral("matrix"), target}).exitCode, 0);
            ASSERT_TRUE(QFile::remove(target));
        }
        EXPECT_FALSE(QFileInfo::exists(target));
    }
    const CliRun init = cli({QStringLiteral("init"), target});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("matrix"), target}).exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".lock")));
}

#ifdef Q_OS_LINUX
TEST_F(CliTest, ProgramCannotWriteACoreDumpOnceRunning)
{
    const QString limits = QStringLiteral("/proc/self/limits");
    const QString fifo = path(QStringLiteral("passphrase"));
    if (!QFileInfo::exists(limits) || QProcess::execute(QStringLiteral("mkfifo"), {fifo}) != 0) {
        GTEST_SKIP() << "needs Linux's /proc and mkfifo";
    }
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--out"), path(QStringLiteral("d"))}).exitCode, 0);
    QProcess matrix;
    matrix.setChildProcessModifier([] {
        // As if the user allowed core dumps: ropa-cli must take them away before it reads the passphrase.
        rlimit allowed{};
        getrlimit(RLIMIT_CORE, &allowed);
        allowed.rlim_cur = allowed.rlim_max;
        setrlimit(RLIMIT_CORE, &allowed);
    });
    matrix.start(QStringLiteral(ROPA_CLI_PATH),
                 {QStringLiteral("matrix"), path(QStringLiteral("d/kjm-group.ropa")),
                  QStringLiteral("--passphrase-file"), fifo});
    ASSERT_TRUE(matrix.waitForStarted());
    // While it waits for the passphrase on the pipe, its limits show.
    const QString procLimits = QStringLiteral("/proc/%1/limits").arg(matrix.processId());
    QByteArray seen;
    QDeadlineTimer deadline(30000);
    const QRegularExpression noCore(QStringLiteral("Max core file size\\s+0\\s+0"));
    while (!deadline.hasExpired() && !noCore.match(QString::fromLatin1(seen)).hasMatch()) {
        seen = test::readBytes(procLimits);
    }
    EXPECT_TRUE(noCore.match(QString::fromLatin1(seen)).hasMatch()) << seen.toStdString();
    QFile pipe(fifo);
    ASSERT_TRUE(pipe.open(QIODevice::WriteOnly));
    pipe.write(QByteArray(test::kPassphrase) + '\n');
    pipe.close();
    ASSERT_TRUE(matrix.waitForFinished(60000));
    EXPECT_EQ(matrix.exitCode(), 0) << matrix.readAllStandardError().toStdString();
}
#endif
