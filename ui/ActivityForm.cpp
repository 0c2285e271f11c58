#include "ActivityForm.h"

#include "TextField.h"
#include "domain/RegisterIndex.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ropa::ui {

namespace {

// Lists are checked by id; the item's data holds it.
constexpr int kIdRole = Qt::UserRole + 1;

void setLineIfChanged(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // a long value shows its beginning
    }
}

} // namespace

ActivityForm::ActivityForm(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_purposeEdit(new QLineEdit(this))
    , m_descriptionEdit(new TextField(this))
    , m_businessFunctionEdit(new QLineEdit(this))
    , m_interestLabel(new QLabel(tr("Legitimate &interest:"), this))
    , m_interestEdit(new QLineEdit(this))
    , m_specialConditionEdit(new QLineEdit(this))
    , m_specialConditionHint(new QLabel(this))
    , m_retentionCombo(new QComboBox(this))
    , m_transfersTable(new QTableWidget(0, 2, this))
    , m_securityEdit(new TextField(this))
    , m_dpiaCombo(new QComboBox(this))
    , m_automatedCheck(new QCheckBox(tr("Auto&mated decision-making (Art. 22)"), this))
{
    // What the processing is.
    m_purposeEdit->setObjectName(QStringLiteral("purposeLineEdit"));
    m_purposeEdit->setToolTip(tr("The purpose as the privacy notice states it, such as \"Providing our services\"."));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 6);
    m_businessFunctionEdit->setObjectName(QStringLiteral("businessFunctionLineEdit"));
    m_businessFunctionEdit->setToolTip(tr("The team or part of the business that does this, such as \"Sales\"."));
    connect(m_purposeEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_purposeEdit->text().trimmed().isEmpty()) {
            load(); // every activity keeps a purpose
            return;
        }
        commitText(&Activity::purpose, m_purposeEdit->text().trimmed(), tr("purpose"));
    });
    connect(m_descriptionEdit, &TextField::editingFinished, this,
            [this] { commitText(&Activity::description, m_descriptionEdit->toPlainText(), tr("description")); });
    connect(m_businessFunctionEdit, &QLineEdit::editingFinished, this, [this] {
        commitText(&Activity::businessFunction, m_businessFunctionEdit->text().trimmed(), tr("business function"));
    });
    auto* what = new QGroupBox(tr("Processing"), this);
    auto* whatLayout = new QFormLayout(what);
    whatLayout->addRow(tr("&Purpose:"), m_purposeEdit);
    whatLayout->addRow(tr("Descripti&on:"), m_descriptionEdit);
    whatLayout->addRow(tr("&Business function:"), m_businessFunctionEdit);

    // Lawful bases, in the matrix's order, with the interest when legitimate interests is ticked.
    auto* bases = new QGroupBox(tr("Lawful bases (Article 6)"), this);
    auto* basesLayout = new QGridLayout(bases);
    int slot = 0;
    for (Basis basis : kNoticeOrder) {
        auto* box = new QCheckBox(basisName(basis), bases);
        box->setObjectName(QStringLiteral("basisCheckBox_") + basisKey(basis));
        // What the basis means and when to use it, on hover and with Shift+F1.
        box->setToolTip(QStringLiteral("<p><b>%1</b>: %2</p><p>%3</p>")
                            .arg(basisArticle(basis).toHtmlEscaped(), basisSummary(basis).toHtmlEscaped(),
                                 basisGuidance(basis).toHtmlEscaped()));
        box->setWhatsThis(box->toolTip());
        connect(box, &QCheckBox::toggled, this, [this, basis](bool on) { commitBasis(basis, on); });
        basesLayout->addWidget(box, slot / 2, slot % 2);
        m_basisBoxes.insert(basis, box);
        ++slot;
    }
    m_interestEdit->setObjectName(QStringLiteral("legitimateInterestEdit"));
    m_interestEdit->setToolTip(tr("The interest you rely on, such as \"preventing fraud\"; a legitimate interests "
                                  "assessment should back it."));
    m_interestLabel->setBuddy(m_interestEdit);
    connect(m_interestEdit, &QLineEdit::editingFinished, this, [this] {
        std::optional<Activity> changed = current();
        if (!changed) {
            return;
        }
        for (LawfulBasis& b : changed->bases) {
            if (b.basis == Basis::LegitimateInterests) {
                b.interest = m_interestEdit->text().trimmed();
            }
        }
        commit(*changed, tr("legitimate interest"));
    });
    basesLayout->addWidget(m_interestLabel, 3, 0);
    basesLayout->addWidget(m_interestEdit, 3, 1);
    m_specialConditionEdit->setObjectName(QStringLiteral("specialConditionEdit"));
    m_specialConditionEdit->setPlaceholderText(tr("e.g. Art. 9(2)(b) and DPA 2018 Sch. 1 para 1, employment"));
    m_specialConditionEdit->setToolTip(tr("Special category (Art. 9) and criminal offence (Art. 10) data need a "
                                          "condition as well as a lawful basis."));
    connect(m_specialConditionEdit, &QLineEdit::editingFinished, this, [this] {
        std::optional<Activity> changed = current();
        if (!changed) {
            return;
        }
        const QString text = m_specialConditionEdit->text().trimmed();
        changed->specialCondition = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        commit(*changed, tr("Art. 9/10 condition"));
    });
    auto* conditionLabel = new QLabel(tr("Art. 9/10 &condition:"), bases);
    conditionLabel->setBuddy(m_specialConditionEdit);
    basesLayout->addWidget(conditionLabel, 4, 0);
    basesLayout->addWidget(m_specialConditionEdit, 4, 1);
    m_specialConditionHint->setObjectName(QStringLiteral("specialConditionHint"));
    m_specialConditionHint->setWordWrap(true);
    basesLayout->addWidget(m_specialConditionHint, 5, 0, 1, 2);

    // Who and what: a checkable list per catalogue.
    auto* who = new QGroupBox(tr("People, data and sharing"), this);
    auto* whoLayout = new QGridLayout(who);
    const QHash<Catalogue::Kind, QString> listLabels = {{Catalogue::Kind::Subjects, tr("Data sub&jects:")},
                                                        {Catalogue::Kind::DataCategories, tr("Perso&nal data:")},
                                                        {Catalogue::Kind::Recipients, tr("Recipien&ts:")},
                                                        {Catalogue::Kind::Sources, tr("&Sources:")}};
    const QHash<Catalogue::Kind, QString> listNames = {{Catalogue::Kind::Subjects, QStringLiteral("subjectsList")},
                                                       {Catalogue::Kind::DataCategories, QStringLiteral("dataList")},
                                                       {Catalogue::Kind::Recipients, QStringLiteral("recipientsList")},
                                                       {Catalogue::Kind::Sources, QStringLiteral("sourcesList")}};
    slot = 0;
    for (Catalogue::Kind kind : Catalogue::listKinds()) {
        auto* list = new QListWidget(who);
        list->setObjectName(listNames.value(kind));
        list->setMinimumHeight(110);
        list->setUniformItemSizes(true);
        connect(list, &QListWidget::itemChanged, this, [this, kind] { commitReferences(kind); });
        auto* label = new QLabel(listLabels.value(kind), who);
        label->setBuddy(list);
        whoLayout->addWidget(label, (slot / 2) * 2, slot % 2);
        whoLayout->addWidget(list, (slot / 2) * 2 + 1, slot % 2);
        m_lists.insert(kind, list);
        ++slot;
    }

    // How long, where to, how safe.
    auto* care = new QGroupBox(tr("Retention, transfers and safeguards"), this);
    auto* careLayout = new QFormLayout(care);
    m_retentionCombo->setObjectName(QStringLiteral("retentionComboBox"));
    // Long rule summaries must not widen the whole form; the list opens wide enough to read them.
    m_retentionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_retentionCombo->setMinimumContentsLength(20);
    connect(m_retentionCombo, &QComboBox::activated, this, [this] {
        std::optional<Activity> changed = current();
        if (!changed) {
            return;
        }
        const QString id = m_retentionCombo->currentData().toString();
        changed->retention = id.isEmpty() ? std::nullopt : std::optional<QString>(id);
        commit(*changed, tr("retention"));
    });
    careLayout->addRow(tr("&Retention:"), m_retentionCombo);

    m_transfersTable->setObjectName(QStringLiteral("transfersTable"));
    m_transfersTable->setHorizontalHeaderLabels({tr("Country"), tr("Safeguard")});
    m_transfersTable->horizontalHeader()->setStretchLastSection(true);
    m_transfersTable->verticalHeader()->hide();
    m_transfersTable->setMinimumHeight(90);
    m_transfersTable->setToolTip(tr("Transfers outside the UK: the country (such as US) and the safeguard that "
                                    "covers it (such as the UK Extension to the EU-US Data Privacy Framework)."));
    connect(m_transfersTable, &QTableWidget::itemChanged, this, &ActivityForm::commitTransfers);
    auto* addTransfer = new QPushButton(tr("Ne&w transfer"), care);
    addTransfer->setObjectName(QStringLiteral("addTransferButton"));
    auto* removeTransfer = new QPushButton(tr("Remove transfer"), care);
    removeTransfer->setObjectName(QStringLiteral("removeTransferButton"));
    connect(addTransfer, &QPushButton::clicked, this, [this] {
        std::optional<Activity> changed = current();
        if (changed) {
            changed->transfers.append({tr("Country"), QString()});
            commit(*changed, tr("transfers"));
        }
    });
    connect(removeTransfer, &QPushButton::clicked, this, [this] {
        std::optional<Activity> changed = current();
        const int row = m_transfersTable->currentRow();
        if (changed && row >= 0 && row < changed->transfers.size()) {
            changed->transfers.removeAt(row);
            commit(*changed, tr("transfers"));
        }
    });
    auto* transferButtons = new QHBoxLayout;
    transferButtons->addWidget(addTransfer);
    transferButtons->addWidget(removeTransfer);
    transferButtons->addStretch();
    auto* transfers = new QVBoxLayout;
    transfers->addWidget(m_transfersTable);
    transfers->addLayout(transferButtons);
    careLayout->addRow(tr("Transfers:"), transfers);

    m_securityEdit->setObjectName(QStringLiteral("securityMeasuresEdit"));
    m_securityEdit->setMaximumHeight(m_securityEdit->fontMetrics().lineSpacing() * 6);
    m_securityEdit->setToolTip(tr("The technical and organisational security measures (Art. 32) in general terms."));
    connect(m_securityEdit, &TextField::editingFinished, this, [this] {
        commitText(&Activity::securityMeasures, m_securityEdit->toPlainText(), tr("security measures"));
    });
    careLayout->addRow(tr("Securit&y measures:"), m_securityEdit);
    m_dpiaCombo->setObjectName(QStringLiteral("dpiaComboBox"));
    for (DpiaStatus status : {DpiaStatus::NotAssessed, DpiaStatus::NotNeeded, DpiaStatus::Needed,
                              DpiaStatus::InProgress, DpiaStatus::Done}) {
        m_dpiaCombo->addItem(dpiaStatusName(status), static_cast<int>(status));
    }
    connect(m_dpiaCombo, &QComboBox::activated, this, [this] {
        std::optional<Activity> changed = current();
        if (changed) {
            changed->dpia = static_cast<DpiaStatus>(m_dpiaCombo->currentData().toInt());
            commit(*changed, tr("DPIA"));
        }
    });
    careLayout->addRow(tr("DPIA stat&us:"), m_dpiaCombo);
    m_automatedCheck->setObjectName(QStringLiteral("automatedDecisionsCheckBox"));
    m_automatedCheck->setToolTip(tr("Article 22: decisions with legal or similarly significant effects made "
                                    "without a person involved."));
    connect(m_automatedCheck, &QCheckBox::toggled, this, [this](bool on) {
        std::optional<Activity> changed = current();
        if (changed) {
            changed->automatedDecisions.status = on ? AutomatedDecisionStatus::Yes : AutomatedDecisionStatus::No;
            commit(*changed, tr("automated decisions"));
        }
    });
    careLayout->addRow(QString(), m_automatedCheck);

    // Tab goes down the form as it reads, not in the order the widgets were made.
    QList<QWidget*> tabOrder = {m_purposeEdit, m_descriptionEdit, m_businessFunctionEdit};
    for (Basis basis : kNoticeOrder) {
        tabOrder << m_basisBoxes.value(basis);
    }
    tabOrder << m_interestEdit << m_specialConditionEdit;
    for (Catalogue::Kind kind : Catalogue::listKinds()) {
        tabOrder << m_lists.value(kind);
    }
    tabOrder << m_retentionCombo << m_transfersTable << addTransfer << removeTransfer << m_securityEdit << m_dpiaCombo
             << m_automatedCheck;
    for (qsizetype i = 1; i < tabOrder.size(); ++i) {
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    }

    // Each field says which .ropa.json key it edits, so a finding can lead to it (focusField).
    const QList<std::pair<QWidget*, const char*>> fields = {
        {m_purposeEdit, "purpose"},
        {m_descriptionEdit, "description"},
        {m_businessFunctionEdit, "business_function"},
        {m_basisBoxes.value(kNoticeOrder[0]), "bases"},
        {m_interestEdit, "bases.interest"},
        {m_specialConditionEdit, "special_condition"},
        {m_lists.value(Catalogue::Kind::Subjects), "subject_categories"},
        {m_lists.value(Catalogue::Kind::DataCategories), "data_categories"},
        {m_lists.value(Catalogue::Kind::Recipients), "recipients"},
        {m_lists.value(Catalogue::Kind::Sources), "sources"},
        {m_retentionCombo, "retention"},
        {m_transfersTable, "transfers"},
        {m_securityEdit, "security_measures"},
        {m_dpiaCombo, "dpia"},
        {m_automatedCheck, "automated_decisions"},
    };
    for (const auto& [widget, key] : fields) {
        widget->setProperty(kFieldProperty, QString::fromLatin1(key));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(bases);
    layout->addWidget(who);
    layout->addWidget(care);
    layout->addStretch();

    using Doc = session::RegisterDocument;
    connect(&document, &Doc::activityChanged, this, [this](qsizetype index) {
        if (index == activityIndex()) {
            load();
        }
    });
    // A refused edit leaves the activity as it was; the form shows that again rather than what was typed.
    connect(&document, &Doc::saveFailed, this, &ActivityForm::load);
    connect(&document, &Doc::headerChanged, this, [this] {
        buildLists();
        load();
    });
    buildLists();
    showActivity(-1);
}

qsizetype ActivityForm::activityIndex() const
{
    if (m_id.isEmpty()) {
        return -1;
    }
    const QList<Activity>& activities = m_document.reg().activities;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        if (activities.at(i).id == m_id) {
            return i;
        }
    }
    return -1;
}

void ActivityForm::focusPurpose()
{
    m_purposeEdit->setFocus(Qt::OtherFocusReason);
    m_purposeEdit->selectAll();
}

bool ActivityForm::focusField(const QString& key)
{
    const auto find = [this](const QString& wanted) -> QWidget* {
        for (QWidget* widget : findChildren<QWidget*>()) {
            if (widget->property(kFieldProperty).toString() == wanted && widget->isVisibleTo(this) &&
                widget->isEnabled()) {
                return widget;
            }
        }
        return nullptr;
    };
    QWidget* widget = find(key);
    if (!widget && key.contains(u'.')) {
        widget = find(key.section(u'.', 0, 0));
    }
    if (!widget) {
        return false;
    }
    for (QWidget* parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
            scroll->ensureWidgetVisible(widget);
            break;
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

std::optional<Activity> ActivityForm::current() const
{
    const qsizetype index = activityIndex();
    return index < 0 ? std::nullopt : std::optional<Activity>(m_document.reg().activities.at(index));
}

void ActivityForm::showActivity(qsizetype index)
{
    const QList<Activity>& activities = m_document.reg().activities;
    m_id = index >= 0 && index < activities.size() ? activities.at(index).id : QString();
    load();
}

void ActivityForm::buildLists()
{
    const Register& reg = m_document.reg();
    for (Catalogue::Kind kind : Catalogue::listKinds()) {
        QListWidget* list = m_lists.value(kind);
        const QSignalBlocker blocker(list);
        list->clear();
        for (qsizetype row = 0; row < Catalogue::count(reg, kind); ++row) {
            auto* item = new QListWidgetItem(Catalogue::name(reg, kind, row), list);
            item->setData(kIdRole, Catalogue::id(reg, kind, row));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(item->text());
        }
    }
    const QSignalBlocker blocker(m_retentionCombo);
    m_retentionCombo->clear();
    m_retentionCombo->addItem(tr("Not recorded"), QString());
    for (const RetentionRule& rule : reg.retentionRules) {
        m_retentionCombo->addItem(rule.summary(), rule.id);
        m_retentionCombo->setItemData(m_retentionCombo->count() - 1, rule.description, Qt::ToolTipRole);
    }
}

void ActivityForm::load()
{
    const std::optional<Activity> activity = current();
    setEnabled(activity.has_value());
    const Activity a = activity.value_or(Activity{});
    QList<QWidget*> widgets = {
        m_purposeEdit,    m_descriptionEdit, m_businessFunctionEdit, m_interestEdit, m_specialConditionEdit,
        m_retentionCombo, m_transfersTable,  m_securityEdit,         m_dpiaCombo,    m_automatedCheck};
    for (QCheckBox* box : std::as_const(m_basisBoxes)) {
        widgets << box;
    }
    for (QListWidget* list : std::as_const(m_lists)) {
        widgets << list;
    }
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* widget : widgets) {
        blockers.push_back(std::make_unique<QSignalBlocker>(widget));
    }

    setLineIfChanged(m_purposeEdit, a.purpose);
    m_descriptionEdit->setTextIfChanged(a.description);
    setLineIfChanged(m_businessFunctionEdit, a.businessFunction);
    for (auto it = m_basisBoxes.cbegin(); it != m_basisBoxes.cend(); ++it) {
        it.value()->setChecked(a.hasBasis(it.key()));
    }
    const LawfulBasis* interest = a.findBasis(Basis::LegitimateInterests);
    setLineIfChanged(m_interestEdit, interest ? interest->interest : QString());
    setLineIfChanged(m_specialConditionEdit, a.specialCondition.value_or(QString()));
    for (Catalogue::Kind kind : Catalogue::listKinds()) {
        const QStringList ids = Catalogue::references(a, kind);
        QListWidget* list = m_lists.value(kind);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_retentionCombo->setCurrentIndex(qMax(0, m_retentionCombo->findData(a.retention.value_or(QString()))));
    if (m_transfersTable->rowCount() != a.transfers.size()) {
        m_transfersTable->setRowCount(static_cast<int>(a.transfers.size()));
    }
    for (int row = 0; row < a.transfers.size(); ++row) {
        const Transfer& t = a.transfers.at(row);
        for (const auto& [column, text] : {std::pair{0, t.country}, std::pair{1, t.safeguard}}) {
            QTableWidgetItem* item = m_transfersTable->item(row, column);
            if (!item) {
                m_transfersTable->setItem(row, column, new QTableWidgetItem(text));
            } else if (item->text() != text) {
                item->setText(text);
            }
        }
    }
    m_securityEdit->setTextIfChanged(a.securityMeasures);
    m_dpiaCombo->setCurrentIndex(qMax(0, m_dpiaCombo->findData(static_cast<int>(a.dpia))));
    m_automatedCheck->setChecked(a.automatedDecisions.status == AutomatedDecisionStatus::Yes);
    updateEnabled();
}

void ActivityForm::updateEnabled()
{
    const std::optional<Activity> a = current();
    const bool li = a && a->hasBasis(Basis::LegitimateInterests);
    m_interestLabel->setVisible(li);
    m_interestEdit->setVisible(li);

    // The condition is asked for only where the chosen data needs one.
    QStringList sensitive;
    if (a) {
        for (const DataCategory* c : RegisterIndex(m_document.reg()).sensitiveData(*a)) {
            sensitive << QStringLiteral("%1 (%2)").arg(c->name, specialCategoryName(c->special));
        }
    }
    m_specialConditionEdit->setEnabled(!sensitive.isEmpty());
    m_specialConditionHint->setText(sensitive.isEmpty()
                                        ? tr("Not needed: none of the personal data ticked below is special "
                                             "category or criminal offence data.")
                                        : tr("Needed for: %1.").arg(sensitive.join(QStringLiteral(", "))));
}

void ActivityForm::commit(const Activity& changed, const QString& field)
{
    const qsizetype index = activityIndex();
    if (index < 0) {
        return;
    }
    const Activity& before = m_document.reg().activities.at(index);
    if (before == changed) {
        return;
    }
    // A renamed activity's edit is named by the purpose it had.
    m_document.changeActivity(index, changed, tr("Change %1 of '%2'").arg(field, before.purpose.simplified()));
}

void ActivityForm::commitText(QString Activity::*member, const QString& value, const QString& field)
{
    if (std::optional<Activity> changed = current()) {
        (*changed).*member = value;
        commit(*changed, field);
    }
}

void ActivityForm::commitBasis(Basis basis, bool on)
{
    const qsizetype index = activityIndex();
    if (index >= 0) {
        m_document.setBasis(index, basis, on);
    }
}

void ActivityForm::commitReferences(Catalogue::Kind kind)
{
    std::optional<Activity> changed = current();
    if (!changed) {
        return;
    }
    QStringList ids;
    QListWidget* list = m_lists.value(kind);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids << list->item(i)->data(kIdRole).toString();
        }
    }
    Catalogue::setReferences(*changed, kind, ids);
    const QHash<Catalogue::Kind, QString> names = {{Catalogue::Kind::Subjects, tr("data subjects")},
                                                   {Catalogue::Kind::DataCategories, tr("personal data")},
                                                   {Catalogue::Kind::Recipients, tr("recipients")},
                                                   {Catalogue::Kind::Sources, tr("sources")}};
    commit(*changed, names.value(kind));
}

void ActivityForm::commitTransfers()
{
    std::optional<Activity> changed = current();
    if (!changed) {
        return;
    }
    for (int row = 0; row < m_transfersTable->rowCount() && row < changed->transfers.size(); ++row) {
        const QTableWidgetItem* country = m_transfersTable->item(row, 0);
        const QTableWidgetItem* safeguard = m_transfersTable->item(row, 1);
        changed->transfers[row] = {country ? country->text().trimmed() : QString(),
                                   safeguard ? safeguard->text().trimmed() : QString()};
    }
    commit(*changed, tr("transfers"));
}

} // namespace ropa::ui
