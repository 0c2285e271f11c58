#include "itemmodels/CatalogueModel.h"

#include "session/RegisterDocument.h"

namespace ropa::itemmodels {

CatalogueModel::CatalogueModel(session::RegisterDocument& document, Catalogue::Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_kind(kind)
    , m_fields(Catalogue::fields(kind))
    , m_rows(static_cast<int>(Catalogue::count(document.reg(), kind)))
{
    using Doc = session::RegisterDocument;
    connect(&document, &Doc::headerChanged, this, &CatalogueModel::catalogueChanged);
    // Activities coming and going change the counts in the last column.
    for (auto signal : {&Doc::activityInserted, &Doc::activityRemoved, &Doc::activityChanged}) {
        connect(&document, signal, this, [this] {
            if (m_rows > 0) {
                Q_EMIT dataChanged(index(0, usedByColumn()), index(m_rows - 1, usedByColumn()));
            }
        });
    }
}

void CatalogueModel::catalogueChanged()
{
    const int rows = static_cast<int>(Catalogue::count(m_document.reg(), m_kind));
    if (rows != m_rows) {
        // Entries added or removed: catalogues are short, so the views start again.
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int CatalogueModel::rowOf(const QString& id) const
{
    return static_cast<int>(Catalogue::indexOf(m_document.reg(), m_kind, id));
}

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CatalogueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : usedByColumn() + 1;
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return {};
    }
    const Register& reg = m_document.reg();
    const qsizetype row = index.row();
    if (index.column() == usedByColumn()) {
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {}; // before the scan of every activity below
        }
        const QList<qsizetype> users = Catalogue::usedBy(reg, m_kind, Catalogue::id(reg, m_kind, row));
        if (role == Qt::DisplayRole) {
            return static_cast<int>(users.size());
        }
        QStringList purposes;
        for (qsizetype i : users) {
            purposes << reg.activities.at(i).purpose;
        }
        return purposes.isEmpty() ? tr("No activity uses this.") : purposes.join(QLatin1Char('\n'));
    }
    const Catalogue::Field& field = m_fields.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return Catalogue::displayValue(reg, m_kind, row, field).simplified();
    case Qt::ToolTipRole:
        return Catalogue::displayValue(reg, m_kind, row, field);
    case Qt::EditRole:
        return Catalogue::value(reg, m_kind, row, field.key);
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == usedByColumn()) {
        return tr("Used by");
    }
    return QString(m_fields.at(section).label).remove(QLatin1Char('&'));
}

} // namespace ropa::itemmodels
