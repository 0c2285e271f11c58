#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ropa::formats {

// Writes JSON with keys in the order given and two-space indentation, so exports diff well and repeat byte for byte.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char* name);

    void value(const QString& text);
    void value(qint64 number);
    void value(bool flag);
    void nullValue();

    // Shorthands for a key followed by its value.
    void field(const char* name, const QString& text);
    void field(const char* name, qint64 number);
    void field(const char* name, bool flag);
    void field(const char* name, const std::optional<QString>& textOrNull);
    void field(const char* name, const QStringList& texts);

    // The document so far, ending with a newline once the outermost value is closed.
    QByteArray result() const { return m_out; }

private:
    struct Level
    {
        bool isArray = false;
        int count = 0;
    };

    void beforeValue();
    void open(char bracket, bool isArray);
    void close(char bracket);
    void newline();
    void writeString(const QString& text);

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace ropa::formats
