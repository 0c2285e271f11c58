#include "Terminal.h"

#include "core/Platform.h"

#include <cstdio>

namespace ropa::cli {

namespace {

// Turns console echo off for its lifetime, and back on after if it was on.
class EchoOff
{
public:
    EchoOff() { m_active = Platform::setInputEcho(false, &m_wasOn); }
    ~EchoOff()
    {
        if (m_active && m_wasOn) {
            bool off = false;
            Platform::setInputEcho(true, &off);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
    bool m_wasOn = false;
};

} // namespace

bool Terminal::stdinIsTerminal()
{
    return Platform::inputIsTerminal();
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
