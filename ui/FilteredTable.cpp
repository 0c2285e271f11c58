#include "FilteredTable.h"

#include "Icons.h"
#include "itemmodels/SearchFilterModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ropa::ui {

FilteredTable::FilteredTable(QAbstractItemModel* model, const QString& viewName, QWidget* parent)
    : QWidget(parent)
    , m_searchEdit(new QLineEdit(this))
    , m_proxy(new itemmodels::SearchFilterModel(this))
    , m_view(new QTableView(this))
{
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_searchEdit->setToolTip(tr("Shows only the rows with these words in any column."));
    // Ctrl+F is the window's (it reaches the shown page's search from anywhere); Escape in the box is ours.
    m_searchEdit->installEventFilter(this);

    m_proxy->setSourceModel(model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, [this](const QString& text) {
        m_proxy->setSearchText(text);
        // Keep something chosen so the form beside the table is never for a hidden row.
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });

    m_view->setObjectName(viewName);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the register's own order until a heading is clicked
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    // Tab leaves the table for the form beside it; the arrow keys walk the rows.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentSourceRowChanged(currentSourceRow()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_view);
}

void FilteredTable::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_searchPrepared) {
        // Once the table is on screen, an idle moment reads the rows' text for searching, so the first key typed
        // in the search box is as quick as the others.
        m_searchPrepared = true;
        QTimer::singleShot(0, m_proxy, &itemmodels::SearchFilterModel::prepareSearch);
    }
}

void FilteredTable::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool FilteredTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
        // Escape gives all the rows back; an empty box lets it through to whoever else wants it.
        m_searchEdit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilteredTable::setSortRole(int role)
{
    m_proxy->setSortRole(role);
}

int FilteredTable::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void FilteredTable::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!index.isValid()) {
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool FilteredTable::showsSourceOrder() const
{
    return m_proxy->searchText().isEmpty() && m_proxy->sortColumn() < 0;
}

} // namespace ropa::ui
