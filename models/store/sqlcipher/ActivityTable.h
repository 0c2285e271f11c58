#pragma once

#include "domain/Activity.h"

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace ropa::store::sqlcipher {

class Statement;

// How activities lie in the file: the activity table and, keyed by activity_id, its bases, its four lists of
// catalogue ids and its transfers.
class ActivityTable
{
public:
    // The lists that link an activity to the catalogues, with their tables.
    static constexpr std::array<std::pair<const char*, QStringList Activity::*>, 4> kLinks = {{
        {"activity_data_category", &Activity::dataCategories},
        {"activity_subject_category", &Activity::subjectCategories},
        {"activity_recipient", &Activity::recipients},
        {"activity_source", &Activity::sources},
    }};
    // The tables of an activity's details, which its row's removal takes with it.
    static constexpr std::array<const char*, 6> kDetailTables = {
        "activity_basis",     "activity_data_category", "activity_subject_category",
        "activity_recipient", "activity_source",        "activity_transfer"};

    // SELECT id and the fields of every activity, in display order.
    static QString selectSql();
    // INSERT with parameters id, position, then the fields.
    static QString insertSql();
    // UPDATE of the fields (parameters from 1) of the activity whose id is the last parameter.
    static constexpr int kFieldCount = 17;
    static QString updateSql();
    // Binds the activity's fields to parameters first, first + 1, ...
    static void bindFields(Statement& statement, int first, const Activity& activity);
    // The keys of a list held in one column (DPIA criteria, PECR uses), joined by commas; parse refuses a key the
    // enum does not know by returning nothing.
    template <typename Enum, typename FromKey>
    static std::optional<QList<Enum>> parseKeys(const QString& column, FromKey fromKey)
    {
        QList<Enum> out;
        for (const QString& key : column.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<Enum> value = fromKey(key);
            if (!value) {
                return std::nullopt;
            }
            out.append(*value);
        }
        return out;
    }
};

} // namespace ropa::store::sqlcipher
