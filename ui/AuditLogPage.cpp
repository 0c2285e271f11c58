#include "AuditLogPage.h"

#include "FilteredTable.h"
#include "itemmodels/AuditLogModel.h"
#include "session/RegisterDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ropa::ui {

AuditLogPage::AuditLogPage(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_model(new itemmodels::AuditLogModel(document, this))
    , m_chainLabel(new QLabel(this))
{
    m_table = new FilteredTable(m_model, QStringLiteral("auditLogTableView"), this);
    using Model = itemmodels::AuditLogModel;
    m_table->view()->setColumnWidth(Model::WhenColumn, 150);
    m_table->view()->setColumnWidth(Model::WhoColumn, 120);
    m_table->view()->setColumnWidth(Model::ActionColumn, 420);
    m_table->view()->setDragEnabled(false);
    m_chainLabel->setObjectName(QStringLiteral("auditChainLabel"));
    m_chainLabel->setWordWrap(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateChainLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chainLabel);
    layout->addWidget(m_table);
    updateChainLabel();
}

void AuditLogPage::updateChainLabel()
{
    if (!m_model->readError().isEmpty()) {
        m_chainLabel->setText(m_model->readError());
    } else if (const std::optional<qint64> broken = m_model->firstBrokenEntry()) {
        m_chainLabel->setText(tr("Warning: entry %1 of the log does not match the entries before it; the file has "
                                 "been changed outside RoPA Manager.")
                                  .arg(*broken));
    } else {
        m_chainLabel->setText(tr("Every change since the register was created, newest first. The entries are "
                                 "chained by their hashes, and the chain is whole."));
    }
}

} // namespace ropa::ui
