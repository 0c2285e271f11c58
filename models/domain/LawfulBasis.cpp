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

QString basisSummary(Basis basis)
{
    switch (basis) {
    case Basis::Consent:
        return QCoreApplication::translate("ropa::LawfulBasis",
                                           "The person has clearly agreed to this use of their data.");
    case Basis::Contract:
        return QCoreApplication::translate("ropa::LawfulBasis",
                                           "Needed to carry out a contract with the person, or to take steps they "
                                           "asked for before one, such as a quote.");
    case Basis::LegalObligation:
        return QCoreApplication::translate("ropa::LawfulBasis", "Needed to comply with a law that applies to us.");
    case Basis::VitalInterests:
        return QCoreApplication::translate("ropa::LawfulBasis", "Needed to protect someone's life.");
    case Basis::PublicTask:
        return QCoreApplication::translate("ropa::LawfulBasis",
                                           "Needed for a task in the public interest or an official function set "
                                           "out in law.");
    case Basis::LegitimateInterests:
        return QCoreApplication::translate("ropa::LawfulBasis",
                                           "Needed for a genuine interest of ours or of others, where it does not "
                                           "override the person's own interests and rights.");
    }
    return {};
}

QString basisGuidance(Basis basis)
{
    switch (basis) {
    case Basis::Consent:
        return QCoreApplication::translate(
            "ropa::LawfulBasis",
            "Use it when you can offer people a real choice: they opt in, nothing depends on saying yes, and they "
            "can change their mind as easily as they agreed. Record how you ask, how people withdraw and where "
            "the records of who agreed are kept. Marketing emails and non-essential cookies usually need it.");
    case Basis::Contract:
        return QCoreApplication::translate(
            "ropa::LawfulBasis",
            "Use it for what you must do to deliver what the person signed up for or asked you to quote for. It "
            "does not cover things that are merely useful to the business, such as marketing to them.");
    case Basis::LegalObligation:
        return QCoreApplication::translate(
            "ropa::LawfulBasis",
            "Use it when a law requires the processing, not a contract or a choice of yours. Name the law, such "
            "as the Building Regulations or the Money Laundering Regulations, so anyone can check it.");
    case Basis::VitalInterests:
        return QCoreApplication::translate(
            "ropa::LawfulBasis",
            "Use it only in an emergency, when someone's life is at risk and they cannot agree themselves.");
    case Basis::PublicTask:
        return QCoreApplication::translate(
            "ropa::LawfulBasis",
            "Mainly for public authorities, or others carrying out an official function, whose task has a clear "
            "basis in law.");
    case Basis::LegitimateInterests:
        return QCoreApplication::translate(
            "ropa::LawfulBasis",
            "The most flexible basis: use it for processing people would reasonably expect, with little impact on "
            "their privacy. Write down the interest, and a legitimate-interests assessment: why the interest "
            "matters, why the processing is needed for it, and why it does not override the person's interests.");
    }
    return {};
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
