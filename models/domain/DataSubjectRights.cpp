#include "domain/DataSubjectRights.h"

#include <QCoreApplication>

namespace ropa {

namespace {

struct BasisRights
{
    bool erasure;
    bool portability;
    bool object;
};

BasisRights rightsOf(Basis basis)
{
    switch (basis) {
    case Basis::Consent:
        return {true, true, false};
    case Basis::Contract:
        return {true, true, false};
    case Basis::LegalObligation:
        return {false, false, false};
    case Basis::VitalInterests:
        return {true, false, false};
    case Basis::PublicTask:
        return {false, false, true};
    case Basis::LegitimateInterests:
        return {true, false, true};
    }
    return {false, false, false};
}

} // namespace

QList<Right> DataSubjectRights::available(const QList<LawfulBasis>& bases)
{
    BasisRights widest{false, false, false};
    bool consent = false;
    for (const LawfulBasis& b : bases) {
        const BasisRights r = rightsOf(b.basis);
        widest.erasure |= r.erasure;
        widest.portability |= r.portability;
        widest.object |= r.object;
        consent |= b.basis == Basis::Consent;
    }
    QList<Right> rights{Right::Informed, Right::Access, Right::Rectification};
    if (widest.erasure) {
        rights << Right::Erasure;
    }
    rights << Right::Restriction;
    if (widest.portability) {
        rights << Right::Portability;
    }
    if (widest.object) {
        rights << Right::Object;
    }
    if (consent) {
        rights << Right::WithdrawConsent;
    }
    return rights;
}

QString DataSubjectRights::name(Right right)
{
    switch (right) {
    case Right::Informed:
        return QCoreApplication::translate("ropa::DataSubjectRights", "To be informed");
    case Right::Access:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Access");
    case Right::Rectification:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Rectification");
    case Right::Erasure:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Erasure");
    case Right::Restriction:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Restriction");
    case Right::Portability:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Data portability");
    case Right::Object:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Object");
    case Right::WithdrawConsent:
        return QCoreApplication::translate("ropa::DataSubjectRights", "Withdraw consent at any time");
    }
    return {};
}

QStringList DataSubjectRights::names(const QList<Right>& rights)
{
    QStringList result;
    for (const Right right : rights) {
        result << name(right);
    }
    return result;
}

} // namespace ropa
