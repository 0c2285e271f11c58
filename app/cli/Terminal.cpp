#include "Terminal.h"

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ropa::cli {

namespace {

// Turns console echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef _WIN32
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_saved)) {
            SetConsoleMode(m_handle, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
            m_active = true;
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
            m_active = true;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active) {
            return;
        }
#ifdef _WIN32
        SetConsoleMode(m_handle, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef _WIN32
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

bool Terminal::stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool Terminal::readHidden(const QString& prompt, SecureBytes& secret)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::size_t size = 0;
    bool complete = false;
    {
        EchoOff echoOff;
        for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
            if (c == '\n') {
                complete = true;
                break;
            }
            if (size < secret.size()) {
                secret.data()[size++] = static_cast<unsigned char>(c);
            }
        }
    }
    std::fputs("\n", stderr);
    if (!complete && size == 0) {
        return false;
    }
    if (size > 0 && secret.data()[size - 1] == '\r') {
        --size;
    }
    secret.setSize(size);
    return true;
}

} // namespace ropa::cli
