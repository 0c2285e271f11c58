#include "store/AuditChain.h"

#include <QCryptographicHash>

namespace ropa::store {

QString AuditChain::genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::hashOf(const AuditEntry& entry)
{
    const QChar separator(0x1f); // unit separator: cannot be confused with text in the fields
    const QString material = entry.prevHash + separator + QString::number(entry.seq) + separator + entry.at +
        separator + entry.actor + separator + entry.action + separator + entry.detail;
    return QString::fromLatin1(QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditChain::next(const std::optional<AuditEntry>& last, AuditEntry entry)
{
    entry.seq = last ? last->seq + 1 : 1;
    entry.prevHash = last ? last->hash : genesis();
    entry.hash = hashOf(entry);
    return entry;
}

std::optional<qint64> AuditChain::firstBrokenEntry(const QList<AuditEntry>& entries)
{
    QString previous = genesis();
    qint64 expectedSeq = 1;
    for (const AuditEntry& entry : entries) {
        if (entry.seq != expectedSeq || entry.prevHash != previous || hashOf(entry) != entry.hash) {
            return entry.seq;
        }
        previous = entry.hash;
        ++expectedSeq;
    }
    return std::nullopt;
}

} // namespace ropa::store
