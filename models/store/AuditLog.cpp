#include "store/AuditLog.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace ropa::store {

namespace {
QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{ }

QString AuditLog::hashOf(const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QChar separator(0x1f); // unit separator: cannot be confused with text in the fields
    const QString material = entry.prevHash + separator + QString::number(entry.seq) + separator + entry.at +
        separator + entry.actor + separator + entry.action + separator + entry.detail;
    hash.addData(material.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(const QString& action, const QString& detail)
{
    Result<Statement> last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    const Result<bool> hasLast = last->step();
    if (!hasLast) {
        return hasLast.error();
    }
    AuditEntry entry;
    entry.seq = hasLast.value() ? last->integer(0) + 1 : 1;
    entry.prevHash = hasLast.value() ? last->text(1) : QString(64, QLatin1Char('0'));
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.actor = currentActor();
    entry.action = action;
    entry.detail = detail;
    entry.hash = hashOf(entry);

    Result<Statement> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log(seq, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
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

Result<QList<AuditEntry>> AuditLog::entries() const
{
    QList<AuditEntry> result;
    const Status status = m_db.forEachRow(
        QStringLiteral("SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY seq"),
        [&result](const Statement& row) {
            result.append(
                {row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6)});
        });
    if (!status) {
        return status.error();
    }
    return result;
}

Result<std::optional<qint64>> AuditLog::firstBrokenEntry() const
{
    Result<QList<AuditEntry>> all = entries();
    if (!all) {
        return all.error();
    }
    return std::optional<qint64>(firstBrokenEntry(all.value()));
}

std::optional<qint64> AuditLog::firstBrokenEntry(const QList<AuditEntry>& entries)
{
    QString previous(64, QLatin1Char('0'));
    for (const AuditEntry& entry : entries) {
        if (entry.prevHash != previous || hashOf(entry) != entry.hash) {
            return entry.seq;
        }
        previous = entry.hash;
    }
    return std::nullopt;
}

} // namespace ropa::store
