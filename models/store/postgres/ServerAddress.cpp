#include "store/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace ropa::store::postgres {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::postgres)
};

} // namespace

bool ServerAddress::looksLikeServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& uri)
{
    return parse(uri, true);
}

Result<ServerAddress> ServerAddress::parseDatabase(const QString& uri)
{
    return parse(uri, false);
}

Result<ServerAddress> ServerAddress::parse(const QString& uri, bool needsRegister)
{
    // The address is long enough to read in a message, but no longer: it may have come from anywhere.
    constexpr qsizetype kMaxLength = 2048;
    if (!looksLikeServer(uri) || uri.size() > kMaxLength) {
        return Error{ErrorCode::Usage,
                     Text::tr("\"%1\" is not a server register address: it should read like "
                              "postgresql://host/database?register=name.")
                         .arg(uri.left(80))};
    }
    QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error{ErrorCode::Usage,
                     Text::tr("The server address \"%1\" cannot be read: %2").arg(uri, url.errorString())};
    }
    if (!url.password().isEmpty()) {
        return Error{ErrorCode::Usage,
                     Text::tr("The server address %1 holds a password: leave it out, and keep it in your password file "
                              "(PGPASSFILE) or type it when asked.")
                         .arg(url.toString(QUrl::RemovePassword))};
    }
    QUrlQuery query(url);
    ServerAddress address;
    address.m_register = query.queryItemValue(QStringLiteral("register"), QUrl::FullyDecoded);
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    if ((needsRegister || !address.m_register.isEmpty()) && !kName.match(address.m_register).hasMatch()) {
        return Error{ErrorCode::Usage,
                     address.m_register.isEmpty()
                         ? Text::tr("The server address %1 does not say which register: add ?register=name.").arg(uri)
                         : Text::tr("The register name \"%1\" in %2 is not one: use up to 63 small letters, digits, - "
                                    "and _.")
                               .arg(address.m_register, uri)};
    }
    if (query.hasQueryItem(QStringLiteral("password"))) {
        return Error{ErrorCode::Usage,
                     Text::tr("The server address %1 holds a password: leave it out, and keep it in your password file "
                              "(PGPASSFILE) or type it when asked.")
                         .arg(url.toString(QUrl::RemoveQuery))};
    }
    query.removeAllQueryItems(QStringLiteral("register"));
    url.setQuery(query);
    // Shown decoded: a socket folder reads as a path, and a label with no percent signs is safe in any sentence.
    address.m_label = QUrl::fromPercentEncoding(uri.toUtf8());
    address.m_uri = uri;

    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.toString(QUrl::FullyEncoded).toUtf8().constData(), &message);
    if (!options) {
        const QString reason = message ? QString::fromUtf8(message).simplified() : Text::tr("out of memory");
        PQfreemem(message);
        return Error{ErrorCode::Usage, Text::tr("The server address %1 cannot be used: %2").arg(uri, reason)};
    }
    bool sslModeGiven = false;
    QByteArray host;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val) {
            continue;
        }
        const QByteArray keyword(option->keyword);
        if (keyword == "password") {
            continue;
        }
        sslModeGiven = sslModeGiven || keyword == "sslmode";
        if (keyword == "host") {
            host = option->val;
        }
        address.m_parameters.append({keyword, QByteArray(option->val)});
    }
    PQconninfoFree(options);
    // libpq takes a host that starts with a slash, or none at all, as a local socket folder.
    address.m_localSocket = host.isEmpty() || host.startsWith('/');
    if (!sslModeGiven && !address.m_localSocket) {
        address.m_parameters.append({QByteArrayLiteral("sslmode"), QByteArrayLiteral("verify-full")});
    }
    return address;
}

} // namespace ropa::store::postgres
