#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace ropa::itemmodels {

// The rows of a table that show the search text in any column, case-insensitively, sortable by any column.
// Two things keep a key in the search box quick on 10,000 activities (it took up to 300 ms):
// - a new search text is one layout change, where QSortFilterProxyModel's own filter setters remove and insert
//   every run of rows that changes, and each removal costs the view's header O(rows);
// - each row's shown text is kept, case-folded, until the source model changes it, so a key searches strings
//   rather than asking the source model for every cell again.
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // The text as searched for: spaces trimmed and runs of them made one.
    const QString& searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    // Reads every row's text now, so the first key typed does not have to; for an idle moment.
    void prepareSearch();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // The display text of every column of a source row, case-folded, one column a line: the search text
    // never holds a line break, so it is in the row text exactly when it is in one of the columns.
    QString rowText(int sourceRow, const QModelIndex& sourceParent) const;
    void forgetRows(int first, int last);
    // The kept text of a top-level source row, worked out if need be.
    const QString& keptRowText(int sourceRow) const;

    QString m_searchText;
    QString m_foldedSearchText;
    mutable QList<QString> m_rowTexts; // by source row; a null string is not worked out yet
};

} // namespace ropa::itemmodels
