#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
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

QString pdfBodyText(const QString& pdfPath)
{
    // The composer paints a page's running header and footer before its content; indexOf() matches whole lines.
    static const QRegularExpression footer(QStringLiteral(R"(.*Page \d+ of \d+\s*)"));
    const QString raw = runPoppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")});
    QStringList body;
    for (const QString& page : raw.split(QLatin1Char('\f'))) {
        QStringList lines = page.split(QLatin1Char('\n'));
        const qsizetype end = lines.indexOf(footer);
        body << (end >= 0 ? lines.mid(end + 1) : lines).join(QLatin1Char(' '));
    }
    return body.join(QLatin1Char(' ')).simplified();
}

} // namespace ropa::test
