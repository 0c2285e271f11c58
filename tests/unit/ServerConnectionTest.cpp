#include "session/ServerConnection.h"

#include "store/postgres/ServerAddress.h"

#include <gtest/gtest.h>

using namespace ropa;
using session::ServerConnection;

namespace {

ServerConnection parsed(const QString& uri)
{
    const Result<ServerConnection> details = ServerConnection::fromUri(uri);
    EXPECT_TRUE(details.ok()) << uri.toStdString() << ": "
                              << (details ? std::string() : details.error().message.toStdString());
    return details ? details.value() : ServerConnection();
}

} // namespace

TEST(ServerConnectionTest, AnAddressTakenApartIsPutTogetherTheSameWay)
{
    for (const QString& uri : {
             QStringLiteral("postgresql://db.example.org/ropa?register=kjm"),
             QStringLiteral("postgresql://priya@db.example.org:6543/ropa?register=kjm&sslmode=require"),
             QStringLiteral("postgresql:///ropa?register=kjm&host=%2Frun%2Fpostgresql&port=5433&user=office"),
             QStringLiteral("postgresql:///ropa?register=kjm"),
             QStringLiteral("postgresql://[2001:db8::1]:7000/ropa?register=kjm&connect_timeout=5"),
             QStringLiteral("postgresql://db.example.org/ropa?register=kjm&sslmode=verify-ca"),
         }) {
        const ServerConnection details = parsed(uri);
        EXPECT_EQ(details.uri(), uri);
        EXPECT_TRUE(details.check().ok()) << uri.toStdString();
        // And what the fields make is an address the store takes.
        EXPECT_TRUE(store::postgres::ServerAddress::parse(details.uri()).ok()) << uri.toStdString();
    }
}

TEST(ServerConnectionTest, TheFieldsAreTakenFromWhereverTheAddressPutsThem)
{
    const ServerConnection details =
        parsed(QStringLiteral("postgres://sam@ignored/other?host=/var/run/pg&port=5433&user=office&dbname=ropa&"
                              "register=kjm-2&sslmode=verify-full"));
    EXPECT_EQ(details.host, QStringLiteral("/var/run/pg"));
    EXPECT_EQ(details.port, 5433);
    EXPECT_EQ(details.user, QStringLiteral("office"));
    EXPECT_EQ(details.database, QStringLiteral("ropa"));
    EXPECT_EQ(details.registerName, QStringLiteral("kjm-2"));
    EXPECT_EQ(details.tls, ServerConnection::Tls::VerifyFull);
    // Asked for TLS over a socket, the details say so rather than drop it.
    EXPECT_FALSE(details.check().ok());

    const ServerConnection plain = parsed(QStringLiteral("postgresql://db.example.org/ropa?register=kjm"));
    EXPECT_EQ(plain.port, ServerConnection::kDefaultPort);
    EXPECT_EQ(plain.tls, ServerConnection::Tls::VerifyFull);
    EXPECT_TRUE(plain.user.isEmpty());
    EXPECT_EQ(parsed(QStringLiteral("postgresql:///ropa?register=kjm")).tls, ServerConnection::Tls::LocalSocket);
}

TEST(ServerConnectionTest, AnAddressWithAPasswordIsRefusedWithoutRepeatingIt)
{
    for (const QString& uri : {QStringLiteral("postgresql://priya:hunter2@db.example.org/ropa?register=kjm"),
                               QStringLiteral("postgresql://db.example.org/ropa?password=hunter2&register=kjm")}) {
        const Result<ServerConnection> details = ServerConnection::fromUri(uri);
        ASSERT_FALSE(details.ok()) << uri.toStdString();
        EXPECT_TRUE(details.error().message.contains(QStringLiteral("password")));
        EXPECT_FALSE(details.error().message.contains(QStringLiteral("hunter2")));
    }
    EXPECT_FALSE(ServerConnection::fromUri(QStringLiteral("/home/priya/kjm.ropa")).ok());
}

TEST(ServerConnectionTest, WhatIsMissingIsOneSentence)
{
    ServerConnection details;
    EXPECT_TRUE(details.check().error().message.contains(QStringLiteral("server's name")));
    details.host = QStringLiteral("db.example.org");
    EXPECT_TRUE(details.check().error().message.contains(QStringLiteral("database")));
    details.database = QStringLiteral("ropa");
    EXPECT_TRUE(details.check().error().message.contains(QStringLiteral("register's name")));
    details.registerName = QStringLiteral("KJM Group");
    EXPECT_TRUE(details.check().error().message.contains(QStringLiteral("small letters")));
    details.registerName = QStringLiteral("kjm");
    EXPECT_TRUE(details.check().ok());
    details.tls = ServerConnection::Tls::LocalSocket;
    EXPECT_TRUE(details.check().error().message.contains(QStringLiteral("local socket")));
    details.tls = ServerConnection::Tls::VerifyFull;
    details.otherParameters.append({QStringLiteral("colour"), QStringLiteral("blue")});
    EXPECT_TRUE(details.check().error().message.contains(QStringLiteral("colour")));
}

TEST(ServerConnectionTest, AShortNameSaysWhichRegisterOnWhichServer)
{
    EXPECT_EQ(ServerConnection::shortName(QStringLiteral("postgresql://db.example.org/ropa?register=kjm")),
              QStringLiteral("kjm on db.example.org"));
    EXPECT_EQ(ServerConnection::shortName(QStringLiteral("postgresql:///ropa?register=kjm&host=%2Frun%2Fpg")),
              QStringLiteral("kjm on this computer's server"));
}
