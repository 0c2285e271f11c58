#pragma once

#include <QByteArrayView>
#include <QString>

namespace ropa {

// The operating-system calls that differ between Windows and POSIX, and the only file that makes them. Files are
// C runtime descriptors on every platform; errors are errno values (0 for success), described by errorText().
class Platform
{
public:
    // Keeps the process's memory, and so the passphrase and the key, out of crash dumps: no core file and no
    // ptrace by other processes of the user on Linux, no Windows Error Reporting dump on Windows. Called first thing
    // by every program.
    static void protectProcess();
    // Whether protectProcess() holds for this process: a crash would write no dump.
    static bool crashDumpsDisabled();

    // A new file for writing in folder that has no name until nameFile() gives it one, so that nothing is left if
    // the process dies first (Linux O_TMPFILE). Sets *fd to -1 and returns 0 where the system cannot make one.
    static int createUnnamed(const QString& folder, int* fd);
    // A new file for writing that must not exist yet.
    static int createNew(const QString& path, int* fd);
    // Opens something that exists (a device, a pipe) for writing, without creating or truncating anything.
    static int openForWriting(const QString& path, int* fd);
    // Writes all of bytes, retrying short writes.
    static int writeAll(int fd, QByteArrayView bytes);
    // Waits until what was written to fd is on the disk.
    static int syncFile(int fd);
    static int closeFile(int fd);
    // Gives a file made by createUnnamed() the name path, which must not exist yet.
    static int nameFile(int fd, const QString& path);
    // Renames from over to in one step, replacing what to named.
    static int replaceFile(const QString& from, const QString& to);
    // Renames from to to, which must not exist: never replaces anything, even when another process makes to at the
    // same moment (EEXIST then).
    static int renameNew(const QString& from, const QString& to);
    // Makes a rename or a new name in folder survive a power cut (POSIX; Windows does it with the rename).
    static void syncFolder(const QString& folder);
    // The descriptor of the standard output.
    static int standardOutput();
    // Whether the standard input is a terminal (a console window on Windows) rather than a file or a pipe.
    static bool inputIsTerminal();
    // Turns the echo of what is typed at the terminal on or off. Returns false, changing nothing, where the standard
    // input is no terminal; else sets *wasOn to whether the echo was on before, so the caller can put it back.
    static bool setInputEcho(bool on, bool* wasOn);

    // Whether err means that no more can be written because the disk (or the user's share of it) is full.
    static bool isDiskFull(int err);
    // One short phrase for err, such as "the disk is full" or "permission denied".
    static QString errorText(int err);
};

} // namespace ropa
