#pragma once

#include "domain/Register.h"

#include <QList>
#include <QString>

namespace ropa::report {

// The asterisk-annotated lawful-basis matrix: * contract, ** legal obligation, *** legitimate interests, and the
// next markers for any other basis the register uses.
class LawfulBasisMatrix
{
public:
    struct Row
    {
        QString purpose;
        QList<Basis> bases; // in marker order
    };

    explicit LawfulBasisMatrix(const Register& reg);

    // The bases that have a marker, in marker order.
    const QList<Basis>& markedBases() const { return m_markedBases; }
    QString marker(Basis basis) const;
    const QList<Row>& rows() const { return m_rows; }

    // "Providing our services (*, ***)"
    QString rowText(const Row& row) const;
    // "***  Legitimate interests (Article 6(1)(f))"
    QString legendLine(Basis basis) const;
    // One line per activity, a blank line, then the legend.
    QString toText() const;

private:
    QList<Basis> m_markedBases;
    QList<Row> m_rows;
};

} // namespace ropa::report
