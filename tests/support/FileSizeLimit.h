#pragma once

namespace ropa::test {

// While one lives, files this process writes may grow to no more than a few bytes, so every write that reaches the
// disk fails as it would on a disk that has just filled up. Where the system cannot do that, supported() is false
// and the object does nothing.
class FileSizeLimit
{
public:
    static bool supported();
    // For a child process, between fork and exec (QProcess::setChildProcessModifier): from then on its files may
    // grow to no more than bytes. Only async-signal-safe calls.
    static void limitThisProcess(unsigned long long bytes);

    FileSizeLimit();
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    unsigned long long m_saved = 0;
    void (*m_savedSignal)(int) = nullptr;
};

} // namespace ropa::test
