#pragma once

#include "itemmodels/ActivityRowModel.h"

#include <QHash>

namespace ropa::itemmodels {

// The register's activities as rows, one column per field a table shows; read-only, but rows can be dragged to
// a new place, which is an undoable move of the activity.
class ActivityTableModel : public ActivityRowModel
{
    Q_OBJECT

public:
    enum Column { OrderColumn, PurposeColumn, BasesColumn, DataColumn, RecipientsColumn, RetentionColumn, ColumnCount };

    explicit ActivityTableModel(session::RegisterDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

protected:
    void headerChanged() override;

private:
    QString namesOf(const QStringList& ids, int column) const;
    QString retentionSummary(const QString& id) const;
    int draggedRow(const QMimeData* data) const;

    // Catalogue names by id, built when first needed after a catalogue change; filtering reads every row.
    mutable QHash<QString, QString> m_dataNames;
    mutable QHash<QString, QString> m_recipientNames;
    // Retention summaries by rule id, as they are written out in words ("12 months after ..."): a fifth of the
    // time of filtering 10,000 rows went on writing them.
    mutable QHash<QString, QString> m_retentionSummaries;
};

} // namespace ropa::itemmodels
