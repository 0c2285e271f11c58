#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <utility>

namespace ropa::test {

// A throw-away PostgreSQL server for the team-mode tests: a cluster of its own in a private temporary folder, with
// trust authentication and a superuser kSuperuser, reached only through a Unix socket in that folder (no TCP), so
// test programs running at the same time never meet. Stopped, and its folder removed, when the object goes away.
// Run as root, the server runs as the account kServerAccount, since PostgreSQL refuses to run as root. A cluster left
// by a test program that was killed is stopped and removed by the next one to make a cluster.
class PostgresCluster
{
public:
    static constexpr const char* kSuperuser = "ropa_admin";
    static constexpr const char* kServerAccount = "nobody";
    // The database initdb makes, where the superuser connects to create the others.
    static constexpr const char* kMaintenanceDatabase = "postgres";

    // Finds initdb and pg_ctl (ROPA_TEST_POSTGRES_BIN, then PATH, then the newest /usr/lib/postgresql/<N>/bin),
    // makes a new cluster and starts it; an error saying why where it cannot.
    static Result<std::unique_ptr<PostgresCluster>> create();
    // The cluster every test of this program shares, made on first use (initdb and start take about a second) and
    // stopped when the program ends; nullptr where PostgreSQL is not installed or will not start.
    static PostgresCluster* shared();
    // Why shared() is nullptr, in one sentence for GTEST_SKIP(); empty where it is not.
    static QString whyUnavailable();
    // A name no other call in this program returns: prefix, an underscore and a running number, lower case, so it
    // is a valid identifier without quoting (prefix: letters, digits and underscores).
    static QByteArray uniqueName(const QByteArray& prefix);

    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // libpq connection parameters for store::postgres::Connection::open: the socket folder as host, the port, the
    // database and the user; trust authentication needs no password.
    QList<std::pair<QByteArray, QByteArray>> parameters(const QByteArray& database,
                                                        const QByteArray& user = kSuperuser) const;
    // The address of a register (or, with registerName empty, of the database alone) on this cluster's socket, as
    // users write one: postgresql:///database?host=<socket folder>&port=N&user=U&register=R.
    QString address(const QByteArray& database, const QByteArray& user,
                    const QString& registerName = QStringLiteral("kjm")) const;
    // A new, empty database; fails where one of that name exists (see uniqueName()).
    Status createDatabase(const QByteArray& name);
    // A new role that may log in, with password where one is given (trust authentication never asks for it).
    Status createRole(const QByteArray& name, const QByteArray& password = {});
    // Runs statements in database as the superuser, over a connection of their own.
    Status runSql(const QByteArray& database, const QByteArray& sql);

    // Makes the server also listen on 127.0.0.1 (TCP, the same port) with TLS, its certificate a new self-signed one
    // for "localhost" (openssl), and restarts it; an error saying why where it cannot (no openssl, say).
    Status enableTls();
    // The server's certificate once enableTls() has made it: the root a client must trust to verify it.
    QString certificatePath() const;

    // Stops the server (fast: open connections are cut) and starts it again on the same data, folder and port.
    Status restart();
    // Stops the server, waiting until it has; nothing where it is not running.
    Status stop();
    // Starts the server, waiting until it accepts connections; nothing where it is running.
    Status start();
    bool isRunning() const { return m_running; }

    // The folder that holds the data folder, the socket and the server log.
    QString folder() const { return m_folder.path(); }
    int port() const { return m_port; }
    // The server's log so far, for a failing test to print.
    QString serverLog() const;

private:
    PostgresCluster(QString initdb, QString pgCtl, const QString& folderTemplate, int port);
    // Makes the folder the server account's, then runs initdb and writes the server's settings.
    Status initialise();
    // Runs a server program (as kServerAccount when we are root) and returns what it printed.
    Result<QString> runProgram(const QString& program, const QStringList& arguments) const;
    QString dataFolder() const;
    QString logPath() const;

    QString m_initdb;
    QString m_pgCtl;
    int m_port = 0;
    QTemporaryDir m_folder;
    bool m_running = false;
};

} // namespace ropa::test
