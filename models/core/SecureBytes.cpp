#include "core/SecureBytes.h"

#include <cstring>
#include <sodium.h>
#include <utility>

namespace ropa {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(sodium_init() >= 0 ? static_cast<unsigned char*>(sodium_malloc(size)) : nullptr)
    , m_size(m_data ? size : 0)
    , m_capacity(m_size)
{ }

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (m_data) {
        sodium_free(m_data); // zeroes the memory before releasing it
        m_data = nullptr;
        m_size = 0;
        m_capacity = 0;
    }
}

void SecureBytes::setSize(std::size_t size)
{
    if (size <= m_capacity) {
        sodium_memzero(m_data + size, m_size > size ? m_size - size : 0);
        m_size = size;
    }
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes copy(static_cast<std::size_t>(bytes.size()));
    if (!copy.isNull() && !bytes.isEmpty()) {
        std::memcpy(copy.m_data, bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    return copy;
}

} // namespace ropa
