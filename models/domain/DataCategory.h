#pragma once

#include <QString>
#include <optional>

namespace ropa {

// Whether a data category is ordinary, special category data (Art. 9) or criminal offence data (Art. 10).
enum class SpecialCategory { None, Art9, Art10 };

QString specialCategoryKey(SpecialCategory special);
std::optional<SpecialCategory> specialCategoryFromKey(QStringView key);
QString specialCategoryKeyList();
QString specialCategoryName(SpecialCategory special);

// A category of personal data, such as contact details or a DBS check.
struct DataCategory
{
    QString id;
    QString name;
    QString description;
    SpecialCategory special = SpecialCategory::None;

    bool operator==(const DataCategory&) const = default;
};

} // namespace ropa
