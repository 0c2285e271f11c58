#include "PostgresClusterPlatform.h"

#include <QFile>

#ifdef Q_OS_WIN

namespace ropa::test {

bool PostgresClusterPlatform::runningAsRoot()
{
    return false;
}

bool PostgresClusterPlatform::accountIds(const QString&, unsigned*, unsigned*)
{
    return false;
}

int PostgresClusterPlatform::changeOwner(const QString&, unsigned, unsigned)
{
    return 0;
}

bool PostgresClusterPlatform::processExists(qint64)
{
    return true;
}

} // namespace ropa::test

#else

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

namespace ropa::test {

bool PostgresClusterPlatform::runningAsRoot()
{
    return geteuid() == 0;
}

bool PostgresClusterPlatform::accountIds(const QString& user, unsigned* uid, unsigned* gid)
{
    const long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? static_cast<std::size_t>(suggested) : 16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwnam_r(user.toLocal8Bit().constData(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found) {
        return false;
    }
    *uid = found->pw_uid;
    *gid = found->pw_gid;
    return true;
}

int PostgresClusterPlatform::changeOwner(const QString& path, unsigned uid, unsigned gid)
{
    return chown(QFile::encodeName(path).constData(), uid, gid) == 0 ? 0 : errno;
}

bool PostgresClusterPlatform::processExists(qint64 pid)
{
    // EPERM: it exists but belongs to someone else.
    return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

} // namespace ropa::test

#endif
