#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace ropa::store::postgres {

// Where a server register is: a PostgreSQL connection URI with the register's name as one more parameter,
// "postgresql://host[:port]/database?register=kjm" (any libpq parameter may follow, such as sslmode or
// host=/run/postgresql for a local socket). A password never goes in the address: libpq finds it in the password
// file (PGPASSFILE) or service file, or the user types it when asked. Away from a local socket the connection
// verifies the server's certificate unless the address says otherwise (sslmode).
class ServerAddress
{
public:
    // Whether text is meant as a server address rather than a file name: it starts with postgresql:// or
    // postgres://.
    static bool looksLikeServer(const QString& text);
    // The address, or one sentence naming it and what is wrong (no register name, a password in it, a parameter
    // libpq does not know).
    static Result<ServerAddress> parse(const QString& uri);
    // The same for an address of the server's database alone, with no register named: for setting the schema up.
    static Result<ServerAddress> parseDatabase(const QString& uri);

    const QString& registerName() const { return m_register; }
    // The libpq connection parameters (keywords and values), the password never among them.
    const QList<std::pair<QByteArray, QByteArray>>& parameters() const { return m_parameters; }
    // The address as users see it in messages: percent-encoding decoded.
    const QString& label() const { return m_label; }
    // The address exactly as given.
    const QString& uri() const { return m_uri; }
    // Whether the connection is over a local (Unix-domain) socket, where TLS has nothing to protect.
    bool isLocalSocket() const { return m_localSocket; }

private:
    static Result<ServerAddress> parse(const QString& uri, bool needsRegister);

    QString m_register;
    QList<std::pair<QByteArray, QByteArray>> m_parameters;
    QString m_label;
    QString m_uri;
    bool m_localSocket = false;
};

} // namespace ropa::store::postgres
