#include "itemmodels/AuditLogModel.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"
#include "store/AuditChain.h"

#include <QDateTime>
#include <algorithm>

namespace ropa::itemmodels {

AuditLogModel::AuditLogModel(session::RegisterDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document, &session::RegisterDocument::changed, this, &AuditLogModel::reload);
    reload();
}

void AuditLogModel::reload()
{
    Result<QList<store::AuditEntry>> entries = m_document.auditEntries();
    beginResetModel();
    m_entries = entries ? std::move(entries.value()) : QList<store::AuditEntry>();
    m_readError = entries ? QString() : entries.error().message;
    m_firstBroken = store::AuditChain::firstBrokenEntry(m_entries);
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const store::AuditEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
        if (role == Qt::ToolTipRole || !at.isValid()) {
            return entry.at;
        }
        // Sortable and unambiguous, in the user's own time.
        return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case WhoColumn:
        return entry.actor;
    case ActionColumn:
        return session::AuditAction::sentence(entry);
    case DetailColumn: {
        const QString detail = session::AuditAction::detail(entry);
        return role == Qt::ToolTipRole ? detail + QLatin1Char('\n') + tr("Hash: %1").arg(entry.hash) : detail;
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace ropa::itemmodels
