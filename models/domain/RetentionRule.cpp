#include "domain/RetentionRule.h"

#include <QRegularExpression>

namespace ropa {

bool RetentionRule::isValidPeriod(const QString& period)
{
    // Calendar periods only (P1Y6M, P30D, P2W); a register has no use for hours.
    static const QRegularExpression pattern(QStringLiteral(R"(^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$)"));
    return pattern.match(period).hasMatch();
}

} // namespace ropa
