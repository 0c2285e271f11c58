#pragma once

#include "domain/Register.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ropa::report {

// The register laid out as the ICO's controller documentation template: a controller block, then one row per
// activity with one text cell per template column. Cells never come out empty: what the register does not hold
// says "Not recorded", and a column that cannot apply to an activity says "Not applicable".
class IcoTemplate
{
public:
    static QStringList columns();
    static QList<QStringList> rows(const Register& reg);
    // Label and value for each controller detail Art. 30(1)(a) asks for.
    static QList<QPair<QString, QString>> header(const Register& reg);

    static QString notRecorded();
    static QString notApplicable();
};

} // namespace ropa::report
