#include "store/sqlcipher/ActivityTable.h"

#include "store/sqlcipher/Statement.h"

namespace ropa::store::sqlcipher {

namespace {
template <typename Enum, typename KeyOf>
QString keyList(const QList<Enum>& values, KeyOf keyOf)
{
    QStringList keys;
    for (const Enum value : values) {
        keys << keyOf(value);
    }
    return keys.join(QLatin1Char(','));
}

std::optional<QString> dateText(const std::optional<QDate>& date)
{
    return date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}

const QString kFields = QStringLiteral("purpose, description, business_function, special_condition, retention_id, "
                                       "security_measures, dpia, schedule1_condition, policy_document, "
                                       "dpia_criteria, dpia_screening_date, dpia_reference, automated_decisions, "
                                       "automated_safeguards, pecr, last_reviewed, reviewed_by");
} // namespace

QString ActivityTable::selectSql()
{
    return QStringLiteral("SELECT id, %1 FROM activity ORDER BY position").arg(kFields);
}

QString ActivityTable::insertSql()
{
    return QStringLiteral("INSERT INTO activity(id, position, %1) VALUES (?, ?%2)")
        .arg(kFields, QStringLiteral(", ?").repeated(kFieldCount));
}

QString ActivityTable::updateSql()
{
    return QStringLiteral("UPDATE activity SET %1 = ? WHERE id = ?")
        .arg(QString(kFields).replace(QStringLiteral(", "), QStringLiteral(" = ?, ")));
}

void ActivityTable::bindFields(Statement& s, int first, const Activity& a)
{
    s.bind(first, a.purpose);
    s.bind(first + 1, a.description);
    s.bind(first + 2, a.businessFunction);
    s.bind(first + 3, a.specialCondition);
    s.bind(first + 4, a.retention);
    s.bind(first + 5, a.securityMeasures);
    s.bind(first + 6, dpiaStatusKey(a.dpia));
    s.bind(first + 7, a.schedule1Condition);
    s.bind(first + 8, a.policyDocument);
    s.bind(first + 9, keyList(a.dpiaScreening.criteria, dpiaCriterionKey));
    s.bind(first + 10, dateText(a.dpiaScreening.date));
    s.bind(first + 11, a.dpiaScreening.reference);
    s.bind(first + 12, automatedDecisionStatusKey(a.automatedDecisions.status));
    s.bind(first + 13, a.automatedDecisions.safeguards);
    s.bind(first + 14, keyList(a.pecr, pecrUseKey));
    s.bind(first + 15, dateText(a.lastReviewed));
    s.bind(first + 16, a.reviewedBy);
}

} // namespace ropa::store::sqlcipher
