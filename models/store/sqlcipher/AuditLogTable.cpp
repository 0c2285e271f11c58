#include "store/sqlcipher/AuditLogTable.h"

#include "store/AuditChain.h"
#include "store/sqlcipher/Database.h"

#include <QDateTime>

namespace ropa::store::sqlcipher {

namespace {
const QString kColumns = QStringLiteral("seq, at, actor, action, detail, prev_hash, hash");

AuditEntry entryFrom(const Statement& row)
{
    return {row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6)};
}
} // namespace

AuditLogTable::AuditLogTable(Database& db)
    : m_db(db)
{ }

Status AuditLogTable::append(const AuditRecord& record)
{
    std::optional<AuditEntry> last;
    if (Status status =
            m_db.forEachRow(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(kColumns),
                            [&last](const Statement& row) { last = entryFrom(row); });
        !status) {
        return status;
    }
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.actor = record.actor;
    entry.action = record.action;
    entry.detail = record.detail();
    entry = AuditChain::next(last, std::move(entry));

    Result<Statement> insert =
        m_db.prepare(QStringLiteral("INSERT INTO audit_log(%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, entry.seq);
    insert->bind(2, entry.at);
    insert->bind(3, entry.actor);
    insert->bind(4, entry.action);
    insert->bind(5, entry.detail);
    insert->bind(6, entry.prevHash);
    insert->bind(7, entry.hash);
    return insert->run();
}

Result<QList<AuditEntry>> AuditLogTable::entries() const
{
    QList<AuditEntry> result;
    const Status status = m_db.forEachRow(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns),
                                          [&result](const Statement& row) { result.append(entryFrom(row)); });
    if (!status) {
        return status.error();
    }
    return result;
}

} // namespace ropa::store::sqlcipher
