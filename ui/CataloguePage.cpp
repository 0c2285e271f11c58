#include "CataloguePage.h"

#include "FilteredTable.h"
#include "Icons.h"
#include "MessageBox.h"
#include "TextField.h"
#include "itemmodels/CatalogueModel.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace ropa::ui {

CataloguePage::CataloguePage(session::RegisterDocument& document, Catalogue::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(kind)
    , m_model(new itemmodels::CatalogueModel(document, kind, this))
{
    m_table = new FilteredTable(m_model, QStringLiteral("catalogueTableView"), this);
    // Long texts are read in the form; the table keeps to what fits on a line, and the search still finds them.
    QHeaderView* header = m_table->view()->horizontalHeader();
    const QList<Catalogue::Field> fields = Catalogue::fields(kind);
    for (int column = 0; column < fields.size(); ++column) {
        // The first column is the entry's name, shown however long.
        m_table->view()->setColumnHidden(column, column > 0 && fields.at(column).type == Catalogue::Field::Type::Text);
        header->setSectionResizeMode(column, column == 0 ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (column > 0) {
            m_table->view()->setColumnWidth(column, 150);
        }
    }
    header->setStretchLastSection(false);
    header->setSectionResizeMode(m_model->usedByColumn(), QHeaderView::ResizeToContents);
    connect(m_table, &FilteredTable::currentSourceRowChanged, this, &CataloguePage::showEntry);
    // Every activity edit changes the "used by" counts; a hidden page catches up when it is shown.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (isVisible()) {
            showEntry(m_row);
        } else {
            m_stale = true;
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showEntry(m_table->currentSourceRow()); });
    // A refused edit leaves the register as it was; the form shows that again rather than what was typed.
    connect(&document, &session::RegisterDocument::saveFailed, this, [this] { showEntry(m_row); });

    // The form: one editor per field, labelled with a mnemonic.
    m_form = new QWidget(this);
    auto* formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Catalogue::Field& field : Catalogue::fields(kind)) {
        QWidget* editor = nullptr;
        switch (field.type) {
        case Catalogue::Field::Type::Line:
        case Catalogue::Field::Type::Period: {
            auto* line = new QLineEdit(m_form);
            connect(line, &QLineEdit::editingFinished, this, [this, field, line] { commit(field, line->text()); });
            editor = line;
            break;
        }
        case Catalogue::Field::Type::Text: {
            auto* text = new TextField(m_form);
            text->setMaximumHeight(text->fontMetrics().lineSpacing() * 8);
            connect(text, &TextField::editingFinished, this,
                    [this, field, text] { commit(field, text->toPlainText()); });
            editor = text;
            break;
        }
        case Catalogue::Field::Type::Choice: {
            auto* combo = new QComboBox(m_form);
            for (const Catalogue::Choice& choice : field.choices) {
                combo->addItem(choice.name, choice.key);
            }
            connect(combo, &QComboBox::activated, this,
                    [this, field, combo] { commit(field, combo->currentData().toString()); });
            editor = combo;
            break;
        }
        }
        editor->setObjectName(field.key + QStringLiteral("Editor"));
        editor->setToolTip(field.toolTip);
        formLayout->addRow(field.label + QLatin1Char(':'), editor);
        m_editors.append({field, editor});
        if (qobject_cast<QLineEdit*>(editor)) {
            auto* error = new QLabel(m_form);
            error->setObjectName(field.key + QStringLiteral("ErrorLabel"));
            error->setWordWrap(true);
            error->setStyleSheet(QStringLiteral("color: #a40000;"));
            error->hide();
            formLayout->addRow(QString(), error);
            m_errorLabels.insert(field.key, error);
        }
    }
    m_usedByLabel = new QLabel(m_form);
    m_usedByLabel->setObjectName(QStringLiteral("usedByLabel"));
    m_usedByLabel->setWordWrap(true);
    m_usedByLabel->setTextFormat(Qt::PlainText);
    m_usedByLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_usedByLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    formLayout->addRow(tr("Used by:"), m_usedByLabel);
    m_form->setLayout(formLayout);
    m_form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    const QString singular = Catalogue::singular(kind);
    auto* addButton = new QPushButton(Icons::get(QStringLiteral("add")), tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setToolTip(tr("Add a new %1 (Insert)").arg(singular));
    m_duplicateButton = new QPushButton(Icons::get(QStringLiteral("duplicate")), tr("Dup&licate"), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicateButton->setToolTip(tr("Add a copy of this %1 (Ctrl+D)").arg(singular));
    m_deleteButton = new QPushButton(Icons::get(QStringLiteral("delete")), tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete this %1 (Delete); you can undo it").arg(singular));
    connect(addButton, &QPushButton::clicked, this, &CataloguePage::addEntry);
    connect(m_duplicateButton, &QPushButton::clicked, this, &CataloguePage::duplicateEntry);
    connect(m_deleteButton, &QPushButton::clicked, this, &CataloguePage::deleteEntry);
    // Keys work while the table has the focus, so they never take Delete from a text field.
    const std::initializer_list<std::pair<QKeySequence, void (CataloguePage::*)()>> keys = {
        {QKeySequence(Qt::Key_Insert), &CataloguePage::addEntry},
        {QKeySequence(Qt::CTRL | Qt::Key_D), &CataloguePage::duplicateEntry},
        {QKeySequence::Delete, &CataloguePage::deleteEntry}};
    for (const auto& [sequence, slot] : keys) {
        auto* action = new QAction(m_table->view());
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->view()->addAction(action);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    auto* title = new QLabel(Catalogue::plural(kind), right);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    rightLayout->addWidget(title);
    rightLayout->addWidget(m_form);
    rightLayout->addLayout(buttons);
    rightLayout->addStretch();

    // The form scrolls where the window is low (a small screen, or one at 200 %) rather than holding it tall.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_table->searchEdit(), m_table->view());
    setTabOrder(m_table->view(), m_editors.first().second);
    if (m_model->rowCount() > 0) {
        m_table->selectSourceRow(0);
    }
    showEntry(m_table->currentSourceRow());
}

void CataloguePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false)) {
        showEntry(m_row);
    }
}

void CataloguePage::showEntry(int row)
{
    const int shown = row >= 0 && row < m_model->rowCount() ? row : -1;
    if (shown != m_row) {
        // What was refused for one entry is not carried over to the next.
        for (QLabel* label : std::as_const(m_errorLabels)) {
            label->hide();
        }
    }
    m_row = shown;
    const bool has = m_row >= 0;
    m_form->setEnabled(has);
    m_duplicateButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    const Register& reg = m_document.reg();
    for (const auto& [field, editor] : m_editors) {
        // Periods read in words, "12 months" rather than "P12M"; a choice is found by its key.
        const QString value = !has                         ? QString()
            : field.type == Catalogue::Field::Type::Period ? Catalogue::displayValue(reg, m_kind, m_row, field)
                                                           : Catalogue::value(reg, m_kind, m_row, field.key);
        if (const QLabel* refused = m_errorLabels.value(field.key); refused && !refused->isHidden()) {
            continue; // it holds what the user is putting right
        }
        const QSignalBlocker blocker(editor);
        // Only a changed value is put back, so the cursor of a field being typed in stays where it is.
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && line->text() != value) {
            line->setText(value);
            line->setCursorPosition(0); // a long value shows its beginning
        } else if (auto* text = qobject_cast<TextField*>(editor)) {
            text->setTextIfChanged(value);
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
        }
    }
    if (!has) {
        m_usedByLabel->clear();
        return;
    }
    const QList<qsizetype> users = Catalogue::usedBy(reg, m_kind, Catalogue::id(reg, m_kind, m_row));
    // A long register lists the first few; the table's "Used by" count says how many in all.
    constexpr qsizetype kShown = 15;
    QStringList purposes;
    for (qsizetype i : users.first(qMin(users.size(), kShown))) {
        purposes << QStringLiteral("%1. %2").arg(i + 1).arg(reg.activities.at(i).purpose);
    }
    if (users.size() > kShown) {
        purposes << tr("… and %1 more").arg(users.size() - kShown);
    }
    m_usedByLabel->setText(purposes.isEmpty() ? tr("No activity uses this %1.").arg(Catalogue::singular(m_kind))
                                              : purposes.join(QLatin1Char('\n')));
}

void CataloguePage::commit(const Catalogue::Field& field, const QString& value)
{
    if (m_row < 0) {
        return;
    }
    // What cannot be saved stays in its field with the reason beside it, to be put right, not typed again.
    if (field.key == Catalogue::nameKey(m_kind) && value.trimmed().isEmpty()) {
        refuse(field, tr("Every %1 needs a name: type one, or delete the %1.").arg(Catalogue::singular(m_kind)));
        return;
    }
    QString stored = value.trimmed();
    if (field.type == Catalogue::Field::Type::Period && !stored.isEmpty()) {
        stored = RetentionRule::periodFromWords(stored);
        if (stored.isEmpty()) {
            refuse(field,
                   tr("'%1' is not a period RoPA Manager can read; write it as, say, 12 months, 6 years or 1 "
                      "year 6 months.")
                       .arg(value.trimmed()));
            return;
        }
    }
    refuse(field, QString());
    m_document.setCatalogueValue(m_kind, m_row, field.key, stored);
}

void CataloguePage::refuse(const Catalogue::Field& field, const QString& reason)
{
    QLabel* label = m_errorLabels.value(field.key);
    if (!label) {
        return;
    }
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

void CataloguePage::selectId(const QString& id)
{
    m_table->searchEdit()->clear(); // a new entry must not be hidden by the filter
    m_table->selectSourceRow(m_model->rowOf(id));
    m_editors.first().second->setFocus(Qt::OtherFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(m_editors.first().second)) {
        line->selectAll();
    }
}

void CataloguePage::goToEntry(const QString& id, const QString& field)
{
    selectId(id);
    for (const auto& [editorField, editor] : std::as_const(m_editors)) {
        if (!field.isEmpty() && editorField.key == field) {
            editor->setFocus(Qt::OtherFocusReason);
        }
    }
}

void CataloguePage::addEntry()
{
    const int row = m_row >= 0 ? m_row + 1 : m_model->rowCount();
    selectId(m_document.insertCatalogueEntry(m_kind, row, tr("New %1").arg(Catalogue::singular(m_kind))));
}

void CataloguePage::duplicateEntry()
{
    if (m_row < 0) {
        return;
    }
    const QString name = tr("%1 (copy)").arg(Catalogue::name(m_document.reg(), m_kind, m_row));
    selectId(m_document.insertCatalogueEntry(m_kind, m_row + 1, name, m_row));
}

void CataloguePage::deleteEntry()
{
    if (m_row < 0) {
        return;
    }
    const Register& reg = m_document.reg();
    const QString name = Catalogue::name(reg, m_kind, m_row);
    const QList<qsizetype> users = Catalogue::usedBy(reg, m_kind, Catalogue::id(reg, m_kind, m_row));
    QString text = tr("Delete the %1 '%2'?").arg(Catalogue::singular(m_kind), name);
    if (users.isEmpty()) {
        text += QLatin1Char(' ') + tr("No activity uses it.");
    } else {
        QStringList purposes;
        for (qsizetype i : users) {
            purposes << QStringLiteral("  \u2022 %1").arg(reg.activities.at(i).purpose);
        }
        text += QLatin1Char('\n') +
            (users.size() == 1 ? tr("One activity uses it and will no longer name it:")
                               : tr("%1 activities use it and will no longer name it:").arg(users.size()));
        text += QLatin1Char('\n') + purposes.join(QLatin1Char('\n'));
    }
    text += QLatin1Char('\n') + tr("You can take this back with Undo.");
    if (MessageBox::question(this, tr("Delete %1").arg(Catalogue::singular(m_kind)), text,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    const int row = m_row;
    m_document.removeCatalogueEntry(m_kind, row);
    if (m_model->rowCount() > 0) {
        m_table->selectSourceRow(qMin(row, m_model->rowCount() - 1));
    }
}

} // namespace ropa::ui
