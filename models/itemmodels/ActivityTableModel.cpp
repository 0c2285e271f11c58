#include "itemmodels/ActivityTableModel.h"

namespace ropa::itemmodels {

ActivityTableModel::ActivityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ActivityTableModel::setRegister(const Register& reg)
{
    beginResetModel();
    m_register = reg;
    endResetModel();
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_register.activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::namesOf(const QStringList& ids, int column) const
{
    QStringList names;
    for (const QString& id : ids) {
        QString name = id;
        if (column == DataColumn) {
            for (const DataCategory& c : m_register.dataCategories) {
                if (c.id == id) {
                    name = c.name;
                }
            }
        } else {
            for (const Recipient& r : m_register.recipients) {
                if (r.id == id) {
                    name = r.name;
                }
            }
        }
        names << name;
    }
    return names.join(QStringLiteral(", "));
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Activity& a = m_register.activities.at(index.row());
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
        for (const RetentionRule& r : m_register.retentionRules) {
            if (a.retention && r.id == *a.retention) {
                return role == Qt::ToolTipRole ? r.description : r.summary();
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

} // namespace ropa::itemmodels
