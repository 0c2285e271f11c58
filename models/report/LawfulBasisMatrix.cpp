#include "report/LawfulBasisMatrix.h"

#include <QStringList>
#include <algorithm>

namespace ropa::report {

LawfulBasisMatrix::LawfulBasisMatrix(const Register& reg)
{
    // The customary bases always have their markers; any other basis in use follows in notice order, so a
    // register's markers only change when it starts or stops using a basis.
    for (std::size_t i = 0; i < kNoticeOrder.size(); ++i) {
        const Basis basis = kNoticeOrder.at(i);
        if (i < kCustomaryMarkedBases ||
            std::any_of(reg.activities.cbegin(), reg.activities.cend(),
                        [basis](const Activity& a) { return a.hasBasis(basis); })) {
            m_markedBases.append(basis);
        }
    }
    for (const Activity& activity : reg.activities) {
        Row row{activity.purpose, {}};
        for (const Basis basis : m_markedBases) {
            if (activity.hasBasis(basis)) {
                row.bases.append(basis);
            }
        }
        m_rows.append(row);
    }
}

QString LawfulBasisMatrix::marker(Basis basis) const
{
    const qsizetype index = m_markedBases.indexOf(basis);
    return index < 0 ? QString() : QString(index + 1, QLatin1Char('*'));
}

QString LawfulBasisMatrix::rowText(const Row& row) const
{
    const QString purpose = row.purpose.simplified();
    if (row.bases.isEmpty()) {
        return purpose;
    }
    QStringList markers;
    for (const Basis basis : row.bases) {
        markers << marker(basis);
    }
    return purpose + QStringLiteral(" (") + markers.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString LawfulBasisMatrix::legendLine(Basis basis) const
{
    const qsizetype width = m_markedBases.size() + 2;
    return marker(basis).leftJustified(width, QLatin1Char(' ')) + basisName(basis) + QStringLiteral(" (") +
        basisArticle(basis) + QLatin1Char(')');
}

QString LawfulBasisMatrix::toText() const
{
    QString text;
    for (const Row& row : m_rows) {
        text += rowText(row) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    for (const Basis basis : m_markedBases) {
        text += legendLine(basis) + QLatin1Char('\n');
    }
    return text;
}

} // namespace ropa::report
