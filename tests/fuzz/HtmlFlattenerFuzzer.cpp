// libFuzzer harness for HtmlFlattener on its own: any text gives lines and table rows whose line numbers point into
// the input, in order, with each line trimmed, non-empty and on one line.
#include "FuzzCheck.h"
#include "formats/HtmlFlattener.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

using namespace ropa;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const int lastLine = static_cast<int>(html.count(QLatin1Char('\n'))) + 1;
    (void)formats::HtmlFlattener::looksLikeHtml(html);
    const formats::NoticeText doc = formats::HtmlFlattener(html).run();

    int previous = 1;
    for (const formats::SourceLine& line : doc.lines) {
        ROPA_FUZZ_CHECK(line.number >= previous && line.number <= lastLine,
                        QStringLiteral("line number %1 after %2, of %3").arg(line.number).arg(previous).arg(lastLine));
        previous = line.number;
        ROPA_FUZZ_CHECK(!line.text.isEmpty() && line.text == line.text.trimmed(),
                        QStringLiteral("line %1 is empty or untrimmed").arg(line.number));
        ROPA_FUZZ_CHECK(!line.text.contains(QLatin1Char('\n')),
                        QStringLiteral("line %1 holds a line break").arg(line.number));
    }
    for (const auto& table : doc.tables) {
        for (const formats::TableRow& row : table) {
            ROPA_FUZZ_CHECK(row.line >= 1 && row.line <= lastLine,
                            QStringLiteral("table row on line %1 of %2").arg(row.line).arg(lastLine));
            ROPA_FUZZ_CHECK(!row.cells.isEmpty(), QStringLiteral("a table row without cells"));
        }
    }
    return 0;
}
