#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace ropa::ui {

// One setting with its key, type and default in one place, so no key string is spelt twice.
template <typename T>
class SettingValue
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }

    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

} // namespace ropa::ui
