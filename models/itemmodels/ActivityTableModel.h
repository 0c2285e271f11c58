#pragma once

#include "domain/Register.h"

#include <QAbstractTableModel>

namespace ropa::itemmodels {

// The register's activities as rows, one column per field a table shows; read-only.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrderColumn, PurposeColumn, BasesColumn, DataColumn, RecipientsColumn, RetentionColumn, ColumnCount };

    explicit ActivityTableModel(QObject* parent = nullptr);

    void setRegister(const Register& reg);
    const Register& registerData() const { return m_register; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString namesOf(const QStringList& ids, int column) const;

    Register m_register;
};

} // namespace ropa::itemmodels
