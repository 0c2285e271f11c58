#include "MainWindow.h"

#include "AppSettings.h"
#include "MatrixPage.h"
#include "document/RegisterDocument.h"
#include "itemmodels/ActivityTableModel.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>

namespace ropa::ui {

namespace {
enum Page { ActivitiesPage, MatrixPageIndex };
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigationList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_activityModel(new itemmodels::ActivityTableModel(this))
    , m_activityTableView(new QTableView(this))
{
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_navigationList->addItems({tr("Activities"), tr("Matrix")});
    connect(m_navigationList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_activityTableView->setObjectName(QStringLiteral("activityTableView"));
    m_activityTableView->setModel(m_activityModel);
    m_activityTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activityTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityTableView->setWordWrap(false);
    m_activityTableView->setTextElideMode(Qt::ElideRight);
    m_activityTableView->verticalHeader()->hide();
    m_activityTableView->horizontalHeader()->setStretchLastSection(true);
    m_pages->addWidget(m_activityTableView);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigationList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 930});
    setCentralWidget(splitter);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    resize(1100, 700);
    restoreGeometry(AppSettings::windowGeometry.get());
    restoreState(AppSettings::windowState.get());
}

MainWindow::~MainWindow()
{
    closeDocument();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowSettings() const
{
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    AppSettings::lastPage.set(m_navigationList->currentRow());
}

void MainWindow::closeDocument()
{
    // Views and models refer to the document; they go first.
    delete m_matrixPage;
    m_matrixPage = nullptr;
    if (m_editMenu) {
        m_editMenu->clear(); // the undo and redo actions belong to the document's stack
    }
    m_undoAction = nullptr;
    m_redoAction = nullptr;
    m_document.reset();
}

void MainWindow::setDocument(std::unique_ptr<document::RegisterDocument> document)
{
    closeDocument();
    m_document = std::move(document);
    QUndoStack* stack = m_document->undoStack();

    // The Edit menu's actions take their text from the stack: "Undo Change basis of 'Verifying your identity'".
    m_editMenu->clear();
    m_undoAction = stack->createUndoAction(m_editMenu, tr("Undo"));
    m_redoAction = stack->createRedoAction(m_editMenu, tr("Redo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_matrixPage = new MatrixPage(*m_document, m_pages);
    m_pages->insertWidget(MatrixPageIndex, m_matrixPage);
    using Doc = document::RegisterDocument;
    for (auto signal : {&Doc::activityInserted, &Doc::activityRemoved, &Doc::activityChanged}) {
        connect(m_document.get(), signal, this, &MainWindow::refreshActivities);
    }
    connect(m_document.get(), &Doc::activityMoved, this, &MainWindow::refreshActivities);
    connect(m_document.get(), &Doc::saveFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Change not saved"), message); });
    refreshActivities();
    m_navigationList->setCurrentRow(qBound(0, AppSettings::lastPage.get(), m_navigationList->count() - 1));
    setWindowTitle(tr("%1 - RoPA Manager").arg(QFileInfo(m_document->path()).fileName()));
}

void MainWindow::refreshActivities()
{
    m_activityModel->setRegister(m_document->reg());
    using Model = itemmodels::ActivityTableModel;
    m_activityTableView->resizeColumnToContents(Model::OrderColumn);
    m_activityTableView->setColumnWidth(Model::PurposeColumn, 340);
    m_activityTableView->setColumnWidth(Model::BasesColumn, 220);
    m_activityTableView->setColumnWidth(Model::DataColumn, 180);
    m_activityTableView->setColumnWidth(Model::RecipientsColumn, 180);
}

} // namespace ropa::ui
