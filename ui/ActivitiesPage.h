#pragma once

#include <QWidget>

class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {
class ActivityTableModel;
}

namespace ropa::ui {

class ActivityForm;
class FilteredTable;

// The register's activities: a searchable table, the form for the chosen one, and add, duplicate, delete and
// reorder (buttons, Ctrl+Shift+Up/Down, or dragging a row while the table shows the register's order: unsorted or
// sorted by the # heading, and not searched; otherwise the move buttons are disabled and say why).
class ActivitiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivitiesPage(session::RegisterDocument& document, QWidget* parent = nullptr);

    void addActivity();
    void duplicateActivity();
    void deleteActivity();
    void moveActivity(int step);
    // Chooses the activity with id, clearing the search if it hides it, and puts the focus on the form's field
    // with that .ropa.json key (or on the table when field is empty or the form has no such field).
    void showActivity(const QString& id, const QString& field);

private:
    void currentChanged(int row);
    // Whether the rows show in the register's order, so moving one up or down means what it shows.
    bool showsRegisterOrder() const;
    void updateMoveButtons();
    void selectActivity(qsizetype index);
    QString newId(const QString& purpose) const;

    session::RegisterDocument& m_document;
    itemmodels::ActivityTableModel* m_model = nullptr;
    FilteredTable* m_table = nullptr;
    ActivityForm* m_form = nullptr;
    QList<QPushButton*> m_rowButtons; // need a chosen activity
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
};

} // namespace ropa::ui
