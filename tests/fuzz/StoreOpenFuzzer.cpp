// libFuzzer harness for opening a damaged register. At start-up it makes one small valid register (synthetic test
// data, keyed with the fuzz build's cheap key derivation) in a private temporary folder. Each input is a list of
// patches applied to a copy of that file; the copy is opened with the right passphrase, and when it opens it is
// loaded and its audit chain verified. Every page is authenticated, so a damaged file either fails with a message
// or, where the damage missed every page that is read, reads back exactly the register that was written, with its
// chain intact. Opening and reading never change the file.
//
// Patch list, repeated to the end of the input: one op byte, three offset bytes (little endian), then
//   op 0xFF: truncate to the offset rounded down to a whole page; op 0xFE: truncate to the offset as it is;
//   op 0xFD: copy the page the offset falls in over the page named by the next byte (a page swap);
//   otherwise: write the next 1 + op % 16 bytes at the offset (modulo the file's size, cut at its end).
#include "FuzzCheck.h"
#include "formats/RegisterJsonReader.h"
#include "store/AuditRecord.h"
#include "store/sqlcipher/SqlCipherRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

using namespace ropa;
using store::sqlcipher::SqlCipherRepository;

namespace {

constexpr char kPassphrase[] = "fuzzing passphrase, not a secret";
constexpr qsizetype kPageSize = 4096;

struct Seed
{
    std::unique_ptr<QTemporaryDir> dir;
    QString path; // where each damaged copy is written
    QByteArray bytes; // the valid register file
    Register reg; // what it holds
};

Seed& seed()
{
    static Seed s;
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void makeSeed()
{
    Seed& s = seed();
    s.dir = std::make_unique<QTemporaryDir>();
    ROPA_FUZZ_CHECK(s.dir->isValid(), QStringLiteral("no temporary folder"));
    const Result<Register> reg = formats::RegisterJsonReader::readFile(QStringLiteral(ROPA_FUZZ_SEED_REGISTER));
    ROPA_FUZZ_CHECK(reg.ok(), reg.error().message);
    const QString seedPath = s.dir->filePath(QStringLiteral("seed.ropa"));
    {
        Result<std::unique_ptr<SqlCipherRepository>> repo = SqlCipherRepository::create(
            seedPath, kPassphrase, reg.value(),
            store::AuditRecord{QStringLiteral("register.create"), {}, QStringLiteral("fuzz")});
        ROPA_FUZZ_CHECK(repo.ok(), repo.error().message);
        // A few more audit entries, so that the chain has links to break.
        Register changed = reg.value();
        for (int i = 1; i <= 3; ++i) {
            changed.controller.phone = QStringLiteral("01264 00000%1").arg(i);
            const Result<store::RegisterInfo> info = repo.value()->info();
            ROPA_FUZZ_CHECK(info.ok(), info.error().message);
            const Result<qint64> revision = repo.value()->apply(
                {RegisterChange::UpdateOrganisation{changed.controller, changed.lastReviewed, changed.reviewedBy,
                                                    changed.pecrDeclared}},
                info->revision, store::AuditRecord{QStringLiteral("organisation.change"), {}, QStringLiteral("fuzz")});
            ROPA_FUZZ_CHECK(revision.ok(), revision.error().message);
        }
        const Result<store::RegisterSnapshot> loaded = repo.value()->load();
        ROPA_FUZZ_CHECK(loaded.ok(), loaded.error().message);
        ROPA_FUZZ_CHECK(loaded->reg == changed, QStringLiteral("the seed register reads back different"));
        s.reg = loaded->reg;
    }
    s.bytes = readAll(seedPath);
    ROPA_FUZZ_CHECK(s.bytes.size() >= kPageSize && s.bytes.size() % kPageSize == 0,
                    QStringLiteral("the seed register is %1 bytes").arg(s.bytes.size()));
    s.path = s.dir->filePath(QStringLiteral("damaged.ropa"));
}

QByteArray damaged(const std::uint8_t* data, std::size_t size)
{
    QByteArray file = seed().bytes;
    std::size_t at = 0;
    while (at + 4 <= size) {
        const std::uint8_t op = data[at];
        const qsizetype offset = data[at + 1] | (data[at + 2] << 8) | (data[at + 3] << 16);
        at += 4;
        if (op == 0xFF || op == 0xFE) {
            qsizetype length = offset % (file.size() + 1);
            if (op == 0xFF) {
                length -= length % kPageSize;
            }
            file.truncate(length);
        } else if (op == 0xFD) {
            const qsizetype pages = file.size() / kPageSize;
            if (pages > 0 && at < size) {
                const qsizetype from = (offset / kPageSize) % pages;
                const qsizetype to = data[at++] % pages;
                const QByteArray page = file.mid(from * kPageSize, kPageSize);
                file.replace(to * kPageSize, kPageSize, page);
            }
        } else if (!file.isEmpty()) {
            const qsizetype start = offset % file.size();
            qsizetype length = 1 + op % 16;
            length = std::min({length, file.size() - start, static_cast<qsizetype>(size - at)});
            for (qsizetype i = 0; i < length; ++i) {
                file[start + i] = static_cast<char>(data[at + static_cast<std::size_t>(i)]);
            }
            at += static_cast<std::size_t>(length);
        }
    }
    return file;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    makeSeed();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Seed& s = seed();
    const QByteArray file = damaged(data, size);
    QFile::remove(s.path + QStringLiteral(".lock"));
    QFile::remove(s.path + QStringLiteral("-journal"));
    {
        QFile out(s.path);
        ROPA_FUZZ_CHECK(out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(file) == file.size(),
                        QStringLiteral("cannot write the damaged copy"));
    }
    {
        Result<std::unique_ptr<SqlCipherRepository>> repo = SqlCipherRepository::open(s.path, kPassphrase);
        if (!repo) {
            ROPA_FUZZ_CHECK(!repo.error().message.isEmpty(), QStringLiteral("open failed without a message"));
        } else {
            const Result<store::RegisterSnapshot> loaded = repo.value()->load();
            if (loaded) {
                ROPA_FUZZ_CHECK(loaded->reg == s.reg,
                                QStringLiteral("a damaged file read back as a different register"));
                const Result<std::optional<qint64>> chain = repo.value()->verifyAuditLog();
                ROPA_FUZZ_CHECK(!chain.ok() || !chain.value().has_value(),
                                QStringLiteral("the audit chain of an authenticated file breaks at entry %1")
                                    .arg(chain.ok() ? *chain.value() : -1));
            } else {
                ROPA_FUZZ_CHECK(!loaded.error().message.isEmpty(), QStringLiteral("load failed without a message"));
            }
        }
    }
    ROPA_FUZZ_CHECK(readAll(s.path) == file, QStringLiteral("opening and reading changed the file"));
    return 0;
}
