#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "store/postgres/QueryResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

struct pg_conn;

namespace ropa::store::postgres {

// A statement parameter in text form; nullopt is SQL NULL.
using Parameter = std::optional<QByteArray>;

// One open connection to a PostgreSQL server (libpq); closed when the object goes away. Every statement is sent
// with its values as parameters, never spliced into the SQL text.
class Connection
{
public:
    // SQLSTATEs the schema's functions raise, so that callers can tell a refusal from a failure.
    static constexpr const char* kConflictState = "RP001"; // the entry changed since the change was made
    static constexpr const char* kNotAllowedState = "RP002"; // the user's role on the register does not allow it
    static constexpr const char* kNoSuchRegisterState = "RP003";

    // Connects with libpq connection parameters (keywords and values, e.g. host, port, dbname, user, sslmode);
    // the password, where given, is handed to libpq alone and not kept. label names the server in messages.
    static Result<std::unique_ptr<Connection>> open(const QList<std::pair<QByteArray, QByteArray>>& parameters,
                                                    const QString& label, const SecureBytes* password = nullptr);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one statement with its parameters ($1, $2, ...) and returns its rows.
    Result<QueryResult> exec(const char* sql, const QList<Parameter>& parameters = {});
    // Runs statements that take no parameters, such as a migration step.
    Status execScript(const char* sql);

    // Asks the server for notifications on channel (LISTEN), again after every reconnect().
    Status listen(const QByteArray& channel);
    // The payloads of the notifications on channel that have arrived, read without waiting (LISTEN/NOTIFY).
    Result<QList<QByteArray>> notifications(const QByteArray& channel);
    // The connection's socket, for a notifier to watch; -1 when it is down.
    qintptr socket() const;

    const QString& label() const { return m_label; }
    pg_conn* handle() const { return m_conn; }
    // Whether the connection is still up; false once the server has gone away.
    bool isUp() const;
    // Connects again with the same parameters, after the server went away; an error saying why where it cannot.
    Status reconnect();

private:
    Connection(pg_conn* conn, QString label);
    // The error of a failed statement as one sentence naming the server, its code chosen from the SQLSTATE.
    Error errorOf(const QueryResult& result, const char* state) const;

    pg_conn* m_conn = nullptr;
    QString m_label;
    QList<QByteArray> m_channels; // listened to
};

} // namespace ropa::store::postgres
