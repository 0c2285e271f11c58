#include "domain/PecrUse.h"

#include "core/KeyTable.h"

#include <QCoreApplication>
#include <algorithm>

namespace ropa {

namespace {
constexpr KeyTable<PecrUse, 2> kUseKeys({{
    {PecrUse::ElectronicMarketing, "electronic_marketing"},
    {PecrUse::NonEssentialCookies, "non_essential_cookies"},
}});
} // namespace

QList<PecrUse> allPecrUses()
{
    return {PecrUse::ElectronicMarketing, PecrUse::NonEssentialCookies};
}

QString pecrUseKey(PecrUse use)
{
    return kUseKeys.key(use);
}

std::optional<PecrUse> pecrUseFromKey(QStringView key)
{
    return kUseKeys.find(key);
}

QString pecrUseKeyList()
{
    return kUseKeys.keyList();
}

QString pecrUseName(PecrUse use)
{
    switch (use) {
    case PecrUse::ElectronicMarketing:
        return QCoreApplication::translate("ropa::PecrUse", "Marketing by email, text or phone");
    case PecrUse::NonEssentialCookies:
        return QCoreApplication::translate("ropa::PecrUse", "Analytics, advertising or other non-essential cookies");
    }
    return {};
}

QList<PecrUse> normalisedPecrUses(QList<PecrUse> uses)
{
    std::sort(uses.begin(), uses.end());
    uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
    return uses;
}

} // namespace ropa
