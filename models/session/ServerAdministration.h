#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>

namespace ropa::session {

// What an administrator or a register's DPO does on a server (team mode) beside editing a register: setting the
// schema up in a database, and saying who may read or change a register.
class ServerAdministration
{
public:
    // Creates or brings up to date the registers' schema in the database at uri ("postgresql://host/database"; a
    // register named there is ignored), as the user connecting, who must be allowed to create it. Returns the
    // schema version.
    static Result<int> setUp(const QString& uri, QByteArrayView password);
    // Gives the server role viewer, editor or DPO access to the register at uri, or takes it away ("none"); for
    // the register's DPO. Recorded in the register's audit log.
    static Result<qint64> setAccess(const QString& uri, QByteArrayView password, const QString& role,
                                    const QString& access, const QString& actor);
};

} // namespace ropa::session
