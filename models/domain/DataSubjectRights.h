#pragma once

#include "domain/LawfulBasis.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ropa {

// The data subject rights of Articles 13 to 22 that depend on, or survive, the lawful basis.
enum class Right { Informed, Access, Rectification, Erasure, Restriction, Portability, Object, WithdrawConsent };

// Which rights individuals have for processing on the given bases (the ICO's table by basis): informed, access,
// rectification and restriction always; erasure, portability and objection as the bases allow, taking the
// widest where an activity relies on several; withdrawing consent where consent is a basis.
class DataSubjectRights
{
public:
    static QList<Right> available(const QList<LawfulBasis>& bases);
    static QString name(Right right);
    static QStringList names(const QList<Right>& rights);
};

} // namespace ropa
