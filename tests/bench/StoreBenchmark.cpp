// Unlock and import costs of the encrypted register:
//   BM_Argon2id        the key derivation alone (file format 1: 64 MiB, t=3)
//   BM_UnlockDemo      opening the KJM demo register and loading it, Argon2id included
//   BM_ImportActivities/N   importing an N-activity .ropa.json into a new register (read, check, write)
//   BM_LoadRegister/N  reading an open N-activity register whole (Argon2id excluded)
//   BM_EditActivityField/N  one field of one activity changed, saved and audited, in an N-activity register
//   BM_EditCatalogueField/N one recipient's name changed, saved and audited, in an N-activity register
#include "TestSupport.h"
#include "io/DemoRegister.h"
#include "io/JsonImport.h"
#include "io/RegisterJsonWriter.h"
#include "store/KeyDerivation.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace ropa;

namespace {

void BM_Argon2id(benchmark::State& state)
{
    const QByteArray salt = store::KeyDerivation::randomSalt();
    for (auto _ : state) {
        auto key = store::KeyDerivation::deriveKey(test::kPassphrase, salt);
        benchmark::DoNotOptimize(key.ok());
    }
}
BENCHMARK(BM_Argon2id)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_UnlockDemo(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.ropa"));
    {
        auto file = store::RegisterFile::create(path, test::kPassphrase);
        (void)store::RegisterStore(file.value()->database()).replace(io::DemoRegister::load().value(), {}, {});
    }
    for (auto _ : state) {
        auto file = store::RegisterFile::open(path, test::kPassphrase);
        auto reg = store::RegisterStore(file.value()->database()).load();
        benchmark::DoNotOptimize(reg->activities.size());
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
        out.write(io::RegisterJsonWriter::write(test::syntheticRegister(static_cast<int>(state.range(0)))));
    }
    int round = 0;
    qint64 fileSize = 0;
    for (auto _ : state) {
        const QString path = dir.filePath(QStringLiteral("r%1.ropa").arg(++round));
        auto file = store::RegisterFile::create(path, test::kPassphrase);
        store::RegisterStore registerStore(file.value()->database());
        auto imported = io::JsonImport::importFile(registerStore, jsonPath, io::JsonImport::Mode::OnlyIntoEmpty);
        benchmark::DoNotOptimize(imported.ok());
        state.PauseTiming();
        file.value().reset();
        fileSize = QFileInfo(path).size();
        QFile::remove(path);
        state.ResumeTiming();
    }
    state.counters["register_MiB"] = static_cast<double>(fileSize) / (1024.0 * 1024.0);
    state.counters["json_MiB"] = static_cast<double>(QFileInfo(jsonPath).size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_ImportActivities)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

// An N-activity register file, written once per benchmark run.
class SyntheticFile
{
public:
    explicit SyntheticFile(int activities)
        : m_register(test::syntheticRegister(activities))
    {
        m_path = m_dir.filePath(QStringLiteral("synthetic.ropa"));
        auto file = store::RegisterFile::create(m_path, test::kPassphrase);
        (void)store::RegisterStore(file.value()->database()).replace(m_register, {}, {});
    }
    const QString& path() const { return m_path; }
    const Register& reg() const { return m_register; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Register m_register;
};

void BM_LoadRegister(benchmark::State& state)
{
    const SyntheticFile synthetic(static_cast<int>(state.range(0)));
    auto file = store::RegisterFile::open(synthetic.path(), test::kPassphrase);
    for (auto _ : state) {
        auto reg = store::RegisterStore(file.value()->database()).load();
        benchmark::DoNotOptimize(reg->activities.size());
    }
}
BENCHMARK(BM_LoadRegister)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_EditActivityField(benchmark::State& state)
{
    const SyntheticFile synthetic(static_cast<int>(state.range(0)));
    auto file = store::RegisterFile::open(synthetic.path(), test::kPassphrase);
    store::RegisterStore registerStore(file.value()->database());
    Activity activity = synthetic.reg().activities.at(synthetic.reg().activities.size() / 2);
    int round = 0;
    for (auto _ : state) {
        activity.purpose = QStringLiteral("Edited purpose %1").arg(++round);
        store::ActivityChanges changes;
        changes.upserts.append({activity, synthetic.reg().activities.size() / 2 + 1});
        const Status saved = registerStore.applyActivityChanges(changes, QStringLiteral("Change purpose"), {});
        benchmark::DoNotOptimize(saved.ok());
    }
}
BENCHMARK(BM_EditActivityField)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_EditCatalogueField(benchmark::State& state)
{
    const SyntheticFile synthetic(static_cast<int>(state.range(0)));
    auto file = store::RegisterFile::open(synthetic.path(), test::kPassphrase);
    store::RegisterStore registerStore(file.value()->database());
    Register header = synthetic.reg();
    header.activities.clear();
    int round = 0;
    for (auto _ : state) {
        header.recipients[0].name = QStringLiteral("Recipient renamed %1").arg(++round);
        const Status saved = registerStore.applyHeaderChanges(header, {}, QStringLiteral("Change name"), {});
        benchmark::DoNotOptimize(saved.ok());
    }
}
BENCHMARK(BM_EditCatalogueField)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
