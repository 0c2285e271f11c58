#pragma once

#include <QDate>
#include <QString>
#include <array>
#include <optional>

namespace ropa {

// The six lawful bases of Article 6(1), in the article's order (a) to (f).
enum class Basis { Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests };

inline constexpr std::array<Basis, 6> kAllBases = {Basis::Consent,         Basis::Contract,
                                                   Basis::LegalObligation, Basis::VitalInterests,
                                                   Basis::PublicTask,      Basis::LegitimateInterests};

QString basisKey(Basis basis);
std::optional<Basis> basisFromKey(QStringView key);
QString basisKeyList();
QString basisName(Basis basis);
QString basisArticle(Basis basis);

// One lawful basis an activity relies on; legitimate interests carry the interest and its balancing test.
struct LawfulBasis
{
    Basis basis = Basis::Contract;
    QString interest;
    std::optional<QDate> balancingTestDate;

    bool operator==(const LawfulBasis&) const = default;
};

} // namespace ropa
