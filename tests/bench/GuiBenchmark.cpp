// How quickly the main window comes up and answers on a large register, offscreen:
//   BM_Argon2id                 the key derivation alone, which no window work can shorten
//   BM_Unlock/N                 RegisterDocument::open (Argon2id, SQLCipher, loading N activities); the
//                               excl_argon2id_ms counter is the part that is ours to speed up
//   BM_WindowShown/N            from the opened document to the window shown with its first page painted
//   BM_ShowPage/N/page          switching to a page the first time, until it has painted
//   BM_Lock/N/page              locking the window (Ctrl+L or idle) while it shows a page
//   BM_BuildPage/N/page         constructing one page on its own, to see which part of setDocument costs
//   BM_SearchType/N/word        one keystroke in the Activities search box, filter and repaint included
//   BM_SearchBackspace/N/word   erasing the typed word one key at a time
//   BM_SearchClear/N/word       the clear button after typing the word
// Targets from the issue: the window within 1 s of unlocking (Argon2id excluded), under 50 ms per keystroke.
// The *_MiB counters are resident memory from /proc/self/status (Linux only); run BM_WindowShown/activities:10000
// on its own for a process that has held nothing larger before.
#include "ActivitiesPage.h"
#include "AppSettings.h"
#include "AuditLogPage.h"
#include "CataloguePage.h"
#include "MainWindow.h"
#include "MatrixPage.h"
#include "OverviewPage.h"
#include "TestSupport.h"
#include "session/RegisterDocument.h"
#include "store/sqlcipher/KeyDerivation.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <array>
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif
#include <benchmark/benchmark.h>
#include <chrono>
#include <map>
#include <memory>
#include <optional>

using namespace ropa;
using namespace std::chrono_literals;

namespace {

constexpr auto kPaintDeadline = 10s;

// Resident memory in MiB from a /proc/self/status field such as "VmRSS:"; nothing where that file is absent.
std::optional<double> residentMiB(const char* field)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith(field)) {
                return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
            }
        }
    }
#else
    Q_UNUSED(field)
#endif
    return std::nullopt;
}

// Gives freed heap back to the system, so resident memory measured next is what is still in use.
void returnFreedMemory()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// Starts the peak (VmHWM) again from the current resident size, so a peak belongs to the step that follows.
void resetPeakResident()
{
#ifdef Q_OS_LINUX
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
#endif
}

void setMemoryCounter(benchmark::State& state, const char* name, const char* field)
{
    if (const std::optional<double> mib = residentMiB(field)) {
        state.counters[name] = *mib;
    }
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Handles events until none is waiting: a view lays itself out on a zero timer after a change and repaints after
// that, which one processEvents() call does not all reach.
void processEventsUntilIdle()
{
    QDeadlineTimer deadline(kPaintDeadline);
    QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    while (dispatcher->processEvents(QEventLoop::AllEvents) && !deadline.hasExpired()) { }
}

// One encrypted register file per activity count, written on first use and kept for the whole run.
QString registerPath(int activityCount)
{
    static QTemporaryDir dir;
    static std::map<int, QString> paths;
    if (const auto it = paths.find(activityCount); it != paths.end()) {
        return it->second;
    }
    const QString path = dir.filePath(QStringLiteral("synthetic-%1.ropa").arg(activityCount));
    if (!test::writeRegisterFile(path, test::syntheticRegister(activityCount))) {
        return {};
    }
    paths.emplace(activityCount, path);
    return path;
}

std::unique_ptr<session::RegisterDocument> openDocument(benchmark::State& state, int activityCount)
{
    const QString path = registerPath(activityCount);
    auto document = session::RegisterDocument::open(path, test::kPassphrase);
    if (path.isEmpty() || !document.ok()) {
        state.SkipWithError("the synthetic register could not be written or opened");
        return nullptr;
    }
    return std::move(document.value());
}

// Counts the paint events of a widget and its descendants, and waits for one without sleeping.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget* target)
        : m_target(target)
    {
        qApp->installEventFilter(this);
    }
    ~PaintProbe() override { qApp->removeEventFilter(this); }

    int paints() const { return m_paints; }

    // Runs the event loop until the target has painted, or the deadline passes; the loop stops after the whole
    // paint pass, not at its first widget.
    bool waitForPaint()
    {
        QCoreApplication::processEvents();
        if (m_paints == 0) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(kPaintDeadline, &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        return m_paints > 0;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget == m_target || m_target->isAncestorOf(widget)) {
                ++m_paints;
                if (m_loop) {
                    QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
                }
            }
        }
        return false;
    }

private:
    QWidget* m_target;
    QEventLoop* m_loop = nullptr;
    int m_paints = 0;
};

// Deletes a window hidden first, as closing it does: deleting the pages of a visible window shows each in turn,
// which on a large register costs seconds that belong to no benchmark here (BM_Lock measures that path).
struct HideFirst
{
    void operator()(ui::MainWindow* window) const
    {
        window->hide();
        delete window;
    }
};
using Window = std::unique_ptr<ui::MainWindow, HideFirst>;

QWidget* currentPage(const ui::MainWindow& window)
{
    return window.findChild<QStackedWidget*>(QStringLiteral("pageStack"))->currentWidget();
}

// A window shown with its first page painted; nullptr (and the benchmark skipped) if it never paints.
Window shownWindow(benchmark::State& state, std::unique_ptr<session::RegisterDocument> doc, int firstPage)
{
    if (!doc) {
        return nullptr;
    }
    ui::AppSettings::lastPage.set(firstPage);
    Window window(new ui::MainWindow);
    window->setDocument(std::move(doc));
    window->show();
    PaintProbe probe(currentPage(*window));
    if (!probe.waitForPaint()) {
        state.SkipWithError("the window did not paint in time");
        return nullptr;
    }
    return window;
}

void BM_Argon2id(benchmark::State& state)
{
    const QByteArray salt = store::sqlcipher::KeyDerivation::randomSalt();
    for (auto _ : state) {
        auto key = store::sqlcipher::KeyDerivation::deriveKey(test::kPassphrase, salt);
        benchmark::DoNotOptimize(key.ok());
    }
}
BENCHMARK(BM_Argon2id)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_Unlock(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    registerPath(count);
    const QByteArray salt = store::sqlcipher::KeyDerivation::randomSalt();
    double argonMs = 0;
    double openMs = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        benchmark::DoNotOptimize(store::sqlcipher::KeyDerivation::deriveKey(test::kPassphrase, salt).ok());
        const double argon = msSince(timer);
        timer.restart();
        auto doc = openDocument(state, count);
        const double open = msSince(timer);
        state.SetIterationTime(open / 1000.0);
        argonMs += argon;
        openMs += open;
    }
    state.counters["argon2id_ms"] = benchmark::Counter(argonMs, benchmark::Counter::kAvgIterations);
    state.counters["excl_argon2id_ms"] = benchmark::Counter(openMs - argonMs, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Unlock)
    ->ArgName("activities")
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseManualTime();

void BM_WindowShown(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    double setDocumentMs = 0;
    double paintedMs = 0;
    for (auto _ : state) {
        auto doc = openDocument(state, count);
        if (!doc) {
            break;
        }
        ui::AppSettings::lastPage.set(ui::MainWindow::OverviewPage);
        returnFreedMemory();
        const std::optional<double> before = residentMiB("VmRSS:");
        resetPeakResident();
        QElapsedTimer timer;
        timer.start();
        Window window(new ui::MainWindow);
        window->setDocument(std::move(doc));
        const double built = msSince(timer);
        window->show();
        PaintProbe probe(currentPage(*window));
        if (!probe.waitForPaint()) {
            state.SkipWithError("the window did not paint in time");
            break;
        }
        const double total = msSince(timer);
        state.SetIterationTime(total / 1000.0);
        setDocumentMs += built;
        paintedMs += total - built;
        // Resident memory with the document open and the window shown, and what the window added to it.
        const std::optional<double> after = residentMiB("VmRSS:");
        setMemoryCounter(state, "rss_MiB", "VmRSS:");
        setMemoryCounter(state, "peak_rss_MiB", "VmHWM:");
        if (before && after) {
            state.counters["window_MiB"] = *after - *before;
        }
    }
    state.counters["setDocument_ms"] = benchmark::Counter(setDocumentMs, benchmark::Counter::kAvgIterations);
    state.counters["show_paint_ms"] = benchmark::Counter(paintedMs, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_WindowShown)
    ->ArgName("activities")
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseManualTime();

void BM_ShowPage(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const int page = static_cast<int>(state.range(1));
    // The window opens on another page, so the timed one is shown for the first time.
    const int firstPage =
        page == ui::MainWindow::OverviewPage ? ui::MainWindow::AuditLogPage : ui::MainWindow::OverviewPage;
    for (auto _ : state) {
        auto window = shownWindow(state, openDocument(state, count), firstPage);
        if (!window) {
            break;
        }
        QElapsedTimer timer;
        timer.start();
        window->showPage(page);
        PaintProbe probe(currentPage(*window));
        if (!probe.waitForPaint()) {
            state.SkipWithError("the page did not paint in time");
            break;
        }
        state.SetIterationTime(msSince(timer) / 1000.0);
        state.SetLabel(currentPage(*window)->objectName().toStdString());
    }
}
BENCHMARK(BM_ShowPage)
    ->ArgNames({"activities", "page"})
    ->ArgsProduct({{10000}, benchmark::CreateDenseRange(0, 8, 1)})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->UseManualTime();

// Ctrl+L or the idle timer on a large register: the pages go and the passphrase field takes their place.
void BM_Lock(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const int page = static_cast<int>(state.range(1));
    for (auto _ : state) {
        Window window = shownWindow(state, openDocument(state, count), page);
        if (!window) {
            break;
        }
        QElapsedTimer timer;
        timer.start();
        window->lock();
        processEventsUntilIdle();
        state.SetIterationTime(msSince(timer) / 1000.0);
        state.SetLabel(window->isLocked() ? "locked" : "not locked");
    }
}
BENCHMARK(BM_Lock)
    ->ArgNames({"activities", "page"})
    ->ArgsProduct({{1000, 10000}, {ui::MainWindow::OverviewPage, ui::MainWindow::AuditLogPage}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseManualTime();

void BM_BuildPage(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const int page = static_cast<int>(state.range(1));
    auto doc = openDocument(state, count);
    if (!doc) {
        return;
    }
    using Kind = Catalogue::Kind;
    for (auto _ : state) {
        std::unique_ptr<QWidget> widget;
        switch (page) {
        case ui::MainWindow::OverviewPage:
            widget = std::make_unique<ui::OverviewPage>(*doc);
            break;
        case ui::MainWindow::ActivitiesPage:
            widget = std::make_unique<ui::ActivitiesPage>(*doc);
            break;
        case ui::MainWindow::DataCategoriesPage:
            widget = std::make_unique<ui::CataloguePage>(*doc, Kind::DataCategories);
            break;
        case ui::MainWindow::RecipientsPage:
            widget = std::make_unique<ui::CataloguePage>(*doc, Kind::Recipients);
            break;
        case ui::MainWindow::MatrixPage:
            widget = std::make_unique<ui::MatrixPage>(*doc);
            break;
        case ui::MainWindow::AuditLogPage:
            widget = std::make_unique<ui::AuditLogPage>(*doc);
            break;
        default:
            state.SkipWithError("no such page");
            break;
        }
        state.PauseTiming();
        widget.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BuildPage)
    ->ArgNames({"activities", "page"})
    ->ArgsProduct({{10000},
                   {ui::MainWindow::OverviewPage, ui::MainWindow::ActivitiesPage, ui::MainWindow::DataCategoriesPage,
                    ui::MainWindow::RecipientsPage, ui::MainWindow::MatrixPage, ui::MainWindow::AuditLogPage}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

// Words a user might look for: most rows, half the rows (a recipient's name), a narrowing number, and nothing.
constexpr std::array<const char*, 4> kWords = {"purpose", "payroll", "number 4321", "zebra"};

// The window on the Activities page, shared by the search benchmarks: opening it once saves seconds each.
struct SearchWindow
{
    Window window;
    QLineEdit* searchEdit = nullptr;
    QSortFilterProxyModel* proxy = nullptr;
    QWidget* viewport = nullptr;
};
std::map<int, SearchWindow> g_searchWindows;

SearchWindow* searchWindow(benchmark::State& state, int activityCount)
{
    if (const auto it = g_searchWindows.find(activityCount); it != g_searchWindows.end()) {
        it->second.searchEdit->clear();
        processEventsUntilIdle();
        return &it->second;
    }
    auto window = shownWindow(state, openDocument(state, activityCount), ui::MainWindow::ActivitiesPage);
    if (!window) {
        return nullptr;
    }
    auto* page = window->findChild<QWidget*>(QStringLiteral("activitiesPage"));
    auto* edit = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* view = page->findChild<QTableView*>(QStringLiteral("activityTableView"));
    window->activateWindow();
    edit->setFocus(Qt::OtherFocusReason);
    processEventsUntilIdle();
    SearchWindow shown{std::move(window), edit, qobject_cast<QSortFilterProxyModel*>(view->model()), view->viewport()};
    return &g_searchWindows.emplace(activityCount, std::move(shown)).first->second;
}

// Sends one key to the search box and lets the filter, the form and the repaints happen; returns milliseconds.
template <typename Key>
double timedKey(QLineEdit* edit, Key key)
{
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(edit, key);
    processEventsUntilIdle();
    return msSince(timer);
}

// The keys of one benchmark: the slowest, and how often the table repainted (a key that paints nothing has not
// been fully measured).
struct KeyTimes
{
    double maxMs = 0;
    qsizetype keys = 0;
    int paints = 0;

    double add(QLineEdit* edit, const PaintProbe& probe, auto key)
    {
        const int paintsBefore = probe.paints();
        const double ms = timedKey(edit, key);
        maxMs = std::max(maxMs, ms);
        ++keys;
        paints += probe.paints() - paintsBefore;
        return ms;
    }

    void setCounters(benchmark::State& state, const SearchWindow& shown) const
    {
        state.counters["max_key_ms"] = maxMs;
        state.counters["paints_per_key"] = keys > 0 ? static_cast<double>(paints) / static_cast<double>(keys) : 0.0;
        state.counters["rows_shown"] = static_cast<double>(shown.proxy->rowCount());
        setMemoryCounter(state, "rss_MiB", "VmRSS:");
        state.SetLabel(kWords.at(static_cast<std::size_t>(state.range(1))));
    }
};

void BM_SearchType(benchmark::State& state)
{
    SearchWindow* shown = searchWindow(state, static_cast<int>(state.range(0)));
    if (!shown) {
        return;
    }
    const QByteArray word = kWords.at(static_cast<std::size_t>(state.range(1)));
    PaintProbe probe(shown->viewport);
    KeyTimes times;
    for (auto _ : state) {
        double totalMs = 0;
        for (const char c : word) {
            totalMs += times.add(shown->searchEdit, probe, c);
        }
        state.SetIterationTime(totalMs / static_cast<double>(word.size()) / 1000.0); // per keystroke
        times.setCounters(state, *shown);
        state.PauseTiming();
        shown->searchEdit->clear();
        processEventsUntilIdle();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_SearchType)
    ->ArgNames({"activities", "word"})
    ->ArgsProduct({{1000, 10000}, {0, 1, 2, 3}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseManualTime();

void BM_SearchBackspace(benchmark::State& state)
{
    SearchWindow* shown = searchWindow(state, static_cast<int>(state.range(0)));
    if (!shown) {
        return;
    }
    const QByteArray word = kWords.at(static_cast<std::size_t>(state.range(1)));
    PaintProbe probe(shown->viewport);
    KeyTimes times;
    for (auto _ : state) {
        state.PauseTiming();
        QTest::keyClicks(shown->searchEdit, QString::fromLatin1(word));
        processEventsUntilIdle();
        state.ResumeTiming();
        double totalMs = 0;
        for (qsizetype i = 0; i < word.size(); ++i) {
            totalMs += times.add(shown->searchEdit, probe, Qt::Key_Backspace);
        }
        state.SetIterationTime(totalMs / static_cast<double>(word.size()) / 1000.0);
        times.setCounters(state, *shown);
    }
}
BENCHMARK(BM_SearchBackspace)
    ->ArgNames({"activities", "word"})
    ->ArgsProduct({{10000}, {1, 3}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseManualTime();

void BM_SearchClear(benchmark::State& state)
{
    SearchWindow* shown = searchWindow(state, static_cast<int>(state.range(0)));
    if (!shown) {
        return;
    }
    const QByteArray word = kWords.at(static_cast<std::size_t>(state.range(1)));
    for (auto _ : state) {
        state.PauseTiming();
        QTest::keyClicks(shown->searchEdit, QString::fromLatin1(word));
        processEventsUntilIdle();
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        shown->searchEdit->clear(); // what the clear button does
        processEventsUntilIdle();
        state.SetIterationTime(msSince(timer) / 1000.0);
    }
    state.counters["rows_shown"] = static_cast<double>(shown->proxy->rowCount());
    state.SetLabel(word.toStdString());
}
BENCHMARK(BM_SearchClear)
    ->ArgNames({"activities", "word"})
    ->ArgsProduct({{10000}, {1, 3}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseManualTime();

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // The windows read and write settings: keep them in a folder of the run's own, never the user's.
    const auto settingsDir = ropa::test::useTemporarySettings();

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_searchWindows.clear(); // widgets go before the application
    return 0;
}
