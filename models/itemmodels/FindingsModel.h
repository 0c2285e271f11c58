#pragma once

#include "checks/Checker.h"
#include "checks/Finding.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {

// The checker's findings on the open register, one a row, errors first. The checker runs again once after a burst
// of edits (the document's changed() signals of one undo macro, say, or of a fix made of several changes), from the
// event loop, and the rows are only reset when the findings are not the same as before.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, ConcernsColumn, MessageColumn, ArticleColumn, FixColumn, ColumnCount };
    enum Role {
        // What the column sorts by: the severity's rank (errors first), otherwise the text.
        SortRole = Qt::UserRole + 1,
        // The row's place in findings(), whatever column.
        FindingIndexRole,
        // "error", "warning" or "info", whatever column; for filtering by severity.
        SeverityKeyRole,
    };

    explicit FindingsModel(session::RegisterDocument& document, QObject* parent = nullptr);

    const QList<checks::Finding>& findings() const { return m_findings; }
    const checks::Checker::Counts& counts() const { return m_counts; }
    // The date "not reviewed for 12 months" is measured to; today unless a test says otherwise. Checks again.
    void setToday(const QDate& today);
    // Runs the checker now instead of waiting for the event loop.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The findings are not the ones before: the rows were reset.
    void findingsChanged();

private:
    void scheduleRefresh();

    session::RegisterDocument& m_document;
    QList<checks::Finding> m_findings;
    checks::Checker::Counts m_counts;
    QDate m_today;
    bool m_refreshPending = false;
};

} // namespace ropa::itemmodels
