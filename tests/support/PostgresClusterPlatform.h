#pragma once

#include <QString>
#include <QtGlobal>

namespace ropa::test {

// The operating-system calls the throw-away PostgreSQL server of the tests needs that POSIX and Windows make
// differently, and the only test file that makes them: PostgreSQL refuses to run as root, so a test program run as
// root (CI) hands the server's folder to an unprivileged account and runs the server as that account.
class PostgresClusterPlatform
{
public:
    // Whether this process runs as root (effective user id 0); never on Windows, where pg_ctl drops administrator
    // rights itself.
    static bool runningAsRoot();
    // The user and group ids of a local account; false where there is no such account.
    static bool accountIds(const QString& user, unsigned* uid, unsigned* gid);
    // Makes uid and gid the owner of path (not what is inside); 0, or an errno value.
    static int changeOwner(const QString& path, unsigned uid, unsigned gid);
    // Whether a process with this id runs; always true on Windows, so that nothing there is taken for abandoned.
    static bool processExists(qint64 pid);
};

} // namespace ropa::test
