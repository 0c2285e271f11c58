#include "formats/JsonWriter.h"

namespace ropa::formats {

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(2 * m_levels.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_levels.isEmpty()) {
        if (m_levels.last().count++ > 0) {
            m_out += ',';
        }
        newline();
    }
}

void JsonWriter::open(char bracket, bool isArray)
{
    beforeValue();
    m_out += bracket;
    m_levels.append({isArray, 0});
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_levels.takeLast().count == 0;
    if (!empty) {
        newline();
    }
    m_out += bracket;
    if (m_levels.isEmpty()) {
        m_out += '\n';
    }
}

void JsonWriter::beginObject()
{
    open('{', false);
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[', true);
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(const char* name)
{
    beforeValue();
    writeString(QString::fromLatin1(name));
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::field(const char* name, const QString& text)
{
    key(name);
    value(text);
}

void JsonWriter::field(const char* name, qint64 number)
{
    key(name);
    value(number);
}

void JsonWriter::field(const char* name, bool flag)
{
    key(name);
    value(flag);
}

void JsonWriter::field(const char* name, const std::optional<QString>& textOrNull)
{
    key(name);
    if (textOrNull) {
        value(*textOrNull);
    } else {
        nullValue();
    }
}

void JsonWriter::field(const char* name, const QStringList& texts)
{
    key(name);
    beginArray();
    for (const QString& text : texts) {
        value(text);
    }
    endArray();
}

void JsonWriter::writeString(const QString& text)
{
    m_out += '"';
    qsizetype runStart = 0;
    // Copies unescaped runs whole, so surrogate pairs stay together.
    auto flush = [&](qsizetype end) { m_out += QStringView(text).mid(runStart, end - runStart).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const char* escape = nullptr;
        switch (u) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        default:
            break;
        }
        if (!escape && u >= 0x20) {
            continue;
        }
        flush(i);
        if (escape) {
            m_out += escape;
        } else {
            m_out += "\\u00";
            m_out += QByteArray::number(u, 16).rightJustified(2, '0');
        }
        runStart = i + 1;
    }
    flush(text.size());
    m_out += '"';
}

} // namespace ropa::formats
