#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <utility>

namespace ropa::session {

// A server register's address taken apart into what a connection form asks for (host, port, database, user,
// register, how TLS is used) and put together again, so a form and a typed address always say the same. Parameters
// the form has no field for (connect_timeout, sslrootcert, ...) are kept as they were typed. A password never
// takes part: an address with one is refused, as ServerAddress refuses it.
class ServerConnection
{
public:
    enum class Tls {
        VerifyFull, // sslmode=verify-full, the default away from a local socket
        Require, // encrypted, the certificate not checked
        LocalSocket, // a folder on this computer (or none: libpq's own), where TLS has nothing to protect
        AsWritten, // another sslmode the address names, kept as it is (see sslMode)
    };
    static constexpr int kDefaultPort = 5432;

    QString host; // a server's name or address, or a socket folder (starts with /), or empty for libpq's socket
    int port = kDefaultPort;
    QString database;
    QString user; // empty: libpq's default, the account's name
    QString registerName;
    Tls tls = Tls::VerifyFull;
    QString sslMode; // for Tls::AsWritten only
    QList<std::pair<QString, QString>> otherParameters;

    // Whether host names a local socket folder rather than a server.
    bool hostIsSocketFolder() const;
    // The address, e.g. "postgresql://priya@db.example.org/ropa?register=kjm"; the default port and sslmode are
    // left out.
    QString uri() const;
    // One sentence about the first thing that keeps these details from being an address RoPA Manager can open;
    // success when there is none.
    Status check() const;
    // The details of a typed address, as far as it can be taken apart; an error for what is not an address at all or
    // holds a password. Whether it is complete is check()'s to say.
    static Result<ServerConnection> fromUri(const QString& uri);
    // "kjm on db.example.org": for window titles and lists, where the whole address is too long.
    static QString shortName(const QString& uri);
};

} // namespace ropa::session
