// Time to produce the Article 30 register PDF for N activities, split into layout (parallel) and painting.
//   BM_RegisterPdf/N         the whole document, as `ropa-cli export --format pdf` makes it
//   BM_RegisterPdfKjmRepeated/N  the KJM demo's activities repeated to N
//   BM_PdfAssemble/N         PdfAssembler alone on that register's PDF, with a bookmark and a link on every page;
//                            its peak_rss_MiB is the peak during assembling (the peak is reset before it)
//   BM_PdfAssembleLinks/pages/links_per_page  PdfAssembler on blank pages with that many links on each: what
//                            libqpdf's in-memory object model costs per page and per link, whatever the layout;
//                            assemble_MiB is the resident memory assembling adds to what was there before
// The peak_rss_MiB counter is the process's peak resident memory so far (Linux only).
#include "TestSupport.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "formats/RegisterJsonWriter.h"
#include "report/PdfAssembler.h"
#include "report/RegisterPdf.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
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
        const QByteArray pdf = report::RegisterPdf::render(reg, info).value();
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
        const QByteArray pdf = report::RegisterPdf::render(reg, info).value();
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["peak_rss_MiB"] = peakResidentMiB();
}
BENCHMARK(BM_RegisterPdfKjmRepeated)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

// Forgets the process's peak resident memory so far (Linux), so the next reading is the peak of what follows.
void resetPeakResident()
{
#ifdef __linux__
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
#endif
}

void BM_PdfAssemble(benchmark::State& state)
{
    const Register reg = test::syntheticRegister(static_cast<int>(state.range(0)));
    const report::DocumentInfo info{QDateTime::currentDateTimeUtc(), 1, Fingerprint::of(reg), false};
    const std::unique_ptr<report::PdfComposer> composer = report::RegisterPdf::compose(reg, info);
    report::PdfAssembler::Input input{composer->render().value(), {}, {}, {}, {}};
    input.metadata.title = QStringLiteral("Record of Processing Activities");
    input.metadata.created = info.produced;
    const int pages = composer->pageCount();
    for (int page = 0; page < pages; ++page) {
        input.outline.append({QStringLiteral("Page %1").arg(page + 1), page % 2, {page, 100}});
        input.links.append({page, QRectF(50, 50, 200, 14), {(page + 1) % pages, 0}});
    }
    resetPeakResident();
    const double residentBefore = peakResidentMiB();
    qint64 bytes = 0;
    for (auto _ : state) {
        const Result<QByteArray> pdf = report::PdfAssembler::assemble(input);
        if (!pdf) {
            state.SkipWithError(pdf.error().message.toStdString().c_str());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->constData());
    }
    state.counters["pages"] = pages;
    state.counters["pdf_MiB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
    state.counters["input_MiB"] = static_cast<double>(input.body.size()) / (1024.0 * 1024.0);
    state.counters["peak_rss_MiB"] = peakResidentMiB();
    state.counters["rss_before_MiB"] = residentBefore;
}
BENCHMARK(BM_PdfAssemble)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PdfAssembleLinks(benchmark::State& state)
{
    const int pages = static_cast<int>(state.range(0));
    const int linksPerPage = static_cast<int>(state.range(1));
    QByteArray body;
    {
        QBuffer buffer(&body);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        QPainter painter(&writer);
        for (int page = 1; page < pages; ++page) {
            writer.newPage();
        }
    }
    report::PdfAssembler::Input input{body, {}, {}, {}, {}};
    input.metadata.title = QStringLiteral("Links");
    input.metadata.created = QDateTime::currentDateTimeUtc();
    for (int page = 0; page < pages; ++page) {
        for (int link = 0; link < linksPerPage; ++link) {
            input.links.append({page, QRectF(50, 50 + 20 * link, 200, 14), {(page * 7 + link) % pages, 100}});
        }
    }
    resetPeakResident();
    const double residentBefore = peakResidentMiB();
    for (auto _ : state) {
        const Result<QByteArray> pdf = report::PdfAssembler::assemble(input);
        if (!pdf) {
            state.SkipWithError(pdf.error().message.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(pdf->constData());
    }
    const double added = peakResidentMiB() - residentBefore;
    state.counters["links"] = static_cast<double>(input.links.size());
    state.counters["assemble_MiB"] = added;
    state.counters["KiB_per_page_and_its_links"] = added * 1024.0 / pages;
}
// 11,000 pages with 7 links each is a 10,000-activity register's shape: contents, matrix rows and "used by" links.
BENCHMARK(BM_PdfAssembleLinks)->Args({11000, 0})->Args({11000, 7})->Unit(benchmark::kMillisecond)->Iterations(1);

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
