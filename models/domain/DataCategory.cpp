#include "domain/DataCategory.h"

#include "core/KeyTable.h"

#include <QCoreApplication>

namespace ropa {

namespace {
constexpr KeyTable<SpecialCategory, 3> kSpecialKeys({{
    {SpecialCategory::None, "none"},
    {SpecialCategory::Art9, "art9"},
    {SpecialCategory::Art10, "art10"},
}});
} // namespace

QString specialCategoryKey(SpecialCategory special)
{
    return kSpecialKeys.key(special);
}

std::optional<SpecialCategory> specialCategoryFromKey(QStringView key)
{
    return kSpecialKeys.find(key);
}

QString specialCategoryKeyList()
{
    return kSpecialKeys.keyList();
}

QString specialCategoryName(SpecialCategory special)
{
    switch (special) {
    case SpecialCategory::None:
        return QCoreApplication::translate("ropa::DataCategory", "Ordinary personal data");
    case SpecialCategory::Art9:
        return QCoreApplication::translate("ropa::DataCategory", "Special category data (Article 9)");
    case SpecialCategory::Art10:
        return QCoreApplication::translate("ropa::DataCategory", "Criminal offence data (Article 10)");
    }
    return {};
}

} // namespace ropa
