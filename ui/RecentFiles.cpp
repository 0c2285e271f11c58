#include "RecentFiles.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace ropa::ui {

namespace {

// Paths are kept absolute and clean so the same file reached two ways is one entry.
QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// QFileInfo knows whether the file system ignores case, which a string comparison would not.
bool sameFile(const QString& a, const QString& b)
{
    return a == b || QFileInfo(a) == QFileInfo(b);
}

QStringList existing(const QStringList& paths)
{
    QStringList result;
    for (const QString& path : paths) {
        if (QFileInfo(path).isFile()) {
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
