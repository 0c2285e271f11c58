#include "core/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <system_error>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#endif

namespace ropa {

namespace {

#ifdef Q_OS_WIN
bool s_protected = false;

// Ends the process at once on a crash, before Windows Error Reporting can write a dump of its memory.
LONG WINAPI endWithoutDump(EXCEPTION_POINTERS* info)
{
    TerminateProcess(GetCurrentProcess(), info ? info->ExceptionRecord->ExceptionCode : 1);
    return EXCEPTION_EXECUTE_HANDLER;
}

std::wstring nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

int lastWindowsError()
{
    switch (GetLastError()) {
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        return ENOENT;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return EEXIST;
    default:
        return EACCES;
    }
}
#else
QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}
#endif

int errnoOr(int result)
{
    return result < 0 ? errno : 0;
}

} // namespace

void Platform::protectProcess()
{
#ifdef Q_OS_WIN
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX);
    SetUnhandledExceptionFilter(endWithoutDump);
    s_protected = true;
#else
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#ifdef Q_OS_LINUX
    // Also keeps a core handler that ignores RLIMIT_CORE (a pipe in core_pattern) and other processes of the user
    // (ptrace, /proc/PID/mem) away from the memory.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
}

bool Platform::crashDumpsDisabled()
{
#ifdef Q_OS_WIN
    return s_protected;
#else
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0) {
        return false;
    }
#ifdef Q_OS_LINUX
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return true;
#endif
#endif
}

int Platform::createUnnamed(const QString& folder, int* fd)
{
    *fd = -1;
#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
    const int opened = ::open(nativePath(folder).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (opened >= 0) {
        *fd = opened;
        return 0;
    }
    // File systems without O_TMPFILE say so in one of these ways; the caller then uses a named file.
    if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) {
        return 0;
    }
    return errno;
#else
    Q_UNUSED(folder);
    return 0;
#endif
}

int Platform::createNew(const QString& path, int* fd)
{
#ifdef Q_OS_WIN
    const errno_t err =
        _wsopen_s(fd, nativePath(path).c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY | _O_NOINHERIT, _SH_DENYRW,
                  _S_IREAD | _S_IWRITE);
    return err;
#else
    *fd = ::open(nativePath(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    return errnoOr(*fd);
#endif
}

int Platform::openForWriting(const QString& path, int* fd)
{
#ifdef Q_OS_WIN
    return _wsopen_s(fd, nativePath(path).c_str(), _O_WRONLY | _O_BINARY | _O_NOINHERIT, _SH_DENYNO, 0);
#else
    *fd = ::open(nativePath(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    return errnoOr(*fd);
#endif
}

int Platform::writeAll(int fd, QByteArrayView bytes)
{
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        constexpr qsizetype kChunk = 1 << 30;
        const qsizetype size = std::min(left, kChunk);
#ifdef Q_OS_WIN
        const int written = _write(fd, data, static_cast<unsigned int>(size));
#else
        const ssize_t written = ::write(fd, data, static_cast<size_t>(size));
#endif
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        if (written == 0) {
            return ENOSPC;
        }
        data += written;
        left -= written;
    }
    return 0;
}

int Platform::syncFile(int fd)
{
#ifdef Q_OS_WIN
    return errnoOr(_commit(fd));
#else
    return errnoOr(::fsync(fd));
#endif
}

int Platform::closeFile(int fd)
{
#ifdef Q_OS_WIN
    return errnoOr(_close(fd));
#else
    return errnoOr(::close(fd));
#endif
}

int Platform::nameFile(int fd, const QString& path)
{
#ifdef Q_OS_LINUX
    const QByteArray self = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(fd);
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, nativePath(path).constData(), AT_SYMLINK_FOLLOW) == 0) {
        return 0;
    }
    return errno;
#else
    Q_UNUSED(fd);
    Q_UNUSED(path);
    return ENOSYS;
#endif
}

int Platform::replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(nativePath(from).c_str(), nativePath(to).c_str(),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return 0;
    }
    return lastWindowsError();
#else
    return errnoOr(::rename(nativePath(from).constData(), nativePath(to).constData()));
#endif
}

int Platform::renameNew(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(nativePath(from).c_str(), nativePath(to).c_str(), MOVEFILE_WRITE_THROUGH)) {
        return 0;
    }
    return lastWindowsError();
#else
    // A second name, then the first one removed: link() fails where to exists, rename() would replace it.
    if (::link(nativePath(from).constData(), nativePath(to).constData()) == 0) {
        ::unlink(nativePath(from).constData());
        return 0;
    }
    if (errno == EEXIST || errno == ENOENT || errno == EACCES || errno == ENOSPC) {
        return errno;
    }
    // File systems without hard links: as close as they allow.
    if (::access(nativePath(to).constData(), F_OK) == 0) {
        return EEXIST;
    }
    return errnoOr(::rename(nativePath(from).constData(), nativePath(to).constData()));
#endif
}

void Platform::syncFolder(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
#else
    const int fd = ::open(nativePath(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

int Platform::standardOutput()
{
#ifdef Q_OS_WIN
    return _fileno(stdout);
#else
    return STDOUT_FILENO;
#endif
}

bool Platform::inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool Platform::setInputEcho(bool on, bool* wasOn)
{
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode)) {
        return false;
    }
    *wasOn = (mode & ENABLE_ECHO_INPUT) != 0;
    const DWORD echo = ENABLE_ECHO_INPUT;
    return SetConsoleMode(input, on ? mode | echo : mode & ~echo) != 0;
#else
    termios mode{};
    if (tcgetattr(STDIN_FILENO, &mode) != 0) {
        return false;
    }
    *wasOn = (mode.c_lflag & ECHO) != 0;
    const auto echo = static_cast<tcflag_t>(ECHO);
    mode.c_lflag = on ? mode.c_lflag | echo : mode.c_lflag & ~echo;
    // TCSAFLUSH: what was typed before the echo went off is not read as part of the secret.
    return tcsetattr(STDIN_FILENO, TCSAFLUSH, &mode) == 0;
#endif
}

bool Platform::isDiskFull(int err)
{
#ifdef EDQUOT
    if (err == EDQUOT) {
        return true;
    }
#endif
    return err == ENOSPC || err == EFBIG;
}

QString Platform::errorText(int err)
{
    if (isDiskFull(err)) {
        return QCoreApplication::translate("ropa::Platform", "the disk is full");
    }
    QString text = QString::fromStdString(std::generic_category().message(err));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toLower();
    }
    return text;
}

} // namespace ropa
