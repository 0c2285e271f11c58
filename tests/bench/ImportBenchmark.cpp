// What reading hostile or merely huge input costs: each shape of notice or register export that once took seconds
// to minutes because a reader was quadratic, at 64 KiB, 256 KiB and 1 MiB, so that the time is seen to grow with
// the size and not with its square. Whatever the shape, a 1 MiB input must be imported or refused well under 2 s.
//   BM_Notice/<shape>/<bytes>    NoticeImporter::parse of the text (refused or not: both are fine)
//   BM_Json/<shape>/<bytes>      RegisterJsonReader::read of the bytes
// Run a subset with --benchmark_filter, e.g. 'BM_Notice/legend-lines/65536'.
#include "formats/NoticeImporter.h"
#include "formats/RegisterJsonReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <benchmark/benchmark.h>
#include <functional>

using namespace ropa;

namespace {

// (The shapes' lambdas name their return type: with QT_USE_QSTRINGBUILDER a deduced one would be a builder holding
// references to the lambda's locals.)

// `unit` repeated until the text is `bytes` long, after `head` and before `tail`.
QString repeated(const QString& head, const QString& unit, qsizetype bytes, const QString& tail = {})
{
    QString text = head;
    text.reserve(bytes + unit.size() + tail.size());
    while (text.size() + unit.size() + tail.size() <= bytes) {
        text += unit;
    }
    return text + tail;
}

const QString kLegend = QStringLiteral(
    "We need it to perform our contract with you*, to comply with legal obligations** and for our legitimate "
    "interests***.\n\n");
const QString kTableHead = QStringLiteral("| Purpose/Activity | Type of data | Lawful basis |\n|---|---|---|\n");

struct NoticeShape
{
    const char* name;
    std::function<QString(qsizetype)> make;
};

const QList<NoticeShape>& noticeShapes()
{
    static const QList<NoticeShape> shapes = {
        {"legend-lines",
         [](qsizetype n) -> QString { return repeated({}, QStringLiteral("* Contract\n** Legal obligation\n"), n); }},
        {"table-rows-same-purpose",
         [](qsizetype n) -> QString {
             return repeated(kTableHead, QStringLiteral("| Sending invoices | (a) Contact | Contract |\n"), n);
         }},
        {"marked-purposes-same-purpose",
         [](qsizetype n) -> QString { return repeated(kLegend, QStringLiteral("- Sending invoices (*, **)\n"), n); }},
        {"space-asterisk-letter", [](qsizetype n) -> QString { return repeated({}, QStringLiteral(" *a"), n); }},
        {"space-asterisk-letter-bullet",
         [](qsizetype n) -> QString { return repeated(kLegend + QStringLiteral("- x"), QStringLiteral(" *a"), n); }},
        {"one-long-line",
         [](qsizetype n) -> QString {
             return repeated({}, QStringLiteral("we perform our contract with you and more "), n);
         }},
        {"pipes", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("|"), n); }},
        {"pipe-lines", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("|\n"), n); }},
        {"table-of-pipes", [](qsizetype n) -> QString { return repeated(kTableHead, QStringLiteral("|"), n); }},
        {"less-than", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("<"), n); }},
        {"less-than-lines", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("<<<\n"), n); }},
        {"html-unclosed-tags",
         [](qsizetype n) -> QString { return repeated(QStringLiteral("<p>"), QStringLiteral("<a"), n); }},
        {"html-unclosed-comments",
         [](qsizetype n) -> QString { return repeated(QStringLiteral("<p>"), QStringLiteral("<!--"), n); }},
        {"html-unclosed-entities",
         [](qsizetype n) -> QString { return repeated(QStringLiteral("<p>"), QStringLiteral("&amp"), n); }},
        {"html-nested-divs",
         [](qsizetype n) -> QString {
             const QString open = repeated(QStringLiteral("<html>"), QStringLiteral("<div>"), n / 2);
             return open + QStringLiteral("x") + QStringLiteral("</div>").repeated(open.size() / 5);
         }},
        {"html-nested-tables",
         [](qsizetype n) -> QString {
             return repeated(QStringLiteral("<html>"), QStringLiteral("<table><tr><td>x"), n);
         }},
        {"html-many-cells",
         [](qsizetype n) -> QString {
             return repeated(QStringLiteral("<table><tr><th>Purpose</th><th>Lawful basis</th></tr>"),
                             QStringLiteral("<tr><td>Sending invoices</td><td>Contract</td></tr>"), n);
         }},
        {"asterisks", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("*"), n); }},
        {"asterisk-lines", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("*\n"), n); }},
        {"asterisk-staircase",
         [](qsizetype n) -> QString { return repeated({}, QStringLiteral("*\n**\n***\n****\n"), n); }},
        {"bullet-asterisks",
         [](qsizetype n) -> QString { return repeated(kLegend + QStringLiteral("- x"), QStringLiteral("*"), n); }},
        {"blank-lines", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("\n"), n); }},
        {"spaces-then-letter",
         [](qsizetype n) -> QString {
             return repeated(kLegend + QStringLiteral("- "), QStringLiteral(" "), n, QStringLiteral("x (*)"));
         }},
        {"commas-then-letter",
         [](qsizetype n) -> QString {
             return repeated(kLegend + QStringLiteral("- x"), QStringLiteral(","), n, QStringLiteral("x (*)"));
         }},
        {"open-brackets",
         [](qsizetype n) -> QString {
             return repeated(kLegend + QStringLiteral("- x "), QStringLiteral("("), n, QStringLiteral(" (*)"));
         }},
        {"close-brackets",
         [](qsizetype n) -> QString {
             return repeated(kLegend + QStringLiteral("- x "), QStringLiteral(")"), n, QStringLiteral(" (*)"));
         }},
        {"marker-groups",
         [](qsizetype n) -> QString { return repeated(kLegend + QStringLiteral("- x "), QStringLiteral("(*)"), n); }},
        {"emphasis-runs", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("**a "), n); }},
        {"links-unclosed", [](qsizetype n) -> QString { return repeated({}, QStringLiteral("[a]("), n); }},
        {"item-letters",
         [](qsizetype n) -> QString {
             return repeated(kTableHead + QStringLiteral("| x | y | "), QStringLiteral("(a) "), n,
                             QStringLiteral("|\n"));
         }},
        {"legend-sentence-markers",
         [](qsizetype n) -> QString { return repeated({}, QStringLiteral("contract* legal obligation** "), n); }},
        {"basis-words",
         [](qsizetype n) -> QString {
             return repeated(QStringLiteral("- x ("), QStringLiteral("comply with the the the "), n,
                             QStringLiteral(")"));
         }},
    };
    return shapes;
}

void BM_Notice(benchmark::State& state, const NoticeShape& shape)
{
    const QString text = shape.make(state.range(0));
    bool imported = false;
    for (auto _ : state) {
        const Result<Register> reg = formats::NoticeImporter::parse(text, QStringLiteral("bench.txt"));
        imported = reg.ok();
        benchmark::DoNotOptimize(imported);
    }
    state.counters["imported"] = imported ? 1 : 0;
    state.SetBytesProcessed(state.iterations() * text.size());
}

QByteArray repeatedBytes(const QByteArray& head, const QByteArray& unit, qsizetype bytes, const QByteArray& tail)
{
    QByteArray out = head;
    out.reserve(bytes + unit.size() + tail.size());
    while (out.size() + unit.size() + tail.size() <= bytes) {
        out += unit;
    }
    return out + tail;
}

struct JsonShape
{
    const char* name;
    std::function<QByteArray(qsizetype)> make;
};

const QByteArray kJsonHead = R"({"format": "ropa-register", "version": 1, "controller": {"name": "X"}, )";

const QList<JsonShape>& jsonShapes()
{
    static const QList<JsonShape> shapes = {
        // One activity naming every data category of a long catalogue.
        {"many-references",
         [](qsizetype n) -> QByteArray {
             const qsizetype count = n / 40;
             QByteArray categories;
             QByteArray references;
             for (qsizetype i = 0; i < count; ++i) {
                 const QByteArray id = "c" + QByteArray::number(i);
                 categories += QByteArray(i ? ", " : "") + R"({"id": ")" + id + R"(", "name": "n"})";
                 references += QByteArray(i ? ", \"" : "\"") + id + "\"";
             }
             return kJsonHead + R"("data_categories": [)" + categories +
                 R"(], "activities": [{"id": "a", "purpose": "p", "data_categories": [)" + references + "]}]}";
         }},
        {"many-activities",
         [](qsizetype n) -> QByteArray {
             QByteArray activities;
             for (qsizetype i = 0; activities.size() < n; ++i) {
                 activities += QByteArray(i ? ", " : "") + R"({"id": "a)" + QByteArray::number(i) +
                     R"(", "purpose": "p", "order": )" + QByteArray::number(-i) + "}";
             }
             return kJsonHead + R"("activities": [)" + activities + "]}";
         }},
        {"long-purpose",
         [](qsizetype n) -> QByteArray {
             return repeatedBytes(kJsonHead + R"("activities": [{"id": "a", "purpose": ")", "x", n, "\"}]}");
         }},
        {"deep-arrays", [](qsizetype n) -> QByteArray { return repeatedBytes({}, "[", n, {}); }},
    };
    return shapes;
}

void BM_Json(benchmark::State& state, const JsonShape& shape)
{
    const QByteArray json = shape.make(state.range(0));
    bool imported = false;
    for (auto _ : state) {
        const Result<Register> reg = formats::RegisterJsonReader::read(json, QStringLiteral("bench.ropa.json"));
        imported = reg.ok();
        benchmark::DoNotOptimize(imported);
    }
    state.counters["imported"] = imported ? 1 : 0;
    state.SetBytesProcessed(state.iterations() * json.size());
}

void registerAll()
{
    for (const NoticeShape& shape : noticeShapes()) {
        benchmark::RegisterBenchmark((std::string("BM_Notice/") + shape.name).c_str(), BM_Notice, shape)
            ->RangeMultiplier(4)
            ->Range(64 << 10, 1 << 20)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
    }
    for (const JsonShape& shape : jsonShapes()) {
        benchmark::RegisterBenchmark((std::string("BM_Json/") + shape.name).c_str(), BM_Json, shape)
            ->RangeMultiplier(4)
            ->Range(64 << 10, 1 << 20)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    registerAll();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
