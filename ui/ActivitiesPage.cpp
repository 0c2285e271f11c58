#include "ActivitiesPage.h"

#include "ActivityForm.h"
#include "FilteredTable.h"
#include "Icons.h"
#include "MessageBox.h"
#include "core/IdMaker.h"
#include "itemmodels/ActivityTableModel.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ropa::ui {

ActivitiesPage::ActivitiesPage(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new itemmodels::ActivityTableModel(document, this))
{
    m_table = new FilteredTable(m_model, QStringLiteral("activityTableView"), this);
    QTableView* view = m_table->view();
    using Model = itemmodels::ActivityTableModel;
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(Model::OrderColumn, 44);
    view->setColumnWidth(Model::PurposeColumn, 280);
    view->setColumnWidth(Model::BasesColumn, 200);
    view->setColumnWidth(Model::DataColumn, 160);
    view->setColumnWidth(Model::RecipientsColumn, 160);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDragDropOverwriteMode(false);
    view->setDropIndicatorShown(true);
    connect(m_table, &FilteredTable::currentSourceRowChanged, this, &ActivitiesPage::currentChanged);
    // A third click on a heading takes its sorting away again, back to the register's order.
    view->horizontalHeader()->setSortIndicatorClearable(true);
    // Dragging and the move buttons mean a new place only while rows show in the register's order.
    connect(m_table->searchEdit(), &QLineEdit::textChanged, this, &ActivitiesPage::updateMoveButtons);
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ActivitiesPage::updateMoveButtons);
    // After a move the row stays chosen and in sight.
    connect(&document, &session::RegisterDocument::activityMoved, this,
            [this](qsizetype, qsizetype to) { selectActivity(to); });

    m_form = new ActivityForm(document, this);
    m_form->setObjectName(QStringLiteral("activityForm"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // On a small screen the form scrolls sideways rather than pushing the window wider than the screen.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setMinimumWidth(260);

    struct Button
    {
        QString icon;
        QString text;
        QString name;
        QString toolTip;
        QKeySequence key;
        std::function<void()> run;
    };
    const QList<Button> buttons = {
        {QStringLiteral("add"), tr("&Add"), QStringLiteral("addButton"),
         tr("Add an activity after the chosen one (Insert)"), QKeySequence(Qt::Key_Insert), [this] { addActivity(); }},
        {QStringLiteral("duplicate"), tr("Dup&licate"), QStringLiteral("duplicateButton"),
         tr("Add a copy of the chosen activity (Ctrl+D)"), QKeySequence(Qt::CTRL | Qt::Key_D),
         [this] { duplicateActivity(); }},
        {QStringLiteral("delete"), tr("&Delete"), QStringLiteral("deleteButton"),
         tr("Delete the chosen activity (Delete); you can undo it"), QKeySequence::Delete,
         [this] { deleteActivity(); }},
        {QStringLiteral("move-up"), tr("Move up"), QStringLiteral("moveUpButton"),
         tr("Move the activity up the register (Ctrl+Shift+Up)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
         [this] { moveActivity(-1); }},
        {QStringLiteral("move-down"), tr("Move down"), QStringLiteral("moveDownButton"),
         tr("Move the activity down the register (Ctrl+Shift+Down)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
         [this] { moveActivity(1); }},
    };
    auto* buttonRow = new QHBoxLayout;
    for (const Button& b : buttons) {
        auto* button = new QPushButton(Icons::get(b.icon), b.text, this);
        button->setObjectName(b.name);
        button->setToolTip(b.toolTip);
        connect(button, &QPushButton::clicked, this, b.run);
        buttonRow->addWidget(button);
        // The keys work while the table has the focus, so Delete in a text field stays a text key.
        auto* action = new QAction(view);
        action->setShortcut(b.key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, b.run);
        view->addAction(action);
        if (b.name != u"addButton") {
            m_rowButtons << button;
        }
        if (b.name == u"moveUpButton") {
            m_upButton = button;
        } else if (b.name == u"moveDownButton") {
            m_downButton = button;
        }
    }
    buttonRow->addStretch();
    // The arrows say enough for moving, and the row then fits beside the form on a small screen; the words stay in
    // the tool tip and for screen readers.
    for (QPushButton* button : {m_upButton, m_downButton}) {
        button->setAccessibleName(button->text());
        button->setText(QString());
    }

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    leftLayout->addLayout(buttonRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 560}); // the form whole beside the table where the window is wide enough
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    if (m_model->rowCount() > 0) {
        m_table->selectSourceRow(0);
    }
    currentChanged(m_table->currentSourceRow());
}

void ActivitiesPage::currentChanged(int row)
{
    m_form->showActivity(row);
    for (QPushButton* button : std::as_const(m_rowButtons)) {
        button->setEnabled(row >= 0);
    }
    updateMoveButtons();
}

bool ActivitiesPage::showsRegisterOrder() const
{
    if (m_table->showsSourceOrder()) {
        return true;
    }
    // Sorted by the # heading, lowest first, the rows are in the register's order too: the way back to it.
    const QHeaderView* header = m_table->view()->horizontalHeader();
    return m_table->searchEdit()->text().isEmpty() &&
        header->sortIndicatorSection() == itemmodels::ActivityTableModel::OrderColumn &&
        header->sortIndicatorOrder() == Qt::AscendingOrder;
}

void ActivitiesPage::updateMoveButtons()
{
    if (!m_upButton) {
        return; // still being built
    }
    const int row = m_table->currentSourceRow();
    const bool inOrder = showsRegisterOrder();
    m_table->view()->setDragEnabled(inOrder);
    m_upButton->setEnabled(row > 0 && inOrder);
    m_downButton->setEnabled(row >= 0 && row < m_model->rowCount() - 1 && inOrder);
    QString why;
    if (!m_table->searchEdit()->text().isEmpty()) {
        why = tr("The table shows what the search finds: clear the search to move activities in the register.");
    } else if (!inOrder) {
        why = tr("The table is sorted by a heading: click the # heading to show the register's order and move "
                 "activities again.");
    }
    m_upButton->setToolTip(why.isEmpty() ? tr("Move the activity up the register (Ctrl+Shift+Up)") : why);
    m_downButton->setToolTip(why.isEmpty() ? tr("Move the activity down the register (Ctrl+Shift+Down)") : why);
}

void ActivitiesPage::selectActivity(qsizetype index)
{
    m_table->selectSourceRow(static_cast<int>(index));
    currentChanged(m_table->currentSourceRow());
}

void ActivitiesPage::showActivity(const QString& id, const QString& field)
{
    const qsizetype index = m_document.reg().indexOfActivity(id);
    if (index < 0) {
        return;
    }
    m_table->searchEdit()->clear();
    selectActivity(index);
    if (field.isEmpty() || !m_form->focusField(field)) {
        m_table->view()->setFocus(Qt::OtherFocusReason);
    }
}

QString ActivitiesPage::newId(const QString& purpose) const
{
    QSet<QString> taken;
    for (const Activity& a : m_document.reg().activities) {
        taken.insert(a.id);
    }
    return IdMaker::unique(purpose, QStringLiteral("activity"), taken);
}

void ActivitiesPage::addActivity()
{
    Activity activity;
    activity.purpose = tr("New activity");
    activity.id = newId(activity.purpose);
    const int row = m_table->currentSourceRow();
    const qsizetype index = row >= 0 ? row + 1 : m_document.reg().activities.size();
    m_table->searchEdit()->clear(); // the new row must not be hidden by the filter
    m_document.insertActivity(index, activity);
    selectActivity(index);
    m_form->focusPurpose();
}

void ActivitiesPage::duplicateActivity()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    Activity copy = m_document.reg().activities.at(row);
    copy.purpose = tr("%1 (copy)").arg(copy.purpose);
    copy.id = newId(copy.purpose);
    m_table->searchEdit()->clear();
    m_document.insertActivity(row + 1, copy);
    selectActivity(row + 1);
}

void ActivitiesPage::deleteActivity()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    const QString purpose = m_document.reg().activities.at(row).purpose;
    const QString text = tr("Delete the activity '%1'?\nIts lawful bases, data, recipients and transfers go with "
                            "it. You can take this back with Undo.")
                             .arg(purpose);
    if (MessageBox::question(this, tr("Delete activity"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    m_document.removeActivity(row);
    if (m_model->rowCount() > 0) {
        selectActivity(qMin(row, m_model->rowCount() - 1));
    }
}

void ActivitiesPage::moveActivity(int step)
{
    const int row = m_table->currentSourceRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_model->rowCount() || !showsRegisterOrder()) {
        return;
    }
    m_document.moveActivity(row, to);
}

} // namespace ropa::ui
