#include "PdfText.h"

#include <QProcess>
#include <gtest/gtest.h>

namespace ropa::test {

QString runPoppler(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString()
                      << " failed (is poppler-utils installed?): " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfFlatText(const QString& pdfPath)
{
    return runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")}).simplified();
}

} // namespace ropa::test
