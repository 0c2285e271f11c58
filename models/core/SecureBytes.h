#pragma once

#include <QByteArrayView>
#include <cstddef>

namespace ropa {

// Secret bytes (a passphrase, a key) in locked, guarded memory (libsodium): never swapped out, never in a core dump
// (see Platform::protectProcess()), wiped when the object goes away. Holds up to the size it was made with; setSize()
// makes fewer of them count.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    bool isNull() const { return m_data == nullptr; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    QByteArrayView view() const { return {reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size)}; }

    // Shrinks the bytes that count to size (at most the size it was made with).
    void setSize(std::size_t size);
    // A copy of bytes in guarded memory; null where there is no locked memory to be had.
    static SecureBytes copyOf(QByteArrayView bytes);

    void wipe();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace ropa
