#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ropa::test {

// What one run of ropa-cli gave.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A test that runs the real ropa-cli, with the test passphrase in its environment and nothing on its standard input,
// on registers in a folder of its own, the KJM demo among them.
class DemoCliTest : public ::testing::Test
{
protected:
    CliRun cli(const QStringList& arguments, const QProcessEnvironment& extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROPA_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        env.insert(extraEnvironment);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(ROPA_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(120000)) << "ropa-cli did not finish";
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // Makes the KJM demo register with `ropa-cli demo` and returns its file.
    QString demo()
    {
        const CliRun made = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("d"))});
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        return m_dir.filePath(QStringLiteral("d/kjm-group.ropa"));
    }

    QTemporaryDir m_dir;
};

} // namespace ropa::test
