#include "session/ServerAdministration.h"

#include "core/SecureBytes.h"
#include "session/AuditAction.h"
#include "session/EntryCodecs.h"
#include "session/RegisterLocation.h"
#include "store/postgres/Connection.h"
#include "store/postgres/PostgresRepository.h"
#include "store/postgres/ServerAddress.h"
#include "store/postgres/ServerSchema.h"

#include <QCoreApplication>
#include <QStringList>

namespace ropa::session {

Result<int> ServerAdministration::setUp(const QString& uri, QByteArrayView password)
{
    const Result<store::postgres::ServerAddress> address = store::postgres::ServerAddress::parseDatabase(uri);
    if (!address) {
        return address.error();
    }
    const SecureBytes secret = RegisterLocation::serverPassword(password);
    auto connection =
        store::postgres::Connection::open(address->parameters(), address->label(), secret.isNull() ? nullptr : &secret);
    if (!connection) {
        return connection.error();
    }
    if (Status status = store::postgres::ServerSchema::migrate(*connection.value()); !status) {
        return status.error();
    }
    return store::postgres::ServerSchema::currentVersion(*connection.value());
}

Result<qint64> ServerAdministration::setAccess(const QString& uri, QByteArrayView password, const QString& role,
                                               const QString& access, const QString& actor)
{
    if (!QStringList{QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("dpo"), QStringLiteral("none")}
             .contains(access)) {
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("ropa::session::ServerAdministration",
                                                 "\"%1\" is not an access: say viewer, editor, dpo or none.")
                         .arg(access)};
    }
    const Result<store::postgres::ServerAddress> address = store::postgres::ServerAddress::parse(uri);
    if (!address) {
        return address.error();
    }
    const SecureBytes secret = RegisterLocation::serverPassword(password);
    auto repository = store::postgres::PostgresRepository::open(address.value(), EntryCodecs::json(),
                                                                secret.isNull() ? nullptr : &secret);
    if (!repository) {
        return repository.error();
    }
    store::AuditRecord audit = AuditAction::record(
        AuditAction::kSetAccess, {{QStringLiteral("role"), role}, {QStringLiteral("access"), access}});
    audit.actor = actor;
    return repository.value()->setAccess(role, access == QLatin1String("none") ? QString() : access, audit);
}

} // namespace ropa::session
