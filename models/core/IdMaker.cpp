#include "core/IdMaker.h"

#include <algorithm>

namespace ropa {

QString IdMaker::slug(const QString& text)
{
    const QString plain = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            slug += c;
        } else if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // accents and apostrophes vanish: "children's" -> "childrens"
        } else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-'))) {
            slug += QLatin1Char('-');
        }
    }
    if (slug.size() > kMaxLength) {
        // Cut at a word boundary so the id still reads as the start of the name.
        const qsizetype cut = slug.lastIndexOf(QLatin1Char('-'), kMaxLength);
        slug.truncate(cut > kMaxLength / 2 ? cut : kMaxLength);
    }
    while (slug.endsWith(QLatin1Char('-'))) {
        slug.chop(1);
    }
    return slug;
}

QString IdMaker::unique(const QString& text, const QString& fallback, QSet<QString>& used)
{
    QString base = slug(text);
    if (base.isEmpty()) {
        base = fallback;
    }
    QString id = base;
    for (int n = 2; used.contains(id); ++n) {
        id = base + QLatin1Char('-') + QString::number(n);
    }
    used.insert(id);
    return id;
}

QString IdMaker::make(const QString& text, const QString& fallback)
{
    QString base = slug(text);
    if (base.isEmpty()) {
        base = fallback;
    }
    QString id = base;
    if (m_used.contains(id)) {
        // Numbers below the one kept were taken when tried, and ids are never given back, so they still are.
        int& next = m_next[base];
        for (next = std::max(next, 2);; ++next) {
            id = base + QLatin1Char('-') + QString::number(next);
            if (!m_used.contains(id)) {
                ++next;
                break;
            }
        }
    }
    m_used.insert(id);
    return id;
}

} // namespace ropa
