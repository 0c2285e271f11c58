// Unlock and import costs of the encrypted register:
//   BM_Argon2id        the key derivation alone (file format 1: 64 MiB, t=3)
//   BM_UnlockDemo      opening the KJM demo register and loading it, Argon2id included
//   BM_ImportActivities/N   importing an N-activity .ropa.json into a new register (read, check, write)
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

} // namespace

BENCHMARK_MAIN();
