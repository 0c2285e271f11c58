#pragma once

#include <QAbstractTableModel>

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::itemmodels {

// A table with a row per activity of an open register, in display order, that follows the document's inserts,
// removals and moves with the matching begin/end calls. Subclasses give the columns.
class ActivityRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ActivityRowModel(session::RegisterDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    session::RegisterDocument& document() const { return m_document; }

protected:
    // An activity's fields changed; by default its row is redrawn.
    virtual void activityChanged(int row);
    // The controller or a catalogue changed; by default every row is redrawn, names may have changed.
    virtual void headerChanged();

private:
    session::RegisterDocument& m_document;
};

} // namespace ropa::itemmodels
