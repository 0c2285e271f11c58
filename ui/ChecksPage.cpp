#include "ChecksPage.h"

#include "FilteredTable.h"
#include "checks/Checker.h"
#include "checks/RuleSet.h"
#include "itemmodels/FindingsModel.h"
#include "session/RegisterDocument.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ropa::ui {

using checks::Severity;
using itemmodels::FindingsModel;

ChecksPage::ChecksPage(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_severityProxy(new QSortFilterProxyModel(this))
{
    m_severityProxy->setSourceModel(m_model);
    m_severityProxy->setFilterRole(FindingsModel::SeverityKeyRole);
    m_severityProxy->setFilterKeyColumn(FindingsModel::SeverityColumn);

    auto* ruleSetLabel = new QLabel(tr("Rule set %1").arg(checks::RuleSet::version()), this);
    ruleSetLabel->setObjectName(QStringLiteral("ruleSetLabel"));
    ruleSetLabel->setToolTip(tr("The version of the rules the register is checked against"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("findingsSummaryLabel"));
    m_severityCombo = new QComboBox(this);
    m_severityCombo->setObjectName(QStringLiteral("severityFilterComboBox"));
    m_severityCombo->addItem(tr("All findings"), QString());
    m_severityCombo->addItem(tr("Errors"), checks::severityKey(Severity::Error));
    m_severityCombo->addItem(tr("Warnings"), checks::severityKey(Severity::Warning));
    m_severityCombo->addItem(tr("Information"), checks::severityKey(Severity::Info));
    auto* severityLabel = new QLabel(tr("&Show:"), this);
    severityLabel->setBuddy(m_severityCombo);
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_severityProxy->setFilterFixedString(m_severityCombo->currentData().toString());
        if (!m_table->view()->currentIndex().isValid() && m_table->view()->model()->rowCount() > 0) {
            m_table->view()->setCurrentIndex(m_table->view()->model()->index(0, 0));
        }
        showCurrent();
    });

    m_table = new FilteredTable(m_severityProxy, QStringLiteral("findingsTableView"), this);
    m_table->setSortRole(FindingsModel::SortRole);
    QTableView* view = m_table->view();
    view->horizontalHeader()->resizeSection(FindingsModel::SeverityColumn, 90);
    view->horizontalHeader()->resizeSection(FindingsModel::RuleColumn, 60);
    view->horizontalHeader()->resizeSection(FindingsModel::ConcernsColumn, 200);
    view->horizontalHeader()->resizeSection(FindingsModel::MessageColumn, 380);
    view->horizontalHeader()->resizeSection(FindingsModel::ArticleColumn, 160);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Enter and double-click both activate a row.
    connect(view, &QAbstractItemView::activated, this, &ChecksPage::goToCurrent);
    connect(m_table, &FilteredTable::currentSourceRowChanged, this, &ChecksPage::showCurrent);
    // After the findings change the same place in the table stays chosen: once a finding is fixed, the next one.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rowBeforeReset = m_table->view()->currentIndex().row(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QAbstractItemModel* shown = m_table->view()->model();
        const int row = qMin(m_rowBeforeReset, shown->rowCount() - 1);
        if (row >= 0) {
            m_table->view()->setCurrentIndex(shown->index(row, 0));
        }
        showSummary();
        showCurrent();
        Q_EMIT findingsChanged();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(ruleSetLabel);
    top->addSpacing(12);
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(severityLabel);
    top->addWidget(m_severityCombo);

    // The chosen finding in full, with what can be done about it.
    auto* detail = new QGroupBox(tr("Finding"), this);
    detail->setObjectName(QStringLiteral("findingDetailBox"));
    const auto detailLabel = [detail](const QString& name) {
        auto* label = new QLabel(detail);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return label;
    };
    m_messageLabel = detailLabel(QStringLiteral("findingMessageLabel"));
    m_articleLabel = detailLabel(QStringLiteral("findingArticleLabel"));
    m_fixLabel = detailLabel(QStringLiteral("findingFixLabel"));
    m_goToButton = new QPushButton(tr("&Go to It"), detail);
    m_goToButton->setObjectName(QStringLiteral("goToFindingButton"));
    m_goToButton->setToolTip(tr("Shows the activity, entry or organisation detail the finding concerns (Enter)"));
    m_fixButton = new QPushButton(tr("&Fix It"), detail);
    m_fixButton->setObjectName(QStringLiteral("fixFindingButton"));
    m_fixButton->setToolTip(tr("Makes the fix described, as one change you can undo"));
    connect(m_goToButton, &QPushButton::clicked, this, &ChecksPage::goToCurrent);
    connect(m_fixButton, &QPushButton::clicked, this, &ChecksPage::fixCurrent);
    auto* goToAction = new QAction(tr("&Go to It"), view);
    connect(goToAction, &QAction::triggered, this, &ChecksPage::goToCurrent);
    m_fixAction = new QAction(tr("&Fix It"), view);
    m_fixAction->setObjectName(QStringLiteral("fixFindingAction"));
    connect(m_fixAction, &QAction::triggered, this, &ChecksPage::fixCurrent);
    view->addAction(goToAction);
    view->addAction(m_fixAction);

    auto* detailForm = new QFormLayout;
    detailForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailForm->addRow(tr("What:"), m_messageLabel);
    detailForm->addRow(tr("Provision:"), m_articleLabel);
    detailForm->addRow(tr("What to do:"), m_fixLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_goToButton);
    buttons->addWidget(m_fixButton);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addLayout(detailForm);
    detailLayout->addStretch(1);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    showSummary();
    if (m_severityProxy->rowCount() > 0) {
        m_table->selectSourceRow(0);
    }
    showCurrent();
}

int ChecksPage::attentionCount() const
{
    return m_model->counts().errors + m_model->counts().warnings;
}

void ChecksPage::setSeverityFilter(std::optional<Severity> severity)
{
    const int index = severity ? m_severityCombo->findData(checks::severityKey(*severity)) : 0;
    m_severityCombo->setCurrentIndex(index);
}

const checks::Finding* ChecksPage::currentFinding() const
{
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid()) {
        return nullptr;
    }
    const int index = current.data(FindingsModel::FindingIndexRole).toInt();
    return index >= 0 && index < m_model->findings().size() ? &m_model->findings().at(index) : nullptr;
}

void ChecksPage::goToCurrent()
{
    if (const checks::Finding* finding = currentFinding()) {
        Q_EMIT goToRequested(finding->target);
    }
}

void ChecksPage::fixCurrent()
{
    const checks::Finding* finding = currentFinding();
    if (!finding || !finding->hasMechanicalFix) {
        return;
    }
    const checks::Finding chosen = *finding; // the model resets once the fix is made
    const QList<RegisterChange> changes = checks::Checker::mechanicalFix(m_document.reg(), chosen);
    m_document.applyFix(changes, tr("Fix %1 of '%2'").arg(chosen.ruleId, chosen.targetName), chosen.ruleId,
                        chosen.targetName);
    m_model->refresh();
}

void ChecksPage::showSummary()
{
    const checks::Checker::Counts counts = m_model->counts();
    if (m_model->findings().isEmpty()) {
        m_summaryLabel->setText(tr("No findings: the register meets every rule."));
        return;
    }
    m_summaryLabel->setText(checks::Checker::inWords(counts));
}

void ChecksPage::showCurrent()
{
    const checks::Finding* finding = currentFinding();
    m_messageLabel->setText(finding ? finding->message : QString());
    m_articleLabel->setText(finding ? finding->article : QString());
    m_fixLabel->setText(finding ? finding->fix : QString());
    m_goToButton->setEnabled(finding != nullptr);
    const bool fixable = finding && finding->hasMechanicalFix;
    m_fixButton->setEnabled(fixable);
    m_fixAction->setEnabled(fixable);
}

} // namespace ropa::ui
