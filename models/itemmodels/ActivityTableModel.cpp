#include "itemmodels/ActivityTableModel.h"

#include "session/RegisterDocument.h"

#include <QMimeData>

namespace ropa::itemmodels {

namespace {
const QString kRowMimeType = QStringLiteral("application/x-ropa-activity-row");
}

ActivityTableModel::ActivityTableModel(session::RegisterDocument& document, QObject* parent)
    : ActivityRowModel(document, parent)
{ }

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ActivityTableModel::headerChanged()
{
    m_dataNames.clear();
    m_recipientNames.clear();
    m_retentionSummaries.clear();
    ActivityRowModel::headerChanged();
}

QString ActivityTableModel::namesOf(const QStringList& ids, int column) const
{
    const Register& reg = document().reg();
    if (m_dataNames.isEmpty() && m_recipientNames.isEmpty()) {
        for (const DataCategory& c : reg.dataCategories) {
            m_dataNames.insert(c.id, c.name);
        }
        for (const Recipient& r : reg.recipients) {
            m_recipientNames.insert(r.id, r.name);
        }
    }
    const QHash<QString, QString>& names = column == DataColumn ? m_dataNames : m_recipientNames;
    QStringList shown;
    for (const QString& id : ids) {
        shown << names.value(id, id);
    }
    return shown.join(QStringLiteral(", "));
}

QString ActivityTableModel::retentionSummary(const QString& id) const
{
    if (m_retentionSummaries.isEmpty()) {
        for (const RetentionRule& r : document().reg().retentionRules) {
            m_retentionSummaries.insert(r.id, r.summary());
        }
    }
    return m_retentionSummaries.value(id);
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Register& reg = document().reg();
    const Activity& a = reg.activities.at(index.row());
    switch (index.column()) {
    case OrderColumn:
        return index.row() + 1;
    case PurposeColumn:
        return a.purpose;
    case BasesColumn: {
        QStringList names;
        for (const LawfulBasis& b : a.bases) {
            names << basisName(b.basis);
        }
        return names.join(QStringLiteral(", "));
    }
    case DataColumn:
        return namesOf(a.dataCategories, DataColumn);
    case RecipientsColumn:
        return namesOf(a.recipients, RecipientsColumn);
    case RetentionColumn:
        if (!a.retention) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            const QString summary = retentionSummary(*a.retention);
            return summary.isNull() ? QVariant() : QVariant(summary);
        }
        for (const RetentionRule& r : reg.retentionRules) {
            if (r.id == *a.retention) {
                return r.description;
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case OrderColumn:
        return tr("#");
    case PurposeColumn:
        return tr("Purpose");
    case BasesColumn:
        return tr("Lawful bases");
    case DataColumn:
        return tr("Personal data");
    case RecipientsColumn:
        return tr("Recipients");
    case RetentionColumn:
        return tr("Retention");
    default:
        return {};
    }
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions ActivityTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ActivityTableModel::mimeTypes() const
{
    return {kRowMimeType};
}

QMimeData* ActivityTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(kRowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

int ActivityTableModel::draggedRow(const QMimeData* data) const
{
    if (!data || !data->hasFormat(kRowMimeType)) {
        return -1;
    }
    bool ok = false;
    const int row = data->data(kRowMimeType).toInt(&ok);
    return ok && row >= 0 && row < rowCount() ? row : -1;
}

bool ActivityTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int /*row*/, int /*column*/,
                                         const QModelIndex& /*parent*/) const
{
    return action == Qt::MoveAction && draggedRow(data) >= 0;
}

bool ActivityTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int /*column*/,
                                      const QModelIndex& parent)
{
    const int from = draggedRow(data);
    if (action != Qt::MoveAction || from < 0) {
        return false;
    }
    // Dropped between rows (row), onto a row (parent), or below the last one.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (target > from) {
        --target; // the dragged row leaves its place first
    }
    target = qBound(0, target, rowCount() - 1);
    if (target != from) {
        document().moveActivity(from, target);
    }
    // The move is done here; returning false keeps the view from removing the dragged row itself.
    return false;
}

} // namespace ropa::itemmodels
