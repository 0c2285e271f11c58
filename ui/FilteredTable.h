#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QTableView;

namespace ropa::itemmodels {
class SearchFilterModel;
}

namespace ropa::ui {

// A table with a search box above it: typing keeps the rows with the words in any column, and clicking a heading
// sorts. Rows are spoken of by their row in the source model, whatever the sorting and filter.
class FilteredTable : public QWidget
{
    Q_OBJECT

public:
    FilteredTable(QAbstractItemModel* model, const QString& viewName, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    // Puts the focus in the search box with its words selected (Ctrl+F, from the window).
    void focusSearch();
    // What a click on a heading sorts by; the shown text unless the model has a better key.
    void setSortRole(int role);
    // The source row of the current row, or -1.
    int currentSourceRow() const;
    void selectSourceRow(int row);
    // Whether rows show in the source model's order, unfiltered: only then does dragging a row mean a new place.
    bool showsSourceOrder() const;

Q_SIGNALS:
    void currentSourceRowChanged(int row);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_searchEdit = nullptr;
    itemmodels::SearchFilterModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    bool m_searchPrepared = false;
};

} // namespace ropa::ui
