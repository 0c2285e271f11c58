#include "store/sqlcipher/SecureKey.h"

#include <sodium.h>
#include <utility>

namespace ropa::store::sqlcipher {

SecureKey::SecureKey(std::size_t size)
    : m_data(static_cast<unsigned char*>(sodium_malloc(size)))
    , m_size(m_data ? size : 0)
{ }

SecureKey::~SecureKey()
{
    wipe();
}

SecureKey::SecureKey(SecureKey&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureKey& SecureKey::operator=(SecureKey&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureKey::wipe()
{
    if (m_data) {
        sodium_free(m_data); // zeroes the memory before releasing it
        m_data = nullptr;
        m_size = 0;
    }
}

} // namespace ropa::store::sqlcipher
