#include "FileSizeLimit.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/resource.h>
#endif

namespace ropa::test {

#if defined(Q_OS_UNIX)

bool FileSizeLimit::supported()
{
    return true;
}

void FileSizeLimit::limitThisProcess(unsigned long long bytes)
{
    std::signal(SIGXFSZ, SIG_IGN); // kept across exec
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = static_cast<rlim_t>(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::FileSizeLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    m_saved = limit.rlim_cur;
    m_savedSignal = std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of ending the process
    limit.rlim_cur = 16;
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = static_cast<rlim_t>(m_saved);
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, m_savedSignal);
}

#else

bool FileSizeLimit::supported()
{
    return false;
}

void FileSizeLimit::limitThisProcess(unsigned long long) { }

FileSizeLimit::FileSizeLimit() = default;
FileSizeLimit::~FileSizeLimit() = default;

#endif

} // namespace ropa::test
