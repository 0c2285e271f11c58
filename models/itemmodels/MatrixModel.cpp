#include "itemmodels/MatrixModel.h"

#include "report/LawfulBasisMatrix.h"
#include "session/RegisterDocument.h"

#include <algorithm>

namespace ropa::itemmodels {

MatrixModel::MatrixModel(session::RegisterDocument& document, QObject* parent)
    : ActivityRowModel(document, parent)
{
    // Connected before any view, so the markers are forgotten before a view asks for the new rows.
    const auto forgetMarkers = [this] { m_markers.reset(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, forgetMarkers);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forgetMarkers);
    connect(this, &QAbstractItemModel::modelReset, this, forgetMarkers);
}

const MatrixModel::Markers& MatrixModel::markers() const
{
    if (!m_markers) {
        const report::LawfulBasisMatrix matrix(document().reg());
        Markers markers;
        for (std::size_t i = 0; i < kBasisColumns.size(); ++i) {
            markers.at(i) = matrix.marker(kBasisColumns.at(i));
        }
        m_markers = std::move(markers);
    }
    return *m_markers;
}

QString MatrixModel::marker(Basis basis) const
{
    const auto* column = std::find(kBasisColumns.cbegin(), kBasisColumns.cend(), basis);
    return markers().at(static_cast<std::size_t>(column - kBasisColumns.cbegin()));
}

void MatrixModel::activityChanged(int /*row*/)
{
    m_markers.reset();
    // A basis coming into or out of use can renumber the markers of every row, so the whole grid is told.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
}

int MatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(kBasisColumns.size());
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return {};
    }
    const Activity& activity = document().reg().activities.at(index.row());
    if (index.column() == kPurposeColumn) {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(activity.purpose) : QVariant();
    }
    const Basis basis = basisOfColumn(index.column());
    const bool has = activity.hasBasis(basis);
    switch (role) {
    case Qt::CheckStateRole:
        return has ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole:
        return has ? marker(basis) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3").arg(basisName(basis), basisArticle(basis), basisSummary(basis));
    default:
        return {};
    }
}

bool MatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.column() == kPurposeColumn || role != Qt::CheckStateRole) {
        return false;
    }
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    document().setBasis(index.row(), basisOfColumn(index.column()), on);
    return document().reg().activities.at(index.row()).hasBasis(basisOfColumn(index.column())) == on;
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == kPurposeColumn ? base : base | Qt::ItemIsUserCheckable;
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section > kPurposeColumn &&
        section < columnCount()) {
        const Basis basis = basisOfColumn(section);
        return tr("%1: %2\n\n%3").arg(basisArticle(basis), basisSummary(basis), basisGuidance(basis));
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == kPurposeColumn) {
        return tr("Purpose");
    }
    const Basis basis = basisOfColumn(section);
    const QString stars = marker(basis);
    return stars.isEmpty() ? basisName(basis) : basisName(basis) + QLatin1Char(' ') + stars;
}

} // namespace ropa::itemmodels
