#pragma once

#include "domain/ConsentRecord.h"
#include "domain/LegitimateInterestsAssessment.h"

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace ropa {

// The six lawful bases of Article 6(1), in the article's order (a) to (f).
enum class Basis { Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests };

inline constexpr std::array<Basis, 6> kAllBases = {Basis::Consent,         Basis::Contract,
                                                   Basis::LegalObligation, Basis::VitalInterests,
                                                   Basis::PublicTask,      Basis::LegitimateInterests};

// The order privacy notices give the bases in: the three they mark by custom (* contract, ** legal obligation,
// *** legitimate interests) first, then the others in Article 6(1) order.
inline constexpr std::array<Basis, 6> kNoticeOrder = {
    Basis::Contract, Basis::LegalObligation, Basis::LegitimateInterests,
    Basis::Consent,  Basis::VitalInterests,  Basis::PublicTask};
// How many bases at the head of kNoticeOrder carry a marker whether or not the register uses them.
inline constexpr std::size_t kCustomaryMarkedBases = 3;

QString basisKey(Basis basis);
std::optional<Basis> basisFromKey(QStringView key);
QString basisKeyList();
QString basisName(Basis basis);
QString basisArticle(Basis basis);
// One plain-English line on what the basis means, for tooltips.
QString basisSummary(Basis basis);
// A few sentences on when to rely on the basis and what it asks of the organisation, after the ICO's guidance on
// lawful bases.
QString basisGuidance(Basis basis);

// One lawful basis an activity relies on, with what the basis itself asks to be recorded: legitimate interests
// carry the interest pursued and its assessment, a legal obligation the law that imposes it, consent how it is
// collected and withdrawn. The parts that belong to another basis are empty.
struct LawfulBasis
{
    LawfulBasis(Basis b = Basis::Contract, QString pursued = {})
        : basis(b)
        , interest(std::move(pursued))
    { }

    Basis basis = Basis::Contract;
    QString interest; // legitimate interests: the interest pursued
    LegitimateInterestsAssessment assessment; // legitimate interests
    QString law; // legal obligation: "Building Regulations 2010, via FENSA"
    ConsentRecord consent; // consent

    bool operator==(const LawfulBasis&) const = default;

    // The basis with the parts of the other bases emptied.
    LawfulBasis normalised() const;
};

} // namespace ropa
