#include "store/sqlcipher/ActivityTable.h"

#include "store/sqlcipher/Statement.h"

namespace ropa::store::sqlcipher {

namespace {
const QString kFields = QStringLiteral("purpose, description, business_function, special_condition, retention_id, "
                                       "security_measures, dpia, automated_decision_making");
}

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
    s.bind(first + 7, qint64{a.automatedDecisions.status == AutomatedDecisionStatus::Yes ? 1 : 0});
}

} // namespace ropa::store::sqlcipher
