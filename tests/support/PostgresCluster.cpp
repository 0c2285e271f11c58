#include "PostgresCluster.h"

#include "PostgresClusterPlatform.h"
#include "store/postgres/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <optional>

namespace ropa::test {

namespace {

#ifdef Q_OS_WIN
constexpr const char* kExecutableSuffix = ".exe";
#else
constexpr const char* kExecutableSuffix = "";
#endif

// pg_ctl's own wait for the server to come up or go down, and our wait for any program, which is longer so that
// pg_ctl's more telling message is the one seen.
constexpr int kServerWaitSeconds = 60;
constexpr int kProgramWaitMs = 90 * 1000;

const QString kLabel = QStringLiteral("the PostgreSQL test server");

struct ServerPrograms
{
    QString initdb;
    QString pgCtl;
};

std::optional<ServerPrograms> programsIn(const QString& folder)
{
    const QString initdb = folder + QStringLiteral("/initdb") + QLatin1String(kExecutableSuffix);
    const QString pgCtl = folder + QStringLiteral("/pg_ctl") + QLatin1String(kExecutableSuffix);
    if (QFileInfo(initdb).isExecutable() && QFileInfo(pgCtl).isExecutable()) {
        return ServerPrograms{initdb, pgCtl};
    }
    return std::nullopt;
}

Result<ServerPrograms> findServerPrograms()
{
    const QString chosen = qEnvironmentVariable("ROPA_TEST_POSTGRES_BIN");
    if (!chosen.isEmpty()) {
        if (auto programs = programsIn(chosen)) {
            return *programs;
        }
        return Error{ErrorCode::Io,
                     QStringLiteral("ROPA_TEST_POSTGRES_BIN names %1, which holds no initdb and pg_ctl.").arg(chosen)};
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    const QString pgCtl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    if (!initdb.isEmpty() && !pgCtl.isEmpty()) {
        return ServerPrograms{initdb, pgCtl};
    }
    // Debian keeps the server programs off the PATH, one folder per major version.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toDouble() > b.toDouble(); });
    for (const QString& version : std::as_const(versions)) {
        if (auto programs = programsIn(QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version))) {
            return *programs;
        }
    }
    return Error{ErrorCode::Io,
                 QStringLiteral("PostgreSQL is not installed: there is no initdb and pg_ctl on the PATH or in "
                                "/usr/lib/postgresql/<version>/bin (Debian package postgresql).")};
}

// Whether every folder from path up to the root lets any user pass through, as the server account must.
bool reachableByOthers(const QString& path)
{
    QString folder = QFileInfo(path).canonicalFilePath();
    if (folder.isEmpty()) {
        return false;
    }
    while (true) {
        if (!QFileInfo(folder).permission(QFileDevice::ExeOther)) {
            return false;
        }
        const QString parent = QFileInfo(folder).path();
        if (parent == folder) {
            return true;
        }
        folder = parent;
    }
}

// The folder the cluster folders are made in.
QString folderBase()
{
    // The socket's path must fit in about a hundred bytes, and run as root the server account must be able to reach
    // the folder; /tmp serves where the usual temporary folder does not.
    const QString base = QDir::tempPath();
    const bool fits = base.size() <= 60 && !base.contains(QLatin1Char('\''));
    if (fits && (!PostgresClusterPlatform::runningAsRoot() || reachableByOthers(base))) {
        return base;
    }
    return QStringLiteral("/tmp");
}

int choosePort()
{
    // The socket lives in the cluster's own folder, so no two clusters share a socket file whatever their ports.
    // The port still differs between programs (and clusters of one program) because servers before version 12
    // derived their shared memory keys from it.
    static std::atomic<int> made{0};
    const qint64 pid = QCoreApplication::applicationPid();
    return 20000 + static_cast<int>(pid % 4000) * 10 + made++ % 10;
}

QString lastLine(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QString trimmed = line->trimmed();
        if (!trimmed.isEmpty()) {
            return trimmed;
        }
    }
    return {};
}

bool isPlainName(const QByteArray& name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(QString::fromLatin1(name)).hasMatch();
}

Error notAPlainName(const QByteArray& name)
{
    return Error{ErrorCode::Usage,
                 QStringLiteral("\"%1\" is not a plain SQL name: lower-case letters, digits and underscores, at "
                                "most 63.")
                     .arg(QString::fromLatin1(name))};
}

// Runs a server program in folder, as kServerAccount when we are root, and returns what it printed.
Result<QString> runServerProgram(const QString& program, const QStringList& arguments, const QString& folder)
{
    QString command = program;
    QStringList commandArguments = arguments;
    if (PostgresClusterPlatform::runningAsRoot()) {
        const QString account = QLatin1String(PostgresCluster::kServerAccount);
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        unsigned uid = 0;
        unsigned gid = 0;
        if (!runuser.isEmpty()) {
            command = runuser;
            commandArguments = QStringList{QStringLiteral("-u"), account, QStringLiteral("--"), program} + arguments;
        } else if (!setpriv.isEmpty() && PostgresClusterPlatform::accountIds(account, &uid, &gid)) {
            command = setpriv;
            commandArguments = QStringList{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(gid),
                                           QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                arguments;
        } else {
            return Error{ErrorCode::Io,
                         QStringLiteral("PostgreSQL will not run as root, and neither runuser nor "
                                        "setpriv is installed to run it as %1.")
                             .arg(account)};
        }
    }
    QProcess process;
    // The server account may not be able to enter the folder the tests run in.
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    const QString name = QFileInfo(program).fileName();
    process.start(command, commandArguments);
    if (!process.waitForStarted(kProgramWaitMs)) {
        return Error{ErrorCode::Io, QStringLiteral("Could not run %1: %2").arg(name, process.errorString())};
    }
    if (!process.waitForFinished(kProgramWaitMs)) {
        process.kill();
        process.waitForFinished(kProgramWaitMs);
        return Error{ErrorCode::Io,
                     QStringLiteral("%1 did not finish within %2 seconds.").arg(name).arg(kProgramWaitMs / 1000)};
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why = lastLine(output);
        return Error{ErrorCode::Io,
                     QStringLiteral("%1 failed: %2").arg(name, why.isEmpty() ? process.errorString() : why)};
    }
    return output;
}

// The process that made a cluster folder, recorded in it so that a later program can tell an abandoned cluster.
const QString kOwnerFile = QStringLiteral("owner.pid");

// Stops and removes the clusters of test programs that died without stopping theirs (killed at a ctest timeout, a
// crash), so that servers do not pile up on a CI machine. A folder without an owner yet is being made; a folder
// whose owner lives belongs to a program running now.
void removeAbandonedClusters(const QString& base, const QString& pgCtl)
{
    QDir folders(base);
    const QStringList names =
        folders.entryList({QStringLiteral("ropa-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& name : names) {
        const QString folder = folders.filePath(name);
        QFile owner(folder + QLatin1Char('/') + kOwnerFile);
        if (!owner.open(QIODevice::ReadOnly)) {
            continue;
        }
        bool isNumber = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&isNumber);
        owner.close();
        if (!isNumber || PostgresClusterPlatform::processExists(pid)) {
            continue;
        }
        const QString data = folder + QStringLiteral("/data");
        if (QFile::exists(data + QStringLiteral("/postmaster.pid"))) {
            static_cast<void>(
                runServerProgram(pgCtl,
                                 {QStringLiteral("stop"), QStringLiteral("-D"), data, QStringLiteral("-m"),
                                  QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("-s")},
                                 folder));
        }
        QDir(folder).removeRecursively();
    }
}

struct SharedCluster
{
    bool tried = false;
    std::unique_ptr<PostgresCluster> cluster;
    QString whyUnavailable;
};

SharedCluster& sharedCluster()
{
    static SharedCluster shared;
    return shared;
}

void stopSharedCluster()
{
    sharedCluster().cluster.reset();
}

} // namespace

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::create()
{
    const auto programs = findServerPrograms();
    if (!programs) {
        return programs.error();
    }
    const QString base = folderBase();
    removeAbandonedClusters(base, programs->pgCtl);
    std::unique_ptr<PostgresCluster> cluster(
        new PostgresCluster(programs->initdb, programs->pgCtl, base + QStringLiteral("/ropa-pg-XXXXXX"), choosePort()));
    if (!cluster->m_folder.isValid()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("Could not make a folder for %1: %2").arg(kLabel, cluster->m_folder.errorString())};
    }
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    QFile owner(cluster->m_folder.filePath(kOwnerFile));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(pid) != pid.size() || !owner.flush()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("Could not write %1: %2").arg(owner.fileName(), owner.errorString())};
    }
    owner.close();
    if (const Status made = cluster->initialise(); !made) {
        return made.error();
    }
    if (const Status started = cluster->start(); !started) {
        return started.error();
    }
    return cluster;
}

PostgresCluster* PostgresCluster::shared()
{
    SharedCluster& shared = sharedCluster();
    if (!shared.tried) {
        shared.tried = true;
        auto made = create();
        if (made) {
            shared.cluster = std::move(made).value();
            // Stopped while the application object still exists where there is one, else when the program exits.
            if (QCoreApplication::instance()) {
                qAddPostRoutine(stopSharedCluster);
            }
            std::atexit(stopSharedCluster);
        } else {
            shared.whyUnavailable = made.error().message;
        }
    }
    return shared.cluster.get();
}

QString PostgresCluster::whyUnavailable()
{
    return shared() ? QString() : sharedCluster().whyUnavailable;
}

QByteArray PostgresCluster::uniqueName(const QByteArray& prefix)
{
    static std::atomic<int> made{0};
    const QByteArray suffix = '_' + QByteArray::number(++made);
    QByteArray name = prefix.toLower().left(63 - suffix.size());
    for (char& c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            c = '_';
        }
    }
    if (name.isEmpty() || (name.front() >= '0' && name.front() <= '9')) {
        name = 't' + name.left(62 - suffix.size());
    }
    return name + suffix;
}

PostgresCluster::PostgresCluster(QString initdb, QString pgCtl, const QString& folderTemplate, int port)
    : m_initdb(std::move(initdb))
    , m_pgCtl(std::move(pgCtl))
    , m_port(port)
    , m_folder(folderTemplate)
{ }

PostgresCluster::~PostgresCluster()
{
    if (!stop()) {
        // A server that will not stop in an orderly way must still not outlive its folder.
        static_cast<void>(runProgram(m_pgCtl,
                                     {QStringLiteral("stop"), QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"),
                                      QStringLiteral("immediate"), QStringLiteral("-s")}));
    }
}

QString PostgresCluster::dataFolder() const
{
    return m_folder.filePath(QStringLiteral("data"));
}

QString PostgresCluster::logPath() const
{
    return m_folder.filePath(QStringLiteral("server.log"));
}

QString PostgresCluster::serverLog() const
{
    QFile log(logPath());
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
}

Status PostgresCluster::initialise()
{
    if (PostgresClusterPlatform::runningAsRoot()) {
        unsigned uid = 0;
        unsigned gid = 0;
        if (!PostgresClusterPlatform::accountIds(QLatin1String(kServerAccount), &uid, &gid)) {
            return Error{ErrorCode::Io,
                         QStringLiteral("PostgreSQL will not run as root, and there is no account %1 to run %2 as.")
                             .arg(QLatin1String(kServerAccount), kLabel)};
        }
        if (const int err = PostgresClusterPlatform::changeOwner(folder(), uid, gid); err != 0) {
            return Error{ErrorCode::Io,
                         QStringLiteral("Could not give %1 to the account %2 (error %3).")
                             .arg(folder(), QLatin1String(kServerAccount))
                             .arg(err)};
        }
    }
    const auto made = runProgram(m_initdb,
                                 {QStringLiteral("-D"), dataFolder(), QStringLiteral("-U"), QLatin1String(kSuperuser),
                                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                                  QStringLiteral("--auth=trust"), QStringLiteral("--no-sync")});
    if (!made) {
        return made.error();
    }
    // No TCP at all: the socket in our own folder is the only way in. The data is thrown away, so it need not
    // survive a power cut, and skipping the flushes makes each test's CREATE DATABASE quick.
    const QByteArray settings = "\n# Written by the tests' PostgresCluster.\n"
                                "listen_addresses = ''\n"
                                "unix_socket_directories = '" +
        QFile::encodeName(folder()) +
        "'\n"
        "port = " +
        QByteArray::number(m_port) +
        "\n"
        "fsync = off\n"
        "synchronous_commit = off\n"
        "full_page_writes = off\n";
    QFile config(dataFolder() + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::Append) || config.write(settings) != settings.size() || !config.flush()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("Could not write the settings of %1: %2").arg(kLabel, config.errorString())};
    }
    return {};
}

QString PostgresCluster::address(const QByteArray& database, const QByteArray& user, const QString& registerName) const
{
    QString uri = QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
                      .arg(QString::fromLatin1(database), QString::fromUtf8(QUrl::toPercentEncoding(folder())),
                           QString::number(m_port), QString::fromLatin1(user));
    if (!registerName.isEmpty()) {
        uri += QStringLiteral("&register=") + registerName;
    }
    return uri;
}

QString PostgresCluster::certificatePath() const
{
    return dataFolder() + QStringLiteral("/server.crt");
}

Status PostgresCluster::enableTls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("openssl is not installed (Debian: openssl), so %1 cannot make "
                                    "a certificate.")
                         .arg(kLabel)};
    }
    const QString key = dataFolder() + QStringLiteral("/server.key");
    // Made by the server's account, so that the key is its own; PostgreSQL wants it readable by no one else.
    for (const auto& [program, arguments] : QList<std::pair<QString, QStringList>>{
             {openssl,
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
               QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificatePath(),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
               QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")}},
             {QStandardPaths::findExecutable(QStringLiteral("chmod")), {QStringLiteral("600"), key}}}) {
        if (const auto ran = runProgram(program, arguments); !ran) {
            return ran.error();
        }
    }
    const QByteArray settings = "\n# TLS for the tests that need it.\n"
                                "listen_addresses = '127.0.0.1'\n"
                                "ssl = on\n"
                                "ssl_cert_file = 'server.crt'\n"
                                "ssl_key_file = 'server.key'\n";
    QFile config(dataFolder() + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::Append) || config.write(settings) != settings.size() || !config.flush()) {
        return Error{ErrorCode::Io,
                     QStringLiteral("Could not write the settings of %1: %2").arg(kLabel, config.errorString())};
    }
    config.close();
    return restart();
}

Result<QString> PostgresCluster::runProgram(const QString& program, const QStringList& arguments) const
{
    return runServerProgram(program, arguments, folder());
}

Status PostgresCluster::start()
{
    if (m_running) {
        return {};
    }
    // -w: pg_ctl itself waits until the server accepts connections, so nothing here sleeps or polls.
    const auto started = runProgram(m_pgCtl,
                                    {QStringLiteral("start"), QStringLiteral("-D"), dataFolder(), QStringLiteral("-l"),
                                     logPath(), QStringLiteral("-w"), QStringLiteral("-t"),
                                     QString::number(kServerWaitSeconds), QStringLiteral("-s")});
    if (!started) {
        const QString why = lastLine(serverLog());
        return Error{ErrorCode::Io,
                     QStringLiteral("%1 did not start: %2").arg(kLabel, why.isEmpty() ? started.error().message : why)};
    }
    m_running = true;
    return {};
}

Status PostgresCluster::stop()
{
    // A start that timed out may still have left a server running: its pid file says so.
    if (!m_running && !QFile::exists(dataFolder() + QStringLiteral("/postmaster.pid"))) {
        return {};
    }
    const auto stopped = runProgram(m_pgCtl,
                                    {QStringLiteral("stop"), QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"),
                                     QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                                     QString::number(kServerWaitSeconds), QStringLiteral("-s")});
    if (!stopped) {
        return Error{ErrorCode::Io, QStringLiteral("%1 did not stop: %2").arg(kLabel, stopped.error().message)};
    }
    m_running = false;
    return {};
}

Status PostgresCluster::restart()
{
    if (const Status stopped = stop(); !stopped) {
        return stopped;
    }
    return start();
}

QList<std::pair<QByteArray, QByteArray>> PostgresCluster::parameters(const QByteArray& database,
                                                                     const QByteArray& user) const
{
    return {
        {"host", QFile::encodeName(folder())},
        {"port", QByteArray::number(m_port)},
        {"dbname", database},
        {"user", user},
    };
}

Status PostgresCluster::runSql(const QByteArray& database, const QByteArray& sql)
{
    auto connection = store::postgres::Connection::open(parameters(database), kLabel);
    if (!connection) {
        return connection.error();
    }
    return (*connection)->execScript(sql.constData());
}

Status PostgresCluster::createDatabase(const QByteArray& name)
{
    if (!isPlainName(name)) {
        return notAPlainName(name);
    }
    return runSql(kMaintenanceDatabase, "CREATE DATABASE " + name);
}

Status PostgresCluster::createRole(const QByteArray& name, const QByteArray& password)
{
    if (!isPlainName(name)) {
        return notAPlainName(name);
    }
    QByteArray sql = "CREATE ROLE " + name + " LOGIN";
    if (!password.isEmpty()) {
        // A literal, not a parameter: CREATE ROLE takes none. Doubling the quote is all a standard string needs.
        sql += " PASSWORD '" + QByteArray(password).replace('\'', "''") + '\'';
    }
    return runSql(kMaintenanceDatabase, sql);
}

} // namespace ropa::test
