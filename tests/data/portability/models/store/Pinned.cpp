#include <QProcess>
#include <sys/mman.h>

// Each mistake below is one the portability check must name; the rest must pass.
void pin(void* data, unsigned long size, int fd, QProcess& writer)
{
    mlock(data, size);
    writer.kill(); // a member, not POSIX's kill()
    QProcess* other = &writer;
    other->kill();
    // fsync(fd) in a comment is no call, and neither is "getuid()" in a string.
    const char* text = "getuid()";
    (void)text;
    ::fsync(fd);
}
