#include "itemmodels/SearchFilterModel.h"

namespace ropa::itemmodels {

namespace {

// QString::toCaseFolded, with a quick path for the usual ASCII text: folding goes through the Unicode tables
// character by character, and was most of the cost of the first key on 10,000 rows.
QString caseFolded(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            return text.toCaseFolded();
        }
        if (u >= u'A' && u <= u'Z') {
            c = QChar(static_cast<char16_t>(u + (u'a' - u'A')));
        }
    }
    return text;
}

} // namespace

SearchFilterModel::SearchFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void SearchFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    m_rowTexts.clear();
    // Connected before QSortFilterProxyModel connects its own handlers, which filter the changed rows again: by
    // then the kept texts of those rows must be gone.
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    if (!topLeft.parent().isValid()) {
                        forgetRows(topLeft.row(), bottomRight.row());
                    }
                });
        const auto forgetAll = [this] { m_rowTexts.clear(); };
        connect(model, &QAbstractItemModel::rowsInserted, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsRemoved, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsMoved, this, forgetAll);
        connect(model, &QAbstractItemModel::columnsInserted, this, forgetAll);
        connect(model, &QAbstractItemModel::columnsRemoved, this, forgetAll);
        connect(model, &QAbstractItemModel::columnsMoved, this, forgetAll);
        connect(model, &QAbstractItemModel::layoutChanged, this, forgetAll);
        connect(model, &QAbstractItemModel::modelReset, this, forgetAll);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchFilterModel::setSearchText(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_searchText) {
        return;
    }
    m_searchText = simplified;
    m_foldedSearchText = caseFolded(simplified);
    invalidate(); // persistent indexes, such as the current row, follow their rows or become invalid
}

void SearchFilterModel::forgetRows(int first, int last)
{
    for (int row = qMax(first, 0); row <= last && row < m_rowTexts.size(); ++row) {
        m_rowTexts[row] = QString();
    }
}

QString SearchFilterModel::rowText(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    QString text;
    text.reserve(256); // not null even when every column is empty: null means not worked out
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (column > 0) {
            text += QLatin1Char('\n');
        }
        text += model->data(model->index(sourceRow, column, sourceParent), Qt::DisplayRole).toString();
    }
    return caseFolded(std::move(text));
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_searchText.isEmpty()) {
        return true;
    }
    if (sourceParent.isValid()) { // rows of a tree are not kept
        return rowText(sourceRow, sourceParent).contains(m_foldedSearchText);
    }
    return keptRowText(sourceRow).contains(m_foldedSearchText);
}

const QString& SearchFilterModel::keptRowText(int sourceRow) const
{
    if (m_rowTexts.size() != sourceModel()->rowCount()) {
        m_rowTexts = QList<QString>(sourceModel()->rowCount());
    }
    QString& text = m_rowTexts[sourceRow];
    if (text.isNull()) {
        text = rowText(sourceRow, {});
        text.squeeze(); // kept for every row
    }
    return text;
}

void SearchFilterModel::prepareSearch()
{
    if (!sourceModel()) {
        return;
    }
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        keptRowText(row);
    }
}

} // namespace ropa::itemmodels
