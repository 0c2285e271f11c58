// Team mode under load: people changing one register on a PostgreSQL server at once.
//   BM_ConcurrentWriters/W/S  W writers, each over a connection of its own, changing a 10,000-activity register for
//                             S seconds (ROPA_TEAM_BENCH_SECONDS and ROPA_TEAM_BENCH_WRITERS change them, to try it
//                             quickly or to see one writer alone). Each
//                             change is one activity field set to a value no other change sets: mostly the
//                             description of an activity only that writer changes, and one change in 20 the purpose
//                             of one activity every writer changes, so that real conflicts happen; a conflict is made
//                             again on the register's new revision. Afterwards the register is read back whole and
//                             the run fails unless every acknowledged change is there once and nothing else is.
//                             Counters: changes_per_s, latency of each change that went in (p50_ms, p95_ms, p99_ms),
//                             conflicts, lost and duplicated (both must be 0).
// ROPA_TEAM_BENCH_PROFILE=1 also loads pg_stat_statements into the server and prints, after the run, the statements
// that took the server the most time during it, functions' own statements included.
// The throw-away server runs with fsync off (PostgresCluster), so the figures leave out the disk a real server waits
// for on each commit.
#include "PostgresCluster.h"
#include "TestSupport.h"
#include "session/EntryCodecs.h"
#include "store/postgres/Connection.h"
#include "store/postgres/PostgresRepository.h"
#include "store/postgres/ServerAddress.h"
#include "store/postgres/ServerSchema.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace ropa;
using namespace ropa::store;
using namespace ropa::store::postgres;

namespace {

constexpr int kActivities = 10000;
// The activity every writer changes, and how often a writer changes it (one change in kHotEvery).
constexpr int kHot = 0;
constexpr int kHotEvery = 20;
// A change refused this many times in a row means the retry is broken, not busy.
constexpr int kMaxAttempts = 1000;
const QString kAction = QStringLiteral("bench.change");
const QString kValueKey = QStringLiteral("value");

using Clock = std::chrono::steady_clock;

// What one writer saw acknowledged.
struct WriterLog
{
    std::vector<double> latenciesMs;
    qint64 conflicts = 0;
    QStringList acknowledged; // every value the store said it took, in order
    QHash<int, QString> lastDescription; // activity index -> the last description acknowledged for it
    QList<std::pair<qint64, QString>> hot; // revision and purpose of each acknowledged change of the hot activity
    QString error;
};

class TeamServer
{
public:
    explicit TeamServer(test::PostgresCluster& cluster)
        : m_cluster(cluster)
        , m_database(test::PostgresCluster::uniqueName("bench_team"))
    { }

    Status setUp()
    {
        if (Status status = m_cluster.createDatabase(m_database); !status) {
            return status;
        }
        auto admin = Connection::open(m_cluster.parameters(m_database), QStringLiteral("admin"));
        if (!admin) {
            return admin.error();
        }
        return ServerSchema::migrate(*admin.value());
    }

    // Loads pg_stat_statements into the server (a restart) and into the database, counting functions' statements too.
    Status startProfile()
    {
        auto admin = Connection::open(m_cluster.parameters(test::PostgresCluster::kMaintenanceDatabase),
                                      QStringLiteral("admin"));
        if (!admin) {
            return admin.error();
        }
        if (Status status =
                admin.value()->execScript("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            !status) {
            return status;
        }
        if (Status status = m_cluster.restart(); !status) {
            return status;
        }
        // For the sessions that connect from now on.
        return m_cluster.runSql(m_database,
                                "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; ALTER DATABASE " + m_database +
                                    " SET pg_stat_statements.track = 'all'");
    }

    Status resetProfile() { return m_cluster.runSql(m_database, "SELECT pg_stat_statements_reset()"); }

    // The statements that took the server longest since resetProfile(), one a line.
    QString profile() const
    {
        auto admin = Connection::open(m_cluster.parameters(m_database), QStringLiteral("admin"));
        if (!admin) {
            return admin.error().message;
        }
        // The same statement run by different roles is one line; a function's statements are counted on their own
        // (nested) as well as within the call.
        Result<QueryResult> rows =
            admin.value()->exec("SELECT sum(calls)::text, round(sum(total_exec_time))::text, "
                                "round((sum(total_exec_time) / sum(calls))::numeric, 3)::text, "
                                "CASE WHEN bool_and(toplevel) THEN '' ELSE 'nested ' END || "
                                "regexp_replace(left(query, 100), '\\s+', ' ', 'g') FROM pg_stat_statements "
                                "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                                "GROUP BY query ORDER BY sum(total_exec_time) DESC LIMIT 20");
        if (!rows) {
            return rows.error().message;
        }
        QString out = QStringLiteral("calls      total_ms   mean_ms  statement\n");
        for (int row = 0; row < rows->rows(); ++row) {
            out += QStringLiteral("%1 %2 %3  %4\n")
                       .arg(rows->text(row, 0), -10)
                       .arg(rows->text(row, 1), -10)
                       .arg(rows->text(row, 2), -8)
                       .arg(rows->text(row, 3));
        }
        return out;
    }

    Result<QByteArray> role(const QByteArray& prefix, const QByteArray& group)
    {
        const QByteArray name = test::PostgresCluster::uniqueName(prefix);
        if (Status status = m_cluster.createRole(name); !status) {
            return status.error();
        }
        if (Status status = m_cluster.runSql(m_database, "GRANT " + group + " TO " + name); !status) {
            return status.error();
        }
        return name;
    }

    ServerAddress address(const QByteArray& user) const
    {
        return ServerAddress::parse(QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4&register=bench")
                                        .arg(QString::fromLatin1(m_database),
                                             QString::fromUtf8(QUrl::toPercentEncoding(m_cluster.folder())),
                                             QString::number(m_cluster.port()), QString::fromLatin1(user)))
            .value();
    }

private:
    test::PostgresCluster& m_cluster;
    QByteArray m_database;
};

// The activities writer (of writers) has to itself: none is the hot one, and no two writers share one.
int ownActivity(int writer, int writers, qint64 k)
{
    const int perWriter = (kActivities - 1) / writers;
    return 1 + writer + static_cast<int>(k % perWriter) * writers;
}

void write(PostgresRepository& repository, const Register& original, int writer, int writers, Clock::time_point end,
           const std::atomic<bool>& go, WriterLog& log)
{
    Result<qint64> known = repository.revision();
    if (!known) {
        log.error = known.error().message;
        return;
    }
    qint64 revision = known.value();
    while (!go.load()) {
        std::this_thread::yield();
    }
    qint64 own = 0;
    for (qint64 sequence = 1; Clock::now() < end; ++sequence) {
        const QString value = QStringLiteral("w%1-%2").arg(writer).arg(sequence);
        // Writers start their turns on the hot activity at different points, so they do not all meet at once.
        const bool hot = (sequence + writer) % kHotEvery == 0;
        const int index = hot ? kHot : ownActivity(writer, writers, own++);
        Activity activity = original.activities.at(index);
        (hot ? activity.purpose : activity.description) = value;
        const AuditRecord audit{kAction, QJsonObject{{kValueKey, value}}, QStringLiteral("bench")};
        qint64 expected = revision;
        for (int attempt = 1;; ++attempt) {
            const Clock::time_point started = Clock::now();
            const Result<qint64> applied =
                repository.apply({RegisterChange::UpdateActivity{activity}}, expected, audit);
            const Clock::time_point finished = Clock::now();
            if (applied) {
                log.latenciesMs.push_back(std::chrono::duration<double, std::milli>(finished - started).count());
                revision = applied.value();
                log.acknowledged << value;
                if (hot) {
                    log.hot.append({applied.value(), value});
                } else {
                    log.lastDescription.insert(index, value);
                }
                break;
            }
            if (applied.error().code != ErrorCode::Conflict || attempt == kMaxAttempts) {
                log.error = applied.error().message;
                return;
            }
            ++log.conflicts;
            // Made again on the revision that has the other change: the writer has seen it and overwrites it.
            known = repository.revision();
            if (!known) {
                log.error = known.error().message;
                return;
            }
            expected = known.value();
        }
    }
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    std::sort(sorted.begin(), sorted.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted.at(std::min(at, sorted.size() - 1));
}

// The benchmark's argument index, or the environment variable where it holds a positive number.
int argument(const benchmark::State& state, int index, const char* variable)
{
    const int value = qEnvironmentVariableIntValue(variable);
    return value > 0 ? value : static_cast<int>(state.range(index));
}

void BM_ConcurrentWriters(benchmark::State& state)
{
    const int writers = argument(state, 0, "ROPA_TEAM_BENCH_WRITERS");
    const int seconds = argument(state, 1, "ROPA_TEAM_BENCH_SECONDS");
    test::PostgresCluster* cluster = test::PostgresCluster::shared();
    if (!cluster) {
        state.SkipWithError(test::PostgresCluster::whyUnavailable().toStdString().c_str());
        return;
    }
    TeamServer server(*cluster);
    if (Status status = server.setUp(); !status) {
        state.SkipWithError(status.error().message.toStdString().c_str());
        return;
    }
    const bool profiling = qEnvironmentVariableIntValue("ROPA_TEAM_BENCH_PROFILE") == 1;
    if (profiling) {
        if (Status status = server.startProfile(); !status) {
            state.SkipWithError(status.error().message.toStdString().c_str());
            return;
        }
    }
    const Result<QByteArray> dpo = server.role("bench_dpo", "ropa_registrar");
    if (!dpo) {
        state.SkipWithError(dpo.error().message.toStdString().c_str());
        return;
    }
    const Register original = test::syntheticRegister(kActivities);
    auto owner = PostgresRepository::create(server.address(dpo.value()), session::EntryCodecs::json(), original,
                                            AuditRecord{QStringLiteral("bench.setup"), {}, QStringLiteral("bench")});
    if (!owner) {
        state.SkipWithError(owner.error().message.toStdString().c_str());
        return;
    }
    std::vector<std::unique_ptr<PostgresRepository>> repositories;
    for (int w = 0; w < writers; ++w) {
        const Result<QByteArray> editor = server.role("bench_editor", "ropa_user");
        if (!editor) {
            state.SkipWithError(editor.error().message.toStdString().c_str());
            return;
        }
        const Result<qint64> granted =
            owner.value()->setAccess(QString::fromLatin1(editor.value()), QStringLiteral("editor"),
                                     AuditRecord{QStringLiteral("access.grant"), {}, QStringLiteral("bench")});
        auto opened = granted ? PostgresRepository::open(server.address(editor.value()), session::EntryCodecs::json())
                              : Result<std::unique_ptr<PostgresRepository>>(granted.error());
        if (!opened) {
            state.SkipWithError(opened.error().message.toStdString().c_str());
            return;
        }
        repositories.push_back(std::move(opened.value()));
    }
    const Result<qint64> setUpRevision = owner.value()->revision();
    if (!setUpRevision) {
        state.SkipWithError(setUpRevision.error().message.toStdString().c_str());
        return;
    }

    if (profiling) {
        if (Status status = server.resetProfile(); !status) {
            state.SkipWithError(status.error().message.toStdString().c_str());
            return;
        }
    }
    std::vector<WriterLog> logs(static_cast<std::size_t>(writers));
    double elapsed = 0;
    for (auto _ : state) {
        std::atomic<bool> go{false};
        const Clock::time_point started = Clock::now();
        const Clock::time_point end = started + std::chrono::seconds(seconds);
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back(write, std::ref(*repositories.at(static_cast<std::size_t>(w))), std::cref(original), w,
                                 writers, end, std::cref(go), std::ref(logs.at(static_cast<std::size_t>(w))));
        }
        go = true;
        for (std::thread& thread : threads) {
            thread.join();
        }
        elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    }

    if (profiling) {
        std::fprintf(stderr, "%s", qPrintable(server.profile()));
    }

    // What the writers were told, against what the register holds now.
    std::vector<double> latencies;
    qint64 conflicts = 0;
    QHash<QString, int> acknowledged; // value -> times acknowledged
    QHash<int, QString> expectedDescription;
    std::pair<qint64, QString> lastHot{0, original.activities.at(kHot).purpose};
    QStringList problems;
    for (const WriterLog& log : logs) {
        latencies.insert(latencies.end(), log.latenciesMs.begin(), log.latenciesMs.end());
        conflicts += log.conflicts;
        for (const QString& value : log.acknowledged) {
            ++acknowledged[value];
        }
        for (auto it = log.lastDescription.cbegin(); it != log.lastDescription.cend(); ++it) {
            expectedDescription.insert(it.key(), it.value());
        }
        for (const auto& hot : log.hot) {
            lastHot = std::max(lastHot, hot);
        }
        if (!log.error.isEmpty()) {
            problems << QStringLiteral("a writer stopped: ") + log.error;
        }
    }
    const qint64 changes = static_cast<qint64>(latencies.size());

    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 unacknowledged = 0;
    const Result<RegisterSnapshot> now = owner.value()->load();
    const Result<QList<AuditEntry>> entries = owner.value()->auditLog();
    const Result<std::optional<qint64>> broken = owner.value()->verifyAuditLog();
    if (!now || !entries || !broken) {
        state.SkipWithError("The register could not be read back after the run.");
        return;
    }
    // Each activity as the acknowledged changes leave it: a change missing is lost, any other difference was made
    // by no acknowledged change.
    for (int i = 0; i < kActivities; ++i) {
        Activity expected = original.activities.at(i);
        if (expectedDescription.contains(i)) {
            expected.description = expectedDescription.value(i);
        }
        if (i == kHot) {
            expected.purpose = lastHot.second;
        }
        const Activity& stored = now->reg.activities.at(i);
        if (stored == expected) {
            continue;
        }
        Activity asBefore = stored;
        asBefore.description = expected.description;
        asBefore.purpose = expected.purpose;
        // A field left at its first value or at an earlier acknowledged one lost the change after it.
        const auto seen = [&](const QString& value, const QString& first) {
            return value == first || acknowledged.contains(value);
        };
        if (asBefore == expected && seen(stored.description, original.activities.at(i).description) &&
            seen(stored.purpose, original.activities.at(i).purpose)) {
            ++lost;
        } else {
            ++unacknowledged;
        }
        problems
            << QStringLiteral("activity %1 holds \"%2\" / \"%3\"").arg(stored.id, stored.purpose, stored.description);
    }
    if (now->reg.activities.size() != kActivities) {
        problems << QStringLiteral("the register has %1 activities").arg(now->reg.activities.size());
    }
    // The audit log: one entry per acknowledged change, after those of the set-up, and no other.
    QHash<QString, int> logged;
    for (const AuditEntry& entry : entries.value()) {
        if (entry.seq > setUpRevision.value()) {
            const QString value = QJsonDocument::fromJson(entry.detail.toUtf8()).object().value(kValueKey).toString();
            ++logged[entry.action == kAction ? value : entry.action];
        }
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const int times = logged.value(it.key());
        lost += times == 0 ? 1 : 0;
        duplicated += std::max(times, 1) - 1;
    }
    for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
        if (!acknowledged.contains(it.key())) {
            unacknowledged += it.value();
        }
    }
    const qint64 revision = now->info.revision;
    if (revision != setUpRevision.value() + changes) {
        problems << QStringLiteral("the revision is %1, not %2").arg(revision).arg(setUpRevision.value() + changes);
    }
    if (entries->size() != revision) {
        problems << QStringLiteral("the audit log has %1 entries for revision %2").arg(entries->size()).arg(revision);
    }
    if (broken.value()) {
        problems << QStringLiteral("the audit log breaks at entry %1").arg(*broken.value());
    }
    if (lost || duplicated || unacknowledged) {
        problems << QStringLiteral("%1 lost, %2 duplicated, %3 not acknowledged")
                        .arg(lost)
                        .arg(duplicated)
                        .arg(unacknowledged);
    }

    state.counters["writers"] = writers;
    state.counters["seconds"] = elapsed;
    state.counters["changes"] = static_cast<double>(changes);
    state.counters["changes_per_s"] = static_cast<double>(changes) / elapsed;
    state.counters["p50_ms"] = percentile(latencies, 0.50);
    state.counters["p95_ms"] = percentile(latencies, 0.95);
    state.counters["p99_ms"] = percentile(latencies, 0.99);
    state.counters["conflicts"] = static_cast<double>(conflicts);
    state.counters["lost"] = static_cast<double>(lost);
    state.counters["duplicated"] = static_cast<double>(duplicated);
    state.counters["unacknowledged"] = static_cast<double>(unacknowledged);
    if (!problems.isEmpty()) {
        problems = problems.mid(0, 10);
        state.SkipWithError(problems.join(QStringLiteral("; ")).toStdString().c_str());
    }
}
BENCHMARK(BM_ConcurrentWriters)->Args({20, 60})->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

} // namespace

BENCHMARK_MAIN();
