// Time to produce the Article 30 register PDF for N activities, split into layout (parallel) and painting.
//   BM_RegisterPdf/N         the whole document, as `ropa-cli export --format pdf` makes it
//   BM_RegisterPdfKjmRepeated/N  the KJM demo's activities repeated to N
// The peak_rss_MiB counter is the process's peak resident memory so far (Linux only).
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonWriter.h"
#include "report/RegisterPdf.h"

#include <QFile>
#include <QGuiApplication>
#include <benchmark/benchmark.h>

using namespace ropa;

namespace {

double peakResidentMiB()
{
#ifdef __linux__
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            }
        }
    }
#endif
    return 0;
}

void BM_RegisterPdf(benchmark::State& state)
{
    const Register reg = test::syntheticRegister(static_cast<int>(state.range(0)));
    const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), 1, Fingerprint::of(reg), false};
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray pdf = report::RegisterPdf::render(reg, info);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["pdf_MiB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
// Layout only: the HTML of every section laid out on pages, nothing painted.
void BM_RegisterPdfLayout(benchmark::State& state)
{
    const Register reg = test::syntheticRegister(static_cast<int>(state.range(0)));
    const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), 1, Fingerprint::of(reg), false};
    int pages = 0;
    for (auto _ : state) {
        pages = report::RegisterPdf::compose(reg, info)->pageCount();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_RegisterPdfLayout)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK(BM_RegisterPdf)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

// The KJM demo's 19 activities repeated to N: real wording and links, shorter texts than the synthetic ones.
void BM_RegisterPdfKjmRepeated(benchmark::State& state)
{
    const Register demo = formats::DemoRegister::load().value();
    Register reg = demo;
    reg.activities.clear();
    for (int i = 0; i < state.range(0); ++i) {
        Activity a = demo.activities.at(i % demo.activities.size());
        a.id = QStringLiteral("activity-%1").arg(i + 1);
        reg.activities.append(a);
    }
    const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), 1, Fingerprint::of(reg), false};
    for (auto _ : state) {
        const QByteArray pdf = report::RegisterPdf::render(reg, info);
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
BENCHMARK(BM_RegisterPdfKjmRepeated)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
