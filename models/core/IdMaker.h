#pragma once

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
};

} // namespace ropa
