// What the encrypted register costs to unlock, read, change and import:
//   BM_Argon2id              the key derivation alone (file format 1: 64 MiB, t=3)
//   BM_UnlockDemo            opening the KJM demo register and loading it, Argon2id included
//   BM_ImportActivities/N    importing an N-activity .ropa.json into a new register (read, check, write; Argon2id
//                            included)
//   BM_LoadRegister/N        reading an open N-activity register whole with its fingerprint (Argon2id excluded):
//                            what ropa-cli and the window do after unlocking
//   BM_EditActivityField/N   one field of one activity changed, saved and audited, in the store
//   BM_EditCatalogueField/N  one recipient's name changed, saved and audited, in the store
//   BM_DocumentFieldEdit/N   one activity field edited as the window does it: an undo command that saves, audits
//                            and updates the register in memory
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonReader.h"
#include "formats/RegisterJsonWriter.h"
#include "session/ImportRegister.h"
#include "session/RegisterDocument.h"
#include "store/sqlcipher/KeyDerivation.h"
#include "store/sqlcipher/SqlCipherRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>
#include <benchmark/benchmark.h>

using namespace ropa;
using store::sqlcipher::SqlCipherRepository;

namespace {

const store::AuditRecord kAudit{QStringLiteral("bench.edit"), {}, QStringLiteral("bench")};

void BM_Argon2id(benchmark::State& state)
{
    const QByteArray salt = store::sqlcipher::KeyDerivation::randomSalt();
    for (auto _ : state) {
        auto key = store::sqlcipher::KeyDerivation::deriveKey(test::kPassphrase, salt);
        benchmark::DoNotOptimize(key.ok());
    }
}
BENCHMARK(BM_Argon2id)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A register file written once per benchmark run.
class RegisterFixture
{
public:
    explicit RegisterFixture(Register reg)
        : m_register(std::move(reg))
    {
        m_path = m_dir.filePath(QStringLiteral("bench.ropa"));
        (void)test::writeRegisterFile(m_path, m_register);
    }
    const QString& path() const { return m_path; }
    const Register& reg() const { return m_register; }
    std::unique_ptr<SqlCipherRepository> open() const
    {
        return std::move(SqlCipherRepository::open(m_path, test::kPassphrase).value());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Register m_register;
};

void BM_UnlockDemo(benchmark::State& state)
{
    const RegisterFixture fixture(formats::DemoRegister::load().value());
    for (auto _ : state) {
        auto repository = fixture.open();
        auto snapshot = repository->load();
        benchmark::DoNotOptimize(snapshot->reg.activities.size());
    }
}
BENCHMARK(BM_UnlockDemo)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ImportActivities(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("synthetic.ropa.json"));
    {
        QFile out(jsonPath);
        (void)out.open(QIODevice::WriteOnly);
        out.write(formats::RegisterJsonWriter::write(test::syntheticRegister(static_cast<int>(state.range(0)))));
    }
    int round = 0;
    qint64 fileSize = 0;
    for (auto _ : state) {
        const QString path = dir.filePath(QStringLiteral("r%1.ropa").arg(++round));
        const Result<Register> read = formats::RegisterJsonReader::readFile(jsonPath);
        const auto imported =
            session::ImportRegister::run(session::RegisterLocation(path), test::kPassphrase, read.value(), jsonPath,
                                         session::ImportRegister::Mode::OnlyIntoEmpty, QStringLiteral("bench"));
        benchmark::DoNotOptimize(imported.ok());
        state.PauseTiming();
        fileSize = QFileInfo(path).size();
        QFile::remove(path);
        state.ResumeTiming();
    }
    state.counters["register_MiB"] = static_cast<double>(fileSize) / (1024.0 * 1024.0);
    state.counters["json_MiB"] = static_cast<double>(QFileInfo(jsonPath).size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_ImportActivities)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Each round opens the file afresh outside the timing, so the pages are read and decrypted as a new process
// reads them, and times the reading alone.
void BM_LoadRegister(benchmark::State& state)
{
    const RegisterFixture fixture(test::syntheticRegister(static_cast<int>(state.range(0))));
    for (auto _ : state) {
        state.PauseTiming();
        auto repository = fixture.open();
        state.ResumeTiming();
        auto snapshot = repository->load();
        benchmark::DoNotOptimize(snapshot->info.fingerprint);
        state.PauseTiming();
        repository.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_LoadRegister)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(10);

// The fingerprint alone, which every document prints.
void BM_Fingerprint(benchmark::State& state)
{
    const Register reg = test::syntheticRegister(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(Fingerprint::of(reg));
    }
}
BENCHMARK(BM_Fingerprint)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_EditActivityField(benchmark::State& state)
{
    const RegisterFixture fixture(test::syntheticRegister(static_cast<int>(state.range(0))));
    const auto repository = fixture.open();
    Activity activity = fixture.reg().activities.at(fixture.reg().activities.size() / 2);
    qint64 revision = 1;
    for (auto _ : state) {
        activity.purpose = QStringLiteral("Edited purpose %1").arg(revision);
        const Result<qint64> saved = repository->apply({RegisterChange::UpdateActivity{activity}}, revision, kAudit);
        revision = saved.value();
    }
}
BENCHMARK(BM_EditActivityField)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_EditCatalogueField(benchmark::State& state)
{
    const RegisterFixture fixture(test::syntheticRegister(static_cast<int>(state.range(0))));
    const auto repository = fixture.open();
    Recipient recipient = fixture.reg().recipients.at(0);
    qint64 revision = 1;
    for (auto _ : state) {
        recipient.name = QStringLiteral("Recipient renamed %1").arg(revision);
        const Result<qint64> saved = repository->apply({RegisterChange::UpdateEntry{recipient}}, revision, kAudit);
        revision = saved.value();
    }
}
BENCHMARK(BM_EditCatalogueField)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_DocumentFieldEdit(benchmark::State& state)
{
    const RegisterFixture fixture(test::syntheticRegister(static_cast<int>(state.range(0))));
    auto document = session::RegisterDocument::open(fixture.path(), test::kPassphrase);
    session::RegisterDocument& doc = *document.value();
    const qsizetype index = doc.reg().activities.size() / 2;
    int round = 0;
    for (auto _ : state) {
        Activity changed = doc.reg().activities.at(index);
        changed.purpose = QStringLiteral("Edited purpose %1").arg(++round);
        doc.changeActivity(index, changed, QStringLiteral("Change purpose"));
    }
    state.counters["undo_steps"] = doc.undoStack()->count();
}
BENCHMARK(BM_DocumentFieldEdit)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
