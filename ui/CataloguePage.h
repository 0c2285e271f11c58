#pragma once

#include "domain/Catalogue.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {
class CatalogueModel;
}

namespace ropa::ui {

class FilteredTable;

// One catalogue of the register (recipients, data categories, ...): a searchable table, a form for the chosen
// entry whose every change is saved at once through the undo stack, and add, duplicate and delete. Deleting asks
// first, naming the activities that will lose the entry.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    CataloguePage(session::RegisterDocument& document, Catalogue::Kind kind, QWidget* parent = nullptr);

    void addEntry();
    void duplicateEntry();
    void deleteEntry();
    // Chooses the entry with id, clearing the search if it hides it, and puts the focus on the editor of the field
    // with that key, or the first one.
    void goToEntry(const QString& id, const QString& field);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showEntry(int row);
    void commit(const Catalogue::Field& field, const QString& value);
    // Leaves what was typed for field in its editor, unsaved, with the reason under it; an empty reason takes the
    // refusal away again.
    void refuse(const Catalogue::Field& field, const QString& reason);
    void selectId(const QString& id);

    session::RegisterDocument& m_document;
    Catalogue::Kind m_kind;
    itemmodels::CatalogueModel* m_model = nullptr;
    FilteredTable* m_table = nullptr;
    QWidget* m_form = nullptr;
    QList<std::pair<Catalogue::Field, QWidget*>> m_editors;
    // By field key, under the line editors; shown, the field's editor holds what was refused, not what is saved.
    QHash<QString, QLabel*> m_errorLabels;
    QLabel* m_usedByLabel = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    int m_row = -1; // the entry the form shows
    bool m_stale = false; // the register changed while the page was hidden
};

} // namespace ropa::ui
