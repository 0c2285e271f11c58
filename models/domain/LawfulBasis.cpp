#include "domain/LawfulBasis.h"

#include "core/KeyTable.h"

#include <QCoreApplication>

namespace ropa {

namespace {
constexpr KeyTable<Basis, 6> kBasisKeys({{
    {Basis::Consent, "consent"},
    {Basis::Contract, "contract"},
    {Basis::LegalObligation, "legal_obligation"},
    {Basis::VitalInterests, "vital_interests"},
    {Basis::PublicTask, "public_task"},
    {Basis::LegitimateInterests, "legitimate_interests"},
}});
} // namespace

QString basisKey(Basis basis)
{
    return kBasisKeys.key(basis);
}

std::optional<Basis> basisFromKey(QStringView key)
{
    return kBasisKeys.find(key);
}

QString basisKeyList()
{
    return kBasisKeys.keyList();
}

QString basisName(Basis basis)
{
    switch (basis) {
    case Basis::Consent:
        return QCoreApplication::translate("ropa::LawfulBasis", "Consent");
    case Basis::Contract:
        return QCoreApplication::translate("ropa::LawfulBasis", "Contract");
    case Basis::LegalObligation:
        return QCoreApplication::translate("ropa::LawfulBasis", "Legal obligation");
    case Basis::VitalInterests:
        return QCoreApplication::translate("ropa::LawfulBasis", "Vital interests");
    case Basis::PublicTask:
        return QCoreApplication::translate("ropa::LawfulBasis", "Public task");
    case Basis::LegitimateInterests:
        return QCoreApplication::translate("ropa::LawfulBasis", "Legitimate interests");
    }
    return {};
}

QString basisArticle(Basis basis)
{
    const char letter = static_cast<char>('a' + static_cast<int>(basis));
    return QStringLiteral("Article 6(1)(%1)").arg(QLatin1Char(letter));
}

LawfulBasis LawfulBasis::normalised() const
{
    LawfulBasis b;
    b.basis = basis;
    if (basis == Basis::LegitimateInterests) {
        b.interest = interest;
        b.assessment = assessment;
    }
    if (basis == Basis::LegalObligation) {
        b.law = law;
    }
    if (basis == Basis::Consent) {
        b.consent = consent;
    }
    return b;
}

} // namespace ropa
