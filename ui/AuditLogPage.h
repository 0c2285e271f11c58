#pragma once

#include <QWidget>

class QLabel;

namespace ropa::itemmodels {
class AuditLogModel;
}

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class FilteredTable;

// Every change ever saved to the register, newest first, and whether the log's hash chain is whole.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(session::RegisterDocument& document, QWidget* parent = nullptr);

private:
    // Says whether the chain holds, from the entries the table has just read.
    void updateChainLabel();

    itemmodels::AuditLogModel* m_model = nullptr;
    FilteredTable* m_table = nullptr;
    QLabel* m_chainLabel = nullptr;
};

} // namespace ropa::ui
