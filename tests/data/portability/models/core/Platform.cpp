// The platform file: what it includes and calls is allowed.
#include <unistd.h>

int flush(int fd)
{
    return ::fsync(fd);
}
