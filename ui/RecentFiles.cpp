#include "RecentFiles.h"

#include "AppSettings.h"
#include "session/RegisterLocation.h"
#include "session/ServerConnection.h"

#include <QDir>
#include <QFileInfo>

namespace ropa::ui {

namespace {

bool isServer(const QString& location)
{
    return session::RegisterLocation(location).isServer();
}

// Paths are kept absolute and clean so the same file reached two ways is one entry; a server address is kept as
// written (the server dialog writes equal details as equal addresses).
QString normalised(const QString& path)
{
    return isServer(path) ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// QFileInfo knows whether the file system ignores case, which a string comparison would not.
bool sameFile(const QString& a, const QString& b)
{
    return a == b || (!isServer(a) && !isServer(b) && QFileInfo(a) == QFileInfo(b));
}

// Files that are still there, and server addresses (whether a server still has the register is its to say when the
// register is opened), but never an address that holds a password, however it came into the settings.
QStringList existing(const QStringList& paths)
{
    QStringList result;
    for (const QString& path : paths) {
        if (isServer(path) ? session::ServerConnection::fromUri(path).ok() : QFileInfo(path).isFile()) {
            result.append(path);
        }
    }
    return result;
}

} // namespace

QStringList RecentFiles::list()
{
    return existing(AppSettings::recentFiles.get()).mid(0, kMaximum);
}

void RecentFiles::add(const QString& path)
{
    // An address with a password is refused when it is opened; should one get this far, it is still not written.
    if (isServer(path) && !session::ServerConnection::fromUri(path)) {
        return;
    }
    const QString added = normalised(path);
    QStringList paths{added};
    for (const QString& known : existing(AppSettings::recentFiles.get())) {
        if (!sameFile(known, added) && paths.size() < kMaximum) {
            paths.append(known);
        }
    }
    AppSettings::recentFiles.set(paths);
}

void RecentFiles::remove(const QString& path)
{
    const QString removed = normalised(path);
    QStringList paths = AppSettings::recentFiles.get();
    paths.removeIf([&removed](const QString& known) { return sameFile(known, removed); });
    AppSettings::recentFiles.set(paths);
}

void RecentFiles::clear()
{
    AppSettings::recentFiles.set({});
}

} // namespace ropa::ui
