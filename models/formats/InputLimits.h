#pragma once

#include <QString>
#include <QtGlobal>

namespace ropa::formats {

// How much the readers of imported files accept: far more than any real register or notice holds, yet little enough
// that every later step (the store, the documents, the PDF) stays quick. Input over a limit is refused whole, with a
// sentence naming the file, the place and the limit.
class InputLimits
{
public:
    // Names, purposes, ids, countries, periods: one line of text.
    static constexpr qsizetype kMaxShortText = 1'000;
    // Descriptions, addresses, interests, safeguards, security measures: free text.
    static constexpr qsizetype kMaxLongText = 20'000;
    static constexpr qsizetype kMaxActivities = 100'000;
    // In each catalogue (data categories, subjects, recipients, sources, retention rules), and in any other list.
    static constexpr qsizetype kMaxCatalogueEntries = 100'000;
    static constexpr qint64 kMaxNoticeBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxRegisterJsonBytes = 64 * 1024 * 1024;
    // One entry of a register kept as a document of its own (EntryJson): an activity of many pages is a few kB.
    static constexpr qint64 kMaxEntryJsonBytes = 1024 * 1024;
    // An activity's display order: whole numbers a double holds exactly (2^53).
    static constexpr qint64 kMaxOrder = 9'007'199'254'740'992;

    // "is 50,000,000 characters long; at most 1,000 are allowed."
    static QString tooLong(qsizetype length, qsizetype limit);
    // "has 200,000 entries; at most 100,000 are allowed."
    static QString tooMany(qsizetype count, qsizetype limit);
    // 50000000 -> "50,000,000".
    static QString number(qint64 value);
};

} // namespace ropa::formats
