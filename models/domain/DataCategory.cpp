#include "domain/DataCategory.h"

#include "core/KeyTable.h"

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

} // namespace ropa
