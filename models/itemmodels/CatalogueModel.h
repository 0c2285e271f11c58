#pragma once

#include "domain/Catalogue.h"

#include <QAbstractTableModel>

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {

// One of the register's catalogues (recipients, data categories, ...) as a table: a column per field and a last
// column counting the activities that use each entry. Read-only; edits go through the document.
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    CatalogueModel(session::RegisterDocument& document, Catalogue::Kind kind, QObject* parent = nullptr);

    Catalogue::Kind kind() const { return m_kind; }
    int usedByColumn() const { return static_cast<int>(m_fields.size()); }
    // The row holding the entry with this id, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void catalogueChanged();

    session::RegisterDocument& m_document;
    Catalogue::Kind m_kind;
    QList<Catalogue::Field> m_fields;
    int m_rows = 0; // as the views were last told
};

} // namespace ropa::itemmodels
