#pragma once

#include <QByteArrayView>
#include <cstddef>

namespace ropa::store::sqlcipher {

// Key bytes in locked, guarded memory (libsodium), wiped when the object goes away.
class SecureKey
{
public:
    SecureKey() = default;
    explicit SecureKey(std::size_t size);
    ~SecureKey();
    SecureKey(SecureKey&& other) noexcept;
    SecureKey& operator=(SecureKey&& other) noexcept;
    SecureKey(const SecureKey&) = delete;
    SecureKey& operator=(const SecureKey&) = delete;

    bool isNull() const { return m_data == nullptr; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    QByteArrayView view() const { return {reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size)}; }

    void wipe();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace ropa::store::sqlcipher
