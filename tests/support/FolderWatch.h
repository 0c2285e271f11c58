#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ropa::test {

// Reports every file made, written or moved into the watched folders while it lives, even one deleted again at
// once (Linux inotify; elsewhere it sees nothing and says so through isActive()). A test that promises "no file
// anywhere" watches the folders a program could write to, then asks for the events.
class FolderWatch
{
public:
    explicit FolderWatch(const QStringList& folders);
    ~FolderWatch();
    FolderWatch(const FolderWatch&) = delete;
    FolderWatch& operator=(const FolderWatch&) = delete;

    bool isActive() const { return m_fd >= 0; }
    // What happened since the last call, one "folder/name (what)" line per event.
    QStringList events();

private:
    int m_fd = -1;
    QHash<int, QString> m_folders;
};

} // namespace ropa::test
