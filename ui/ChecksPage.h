#pragma once

#include "checks/Finding.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {
class FindingsModel;
}

namespace ropa::ui {

class FilteredTable;

// The checker's findings on the register, kept up to date with every change: a table to search and narrow to one
// severity, the chosen finding in full, a way to the very field it concerns (Enter or double-click) and, where the
// program can make the fix itself, Fix It as one undoable edit.
class ChecksPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPage(session::RegisterDocument& document, QWidget* parent = nullptr);

    itemmodels::FindingsModel* model() const { return m_model; }
    // Errors and warnings, for the badge in the navigation.
    int attentionCount() const;
    // Shows only findings of severity, or all of them.
    void setSeverityFilter(std::optional<checks::Severity> severity);
    // The finding chosen in the table, or null.
    const checks::Finding* currentFinding() const;
    void goToCurrent();
    void fixCurrent();

Q_SIGNALS:
    // The findings changed, and with them perhaps attentionCount().
    void findingsChanged();
    // The user wants to see the item (and field) a finding concerns.
    void goToRequested(const ropa::checks::FindingTarget& target);

private:
    void showCurrent();
    void showSummary();

    session::RegisterDocument& m_document;
    itemmodels::FindingsModel* m_model = nullptr;
    QSortFilterProxyModel* m_severityProxy = nullptr;
    FilteredTable* m_table = nullptr;
    QComboBox* m_severityCombo = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_articleLabel = nullptr;
    QLabel* m_fixLabel = nullptr;
    QPushButton* m_goToButton = nullptr;
    QPushButton* m_fixButton = nullptr;
    QAction* m_fixAction = nullptr; // in the table's context menu
    int m_rowBeforeReset = -1;
};

} // namespace ropa::ui
