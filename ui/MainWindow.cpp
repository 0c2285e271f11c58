#include "MainWindow.h"

#include "itemmodels/ActivityTableModel.h"

#include <QHeaderView>
#include <QTableView>

namespace ropa::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new itemmodels::ActivityTableModel(this))
    , m_activityTableView(new QTableView(this))
{
    m_activityTableView->setObjectName(QStringLiteral("activityTableView"));
    m_activityTableView->setModel(m_model);
    m_activityTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activityTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityTableView->setWordWrap(false);
    m_activityTableView->setTextElideMode(Qt::ElideRight);
    m_activityTableView->verticalHeader()->hide();
    m_activityTableView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_activityTableView);
    resize(1100, 700);
}

void MainWindow::showRegister(const Register& reg, const QString& title)
{
    m_model->setRegister(reg);
    using Model = itemmodels::ActivityTableModel;
    m_activityTableView->resizeColumnToContents(Model::OrderColumn);
    m_activityTableView->setColumnWidth(Model::PurposeColumn, 340);
    m_activityTableView->setColumnWidth(Model::BasesColumn, 220);
    m_activityTableView->setColumnWidth(Model::DataColumn, 180);
    m_activityTableView->setColumnWidth(Model::RecipientsColumn, 180);
    setWindowTitle(tr("%1 - RoPA Manager").arg(title));
}

} // namespace ropa::ui
