#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>
#include <optional>

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {

// The register's audit log, newest first: when, who, what and the detail. Read again after every change.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, ActionColumn, DetailColumn, ColumnCount };

    explicit AuditLogModel(session::RegisterDocument& document, QObject* parent = nullptr);

    void reload();
    // From the last reload: why the log could not be read (empty when it was), and the first entry whose hash
    // does not follow from the entries before it.
    const QString& readError() const { return m_readError; }
    std::optional<qint64> firstBrokenEntry() const { return m_firstBroken; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    session::RegisterDocument& m_document;
    QList<store::AuditEntry> m_entries; // newest first
    QString m_readError;
    std::optional<qint64> m_firstBroken;
};

} // namespace ropa::itemmodels
