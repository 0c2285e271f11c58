#include "session/ServerConnection.h"

#include "store/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ropa::session {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::session::ServerConnection)
};

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString item(const QString& key, const QString& value)
{
    return encoded(key) + QLatin1Char('=') + encoded(value);
}

} // namespace

bool ServerConnection::hostIsSocketFolder() const
{
    return host.startsWith(QLatin1Char('/'));
}

QString ServerConnection::uri() const
{
    // Written by hand rather than through QUrl, so every part is percent-encoded the same way and the order is
    // always the same: equal details give equal addresses, which the recent list relies on.
    QString authority;
    QStringList query{item(QStringLiteral("register"), registerName)};
    if (hostIsSocketFolder() || host.isEmpty()) {
        if (!host.isEmpty()) {
            query.append(item(QStringLiteral("host"), host));
        }
        if (port != kDefaultPort) {
            query.append(item(QStringLiteral("port"), QString::number(port)));
        }
        if (!user.isEmpty()) {
            query.append(item(QStringLiteral("user"), user));
        }
    } else {
        if (!user.isEmpty()) {
            authority += encoded(user) + QLatin1Char('@');
        }
        // An IPv6 address goes in brackets, as its colons would otherwise read as a port.
        authority += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
        if (port != kDefaultPort) {
            authority += QLatin1Char(':') + QString::number(port);
        }
    }
    for (const auto& [key, value] : otherParameters) {
        query.append(item(key, value));
    }
    if (tls == Tls::Require) {
        query.append(item(QStringLiteral("sslmode"), QStringLiteral("require")));
    } else if (tls == Tls::AsWritten && !sslMode.isEmpty()) {
        query.append(item(QStringLiteral("sslmode"), sslMode));
    }
    // verify-full is what a server address gets when it names no sslmode, so it need not be written.
    return QStringLiteral("postgresql://") + authority + QLatin1Char('/') + encoded(database) + QLatin1Char('?') +
        query.join(QLatin1Char('&'));
}

Status ServerConnection::check() const
{
    const bool needsTls = tls == Tls::VerifyFull || tls == Tls::Require;
    if (host.trimmed().isEmpty() && needsTls) {
        return Error{ErrorCode::Usage,
                     Text::tr("Type the server's name, or choose \"Local socket, no TLS\" to connect to "
                              "a server on this computer.")};
    }
    if (host != host.trimmed() || host.contains(QLatin1Char(' '))) {
        return Error{ErrorCode::Usage, Text::tr("The server's name has a space in it; type it without.")};
    }
    if (hostIsSocketFolder() && needsTls) {
        return Error{
            ErrorCode::Usage,
            Text::tr("%1 is a folder on this computer, a local socket, where TLS has nothing to protect: choose "
                     "\"Local socket, no TLS\".")
                .arg(host)};
    }
    if (!host.isEmpty() && !hostIsSocketFolder() && tls == Tls::LocalSocket) {
        return Error{ErrorCode::Usage,
                     Text::tr("For a local socket, leave the server empty or type the socket's folder, "
                              "such as /run/postgresql.")};
    }
    if (port < 1 || port > 65535) {
        return Error{ErrorCode::Usage, Text::tr("The port is a number from 1 to 65535.")};
    }
    if (database.trimmed().isEmpty()) {
        return Error{ErrorCode::Usage, Text::tr("Type the name of the database on the server.")};
    }
    if (registerName.isEmpty()) {
        return Error{ErrorCode::Usage, Text::tr("Type the register's name, as the server's administrator gave it.")};
    }
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    if (!kName.match(registerName).hasMatch()) {
        return Error{ErrorCode::Usage,
                     Text::tr("A register's name is up to 63 small letters, digits, - and _, such as kjm.")};
    }
    // What the form cannot see (a parameter libpq does not know, say) the address itself says.
    const Result<store::postgres::ServerAddress> address = store::postgres::ServerAddress::parse(uri());
    if (!address) {
        return address.error();
    }
    return {};
}

Result<ServerConnection> ServerConnection::fromUri(const QString& text)
{
    const QString uri = text.trimmed();
    if (!store::postgres::ServerAddress::looksLikeServer(uri)) {
        return Error{ErrorCode::Usage,
                     Text::tr("A server address starts with postgresql://, as in "
                              "postgresql://db.example.org/ropa?register=kjm.")};
    }
    // Tolerant, as a typed address may have a space or an unencoded character; the address made from the parts is
    // encoded properly and checked strictly (check()).
    const QUrl url(uri, QUrl::TolerantMode);
    if (!url.isValid()) {
        return Error{ErrorCode::Usage,
                     Text::tr("This address cannot be read; it should look like "
                              "postgresql://db.example.org/ropa?register=kjm.")};
    }
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        // Said without the address, which would show the password.
        return Error{ErrorCode::Usage,
                     Text::tr("The address holds a password: leave it out, and type it when the server "
                              "asks, or keep it in your password file (PGPASSFILE).")};
    }
    ServerConnection details;
    details.host = url.host(QUrl::FullyDecoded);
    details.port = url.port(kDefaultPort);
    details.user = url.userName(QUrl::FullyDecoded);
    details.database = url.path(QUrl::FullyDecoded).mid(1);
    bool sslModeGiven = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("register")) {
            details.registerName = value;
        } else if (key == QLatin1String("host")) {
            details.host = value;
        } else if (key == QLatin1String("port")) {
            bool number = false;
            details.port = value.toInt(&number);
            if (!number) {
                return Error{ErrorCode::Usage, Text::tr("The port \"%1\" in the address is not a number.").arg(value)};
            }
        } else if (key == QLatin1String("user")) {
            details.user = value;
        } else if (key == QLatin1String("dbname")) {
            details.database = value;
        } else if (key == QLatin1String("sslmode")) {
            sslModeGiven = true;
            details.sslMode = value;
        } else {
            details.otherParameters.append({key, value}); // kept as typed, in its place
        }
    }
    if (!sslModeGiven) {
        details.tls = details.hostIsSocketFolder() || details.host.isEmpty() ? Tls::LocalSocket : Tls::VerifyFull;
    } else if (details.sslMode == QLatin1String("verify-full")) {
        details.tls = Tls::VerifyFull;
    } else if (details.sslMode == QLatin1String("require")) {
        details.tls = Tls::Require;
    } else {
        details.tls = Tls::AsWritten;
    }
    if (details.tls != Tls::AsWritten) {
        details.sslMode.clear();
    }
    return details;
}

QString ServerConnection::shortName(const QString& uri)
{
    const Result<ServerConnection> details = fromUri(uri);
    if (!details || details->registerName.isEmpty()) {
        return uri;
    }
    const bool local = details->host.isEmpty() || details->hostIsSocketFolder();
    return local ? Text::tr("%1 on this computer's server").arg(details->registerName)
                 : Text::tr("%1 on %2").arg(details->registerName, details->host);
}

} // namespace ropa::session
