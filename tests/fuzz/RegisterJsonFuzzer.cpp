// libFuzzer harness for the .ropa.json reader: any bytes either read as a register or give one sentence naming the
// file; a register read is written back and read again unchanged, and the writer's bytes are stable.
#include "FuzzCheck.h"
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
    const QString label = QStringLiteral("fuzz.ropa.json");
    // Raw data, not a copy: the reader sees exactly the fuzzer's buffer, so AddressSanitizer catches a read past it.
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<Register> read = formats::RegisterJsonReader::read(json, label);
    if (!read) {
        ROPA_FUZZ_CHECK(read.error().message.contains(label), read.error().message);
        return 0;
    }
    const QByteArray written = formats::RegisterJsonWriter::write(read.value());
    const Result<Register> again = formats::RegisterJsonReader::read(written, label);
    ROPA_FUZZ_CHECK(again.ok(), QStringLiteral("the writer's output does not read back: ") + again.error().message);
    ROPA_FUZZ_CHECK(again.value() == read.value(), QStringLiteral("the register read back differs"));
    ROPA_FUZZ_CHECK(formats::RegisterJsonWriter::write(again.value()) == written,
                    QStringLiteral("writing the same register twice gives different bytes"));
    return 0;
}
