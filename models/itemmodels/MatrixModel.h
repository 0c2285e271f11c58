#pragma once

#include "domain/LawfulBasis.h"
#include "itemmodels/ActivityRowModel.h"

#include <QString>
#include <array>
#include <optional>

namespace ropa::itemmodels {

// The lawful-basis matrix as an editable grid: a row per activity in display order, the purpose, then a checkable
// column per basis. Ticking a cell is an undoable edit of the document, saved at once.
class MatrixModel : public ActivityRowModel
{
    Q_OBJECT

public:
    static constexpr int kPurposeColumn = 0;
    // One column a basis, in the order notices give them.
    static constexpr const std::array<Basis, 6>& kBasisColumns = kNoticeOrder;

    explicit MatrixModel(session::RegisterDocument& document, QObject* parent = nullptr);

    static Basis basisOfColumn(int column) { return kBasisColumns.at(static_cast<std::size_t>(column - 1)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void activityChanged(int row) override;
    // The grid shows no catalogue or organisation data, so their changes leave it alone.
    void headerChanged() override { }

private:
    // The asterisks of each basis column. They depend on every activity, so they are worked out once per change
    // rather than for each cell a view asks about: per cell, a view sizing its columns took seconds on 10,000 rows.
    using Markers = std::array<QString, kBasisColumns.size()>;
    const Markers& markers() const;
    QString marker(Basis basis) const;

    mutable std::optional<Markers> m_markers;
};

} // namespace ropa::itemmodels
