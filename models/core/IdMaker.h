#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace ropa {

// Ids made from what people call things, as the demo's are: "Children's data" -> "childrens-data", numbered
// ("-2", "-3") when taken.
class IdMaker
{
public:
    static constexpr qsizetype kMaxLength = 40;

    // Lower-case letters and digits joined by single hyphens; accents and apostrophes dropped; at most kMaxLength,
    // cut at a word boundary where one is near.
    static QString slug(const QString& text);
    // slug(text), or fallback when that is empty, numbered until it is not in used; the id is added to used.
    static QString unique(const QString& text, const QString& fallback, QSet<QString>& used);

    // For making many ids, as an importer does: the same ids as unique() with one growing set, but each in O(1)
    // amortised time however many share a name, as the next number to try is kept for each name.
    IdMaker() = default;
    QString make(const QString& text, const QString& fallback);

private:
    QSet<QString> m_used;
    QHash<QString, int> m_next;
};

} // namespace ropa
