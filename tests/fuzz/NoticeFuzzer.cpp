// libFuzzer harness for the privacy-notice importer. The first byte picks how the rest reaches it: as UTF-8 text
// (plain or Markdown; the importer tells them apart by content), wrapped in an HTML body (the HtmlFlattener path),
// or as Latin-1 (what readFile falls back to for bytes that are not UTF-8). A notice either imports or gives one
// sentence naming the file; what it imports is a register the .ropa.json format holds and reads back unchanged.
#include "FuzzCheck.h"
#include "formats/NoticeImporter.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"

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
    if (size == 0) {
        return 0;
    }
    const char* bytes = reinterpret_cast<const char*>(data + 1);
    const auto length = static_cast<qsizetype>(size - 1);
    QString text;
    switch (data[0] % 3) {
    case 0:
        text = QString::fromUtf8(bytes, length);
        break;
    case 1:
        text = QStringLiteral("<!DOCTYPE html>\n<html><body>\n") + QString::fromUtf8(bytes, length) +
            QStringLiteral("\n</body></html>\n");
        break;
    default:
        text = QString::fromLatin1(bytes, length);
        break;
    }
    const QString label = QStringLiteral("fuzz-notice.txt");
    const Result<Register> imported = formats::NoticeImporter::parse(text, label);
    if (!imported) {
        ROPA_FUZZ_CHECK(imported.error().message.contains(label), imported.error().message);
        return 0;
    }
    for (const Activity& activity : imported->activities) {
        ROPA_FUZZ_CHECK(!activity.purpose.trimmed().isEmpty(), QStringLiteral("an activity without a purpose"));
        ROPA_FUZZ_CHECK(!activity.bases.isEmpty(), QStringLiteral("activity '%1' has no basis").arg(activity.purpose));
    }
    const QByteArray json = formats::RegisterJsonWriter::write(imported.value());
    const Result<Register> again = formats::RegisterJsonReader::read(json, QStringLiteral("imported.ropa.json"));
    ROPA_FUZZ_CHECK(again.ok(),
                    QStringLiteral("the imported register does not read back from .ropa.json: ") +
                        again.error().message);
    ROPA_FUZZ_CHECK(again.value() == imported.value(), QStringLiteral("the imported register reads back different"));
    return 0;
}
