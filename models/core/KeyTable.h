#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace ropa {

// Maps the values of an enum to the stable keys used in files and the database.
template <typename E, std::size_t N>
class KeyTable
{
public:
    constexpr explicit KeyTable(std::array<std::pair<E, const char*>, N> entries)
        : m_entries(entries)
    { }

    QString key(E value) const
    {
        for (const auto& [e, k] : m_entries) {
            if (e == value) {
                return QString::fromLatin1(k);
            }
        }
        return {};
    }

    std::optional<E> find(QStringView key) const
    {
        for (const auto& [e, k] : m_entries) {
            if (key == QLatin1StringView(k)) {
                return e;
            }
        }
        return std::nullopt;
    }

    // "a, b or c", for error messages.
    QString keyList() const
    {
        QStringList keys;
        for (const auto& entry : m_entries) {
            const QString key = QString::fromLatin1(entry.second);
            keys << (key.isEmpty() ? QStringLiteral("\"\"") : key);
        }
        return keys.join(QStringLiteral(", "));
    }

private:
    std::array<std::pair<E, const char*>, N> m_entries;
};

} // namespace ropa
