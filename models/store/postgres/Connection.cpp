#include "store/postgres/Connection.h"

#include <QCoreApplication>
#include <algorithm>
#include <libpq-fe.h>
#include <vector>

namespace ropa::store::postgres {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::postgres)
};

// libpq's messages end in a newline and may run over lines; a sentence of ours holds them on one.
QString oneLine(const char* message)
{
    return QString::fromUtf8(message).simplified();
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QList<std::pair<QByteArray, QByteArray>>& parameters,
                                                     const QString& label, const SecureBytes* password)
{
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    // Text is UTF-8 both ways whatever the server's or the client's locale.
    keywords.push_back("client_encoding");
    values.push_back("UTF8");
    keywords.push_back("application_name");
    values.push_back("RoPA Manager");
    // libpq wants the password ended by a zero byte: a copy in guarded memory, wiped when this returns.
    SecureBytes terminated;
    if (password && !password->isNull()) {
        terminated = SecureBytes(password->size() + 1);
        std::copy_n(password->data(), password->size(), terminated.data());
        terminated.data()[password->size()] = 0;
        keywords.push_back("password");
        values.push_back(reinterpret_cast<const char*>(terminated.data()));
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn* conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!conn) {
        return Error{ErrorCode::Database, Text::tr("Could not connect to %1: out of memory.").arg(label)};
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString reason = oneLine(PQerrorMessage(conn));
        const bool needsPassword = PQconnectionNeedsPassword(conn) != 0;
        // A password that was sent and refused reads "password authentication failed"; the server's other
        // refusals (no such database) name something else.
        const bool passwordRefused =
            PQconnectionUsedPassword(conn) != 0 && reason.contains(QLatin1String("password"), Qt::CaseInsensitive);
        PQfinish(conn);
        if (passwordRefused) {
            return Error{ErrorCode::WrongPassphrase, Text::tr("%1 did not accept the password.").arg(label)};
        }
        if (needsPassword) {
            return Error{ErrorCode::WrongPassphrase,
                         Text::tr("%1 needs a password, and none was given or it was not accepted.").arg(label)};
        }
        return Error{ErrorCode::Io, Text::tr("Could not connect to %1: %2").arg(label, reason)};
    }
    return std::unique_ptr<Connection>(new Connection(conn, label));
}

Connection::Connection(pg_conn* conn, QString label)
    : m_conn(conn)
    , m_label(std::move(label))
{ }

Connection::~Connection()
{
    PQfinish(m_conn);
}

bool Connection::isUp() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

qintptr Connection::socket() const
{
    return PQsocket(m_conn);
}

Result<QList<QByteArray>> Connection::notifications(const QByteArray& channel)
{
    if (PQconsumeInput(m_conn) == 0) {
        return Error{ErrorCode::Io,
                     Text::tr("The connection to %1 was lost: %2").arg(m_label, oneLine(PQerrorMessage(m_conn)))};
    }
    QList<QByteArray> payloads;
    while (PGnotify* notify = PQnotifies(m_conn)) {
        if (channel == notify->relname) {
            payloads.append(QByteArray(notify->extra));
        }
        PQfreemem(notify);
    }
    return payloads;
}

Status Connection::reconnect()
{
    PQreset(m_conn);
    if (!isUp()) {
        return Error{ErrorCode::Io,
                     Text::tr("Could not connect to %1 again: %2").arg(m_label, oneLine(PQerrorMessage(m_conn)))};
    }
    for (const QByteArray& channel : std::as_const(m_channels)) {
        if (Status status = execScript(QByteArray(QByteArrayLiteral("LISTEN ") + channel).constData()); !status) {
            return status;
        }
    }
    return {};
}

Status Connection::listen(const QByteArray& channel)
{
    // The channel goes into the statement as it is, since LISTEN takes no parameters: plain identifiers only.
    for (const char c : channel) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return Error{ErrorCode::Usage, Text::tr("\"%1\" is not a channel name.").arg(QString::fromLatin1(channel))};
        }
    }
    if (Status status = execScript(QByteArray(QByteArrayLiteral("LISTEN ") + channel).constData()); !status) {
        return status;
    }
    m_channels.append(channel);
    return {};
}

Result<QueryResult> Connection::exec(const char* sql, const QList<Parameter>& parameters)
{
    std::vector<const char*> values;
    values.reserve(static_cast<std::size_t>(parameters.size()));
    for (const Parameter& parameter : parameters) {
        values.push_back(parameter ? parameter->constData() : nullptr);
    }
    QueryResult result(
        PQexecParams(m_conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.handle());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return result;
    }
    return errorOf(result, PQresultErrorField(result.handle(), PG_DIAG_SQLSTATE));
}

Status Connection::execScript(const char* sql)
{
    QueryResult result(PQexec(m_conn, sql));
    const ExecStatusType status = PQresultStatus(result.handle());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return {};
    }
    return errorOf(result, PQresultErrorField(result.handle(), PG_DIAG_SQLSTATE));
}

Error Connection::errorOf(const QueryResult& result, const char* state) const
{
    const QByteArray code = state ? QByteArray(state) : QByteArray();
    if (!isUp()) {
        return Error{ErrorCode::Io,
                     Text::tr("The connection to %1 was lost: %2").arg(m_label, oneLine(PQerrorMessage(m_conn)))};
    }
    const char* primary = result.handle() ? PQresultErrorField(result.handle(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString message = primary ? oneLine(primary) : oneLine(PQerrorMessage(m_conn));
    if (code == kConflictState || code == "40001" || code == "40P01") {
        return Error{ErrorCode::Conflict, message};
    }
    if (code == kNotAllowedState || code == "42501") {
        return Error{ErrorCode::NotAllowed, message};
    }
    if (code == "23503") {
        return Error{
            ErrorCode::Database,
            Text::tr("%1 refused the change: an activity would refer to an entry the register does not have, or "
                     "an entry still in use would be removed.")
                .arg(m_label)};
    }
    if (code == kNoSuchRegisterState) {
        return Error{ErrorCode::NotARegister, message};
    }
    return Error{ErrorCode::Database, Text::tr("%1 reported a failure: %2").arg(m_label, message)};
}

} // namespace ropa::store::postgres
