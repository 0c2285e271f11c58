#pragma once

#include <QString>
#include <QStringList>

namespace ropa::ui {

// The registers opened lately, newest first, kept in the settings so the start window and the File menu can offer
// them again: files by their path, registers on a server by their address, which never holds a password.
class RecentFiles
{
public:
    static constexpr qsizetype kMaximum = 8;

    // The remembered registers that still exist (every server address), newest first.
    static QStringList list();
    // Puts path first, removing an earlier mention and anything beyond kMaximum.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace ropa::ui
