#include "domain/RetentionRule.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ropa {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::RetentionRule)
};
} // namespace

bool RetentionRule::isValidPeriod(const QString& period)
{
    // Calendar periods only (P1Y6M, P30D, P2W); a register has no use for hours.
    static const QRegularExpression pattern(QStringLiteral(R"(^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$)"));
    return pattern.match(period).hasMatch();
}

QString RetentionRule::periodFromWords(const QString& words)
{
    const QString text = words.simplified();
    if (isValidPeriod(text.toUpper())) {
        return text.toUpper();
    }
    // Whole numbers with English units, largest first, optionally joined by commas or "and".
    static const QRegularExpression whole(
        QStringLiteral(
            R"(^(?:(\d+) ?years?)?[ ,]*(?:and )?(?:(\d+) ?months?)?[ ,]*(?:and )?(?:(\d+) ?weeks?)?[ ,]*(?:and )?(?:(\d+) ?days?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = whole.match(text);
    if (text.isEmpty() || !match.hasMatch()) {
        return {};
    }
    QString period = QStringLiteral("P");
    const char units[] = {'Y', 'M', 'W', 'D'};
    for (int i = 0; i < 4; ++i) {
        if (!match.captured(i + 1).isEmpty()) {
            period += QString::number(match.captured(i + 1).toInt()) + QLatin1Char(units[i]);
        }
    }
    return isValidPeriod(period) ? period : QString();
}

QString RetentionRule::periodInWords(const QString& period)
{
    if (!isValidPeriod(period)) {
        return {};
    }
    static const QRegularExpression part(QStringLiteral(R"((\d+)([YMWD]))"));
    QStringList words;
    for (auto it = part.globalMatch(period); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int n = match.captured(1).toInt();
        const bool one = n == 1;
        switch (match.captured(2).at(0).toLatin1()) {
        case 'Y':
            words << (one ? Text::tr("1 year") : Text::tr("%1 years").arg(n));
            break;
        case 'M':
            words << (one ? Text::tr("1 month") : Text::tr("%1 months").arg(n));
            break;
        case 'W':
            words << (one ? Text::tr("1 week") : Text::tr("%1 weeks").arg(n));
            break;
        default:
            words << (one ? Text::tr("1 day") : Text::tr("%1 days").arg(n));
            break;
        }
    }
    return words.join(QLatin1Char(' '));
}

QString RetentionRule::summary() const
{
    const QString words = periodInWords(period);
    if (!words.isEmpty() && !trigger.isEmpty()) {
        return Text::tr("%1 from %2").arg(words, trigger);
    }
    if (!words.isEmpty()) {
        return words;
    }
    if (!trigger.isEmpty()) {
        return Text::tr("Until %1").arg(trigger);
    }
    return description;
}

} // namespace ropa
