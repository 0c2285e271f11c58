#include "FolderWatch.h"

#include <QFile>
#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace ropa::test {

#ifdef Q_OS_LINUX

FolderWatch::FolderWatch(const QStringList& folders)
    : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
{
    if (m_fd < 0) {
        return;
    }
    for (const QString& folder : folders) {
        const int watch = inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                            IN_CREATE | IN_MODIFY | IN_MOVED_TO | IN_CLOSE_WRITE);
        if (watch < 0) {
            close(m_fd);
            m_fd = -1;
            return;
        }
        m_folders.insert(watch, folder);
    }
}

FolderWatch::~FolderWatch()
{
    if (m_fd >= 0) {
        close(m_fd);
    }
}

QStringList FolderWatch::events()
{
    QStringList seen;
    if (m_fd < 0) {
        return seen;
    }
    alignas(inotify_event) char buffer[64 * 1024];
    for (ssize_t length; (length = read(m_fd, buffer, sizeof buffer)) > 0;) {
        for (ssize_t at = 0; at < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            const QString name = event->len > 0 ? QFile::decodeName(event->name) : QStringLiteral("(the folder)");
            QStringList what;
            if (event->mask & IN_CREATE) {
                what << QStringLiteral("created");
            }
            if (event->mask & IN_MODIFY) {
                what << QStringLiteral("written");
            }
            if (event->mask & IN_MOVED_TO) {
                what << QStringLiteral("moved in");
            }
            if (event->mask & IN_CLOSE_WRITE) {
                what << QStringLiteral("closed after writing");
            }
            if (event->mask & IN_ISDIR) {
                what << QStringLiteral("a folder");
            }
            seen << QStringLiteral("%1/%2 (%3)").arg(m_folders.value(event->wd), name, what.join(QStringLiteral(", ")));
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    return seen;
}

#else

FolderWatch::FolderWatch(const QStringList&) { }
FolderWatch::~FolderWatch() = default;
QStringList FolderWatch::events()
{
    return {};
}

#endif

} // namespace ropa::test
