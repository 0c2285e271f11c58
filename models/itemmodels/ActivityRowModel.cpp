#include "itemmodels/ActivityRowModel.h"

#include "session/RegisterDocument.h"

namespace ropa::itemmodels {

ActivityRowModel::ActivityRowModel(session::RegisterDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    using Doc = session::RegisterDocument;
    connect(&document, &Doc::activityChanged, this, [this](qsizetype row) { activityChanged(static_cast<int>(row)); });
    connect(&document, &Doc::headerChanged, this, &ActivityRowModel::headerChanged);
    connect(&document, &Doc::aboutToBeReloaded, this, [this] { beginResetModel(); });
    connect(&document, &Doc::reloaded, this, [this] { endResetModel(); });
    connect(&document, &Doc::activityAboutToBeInserted, this,
            [this](qsizetype row) { beginInsertRows({}, static_cast<int>(row), static_cast<int>(row)); });
    connect(&document, &Doc::activityInserted, this, [this] { endInsertRows(); });
    connect(&document, &Doc::activityAboutToBeRemoved, this,
            [this](qsizetype row) { beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row)); });
    connect(&document, &Doc::activityRemoved, this, [this] { endRemoveRows(); });
    connect(&document, &Doc::activityAboutToBeMoved, this, [this](qsizetype from, qsizetype to) {
        // Qt counts the destination before the move: moving down lands one further on.
        const int destination = static_cast<int>(to > from ? to + 1 : to);
        beginMoveRows({}, static_cast<int>(from), static_cast<int>(from), {}, destination);
    });
    connect(&document, &Doc::activityMoved, this, [this] { endMoveRows(); });
}

int ActivityRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document.reg().activities.size());
}

void ActivityRowModel::activityChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ActivityRowModel::headerChanged()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

} // namespace ropa::itemmodels
