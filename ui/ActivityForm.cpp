#include "ActivityForm.h"

#include "CollapsibleSection.h"
#include "OptionalDateEdit.h"
#include "TextField.h"
#include "domain/RegisterIndex.h"
#include "session/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
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

// A multi-line field a few lines high, for the tests of an assessment and the like.
TextField* shortTextField(const QString& name, const QString& toolTip, QWidget* parent)
{
    auto* field = new TextField(parent);
    field->setObjectName(name);
    field->setToolTip(toolTip);
    field->setMaximumHeight(field->fontMetrics().lineSpacing() * 5);
    return field;
}

QLineEdit* lineEdit(const QString& name, const QString& toolTip, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setToolTip(toolTip);
    return edit;
}

// A checkable list of the DPIA screening criteria for which pick is true.
QListWidget* criteriaList(const QString& name, bool always, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (DpiaCriterion criterion : allDpiaCriteria()) {
        if (dpiaCriterionAlwaysNeedsDpia(criterion) != always) {
            continue;
        }
        auto* item = new QListWidgetItem(dpiaCriterionName(criterion), list);
        item->setData(kIdRole, static_cast<int>(criterion));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(item->text());
    }
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setResizeMode(QListView::Adjust);
    return list;
}

} // namespace

ActivityForm::ActivityForm(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_purposeEdit(new QLineEdit(this))
    , m_purposeErrorLabel(new QLabel(this))
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
{
    // What the processing is.
    m_purposeEdit->setObjectName(QStringLiteral("purposeLineEdit"));
    m_purposeEdit->setToolTip(tr("The purpose as the privacy notice states it, such as \"Providing our services\"."));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 6);
    m_businessFunctionEdit->setObjectName(QStringLiteral("businessFunctionLineEdit"));
    m_businessFunctionEdit->setToolTip(tr("The team or part of the business that does this, such as \"Sales\"."));
    m_purposeErrorLabel->setObjectName(QStringLiteral("purposeErrorLabel"));
    m_purposeErrorLabel->setWordWrap(true);
    m_purposeErrorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_purposeErrorLabel->setText(tr("Every activity needs a purpose: type what it is for, as the privacy notice "
                                    "says it, such as \"Providing our services\"."));
    m_purposeErrorLabel->hide();
    connect(m_purposeEdit, &QLineEdit::editingFinished, this, [this] {
        // Every activity keeps a purpose: an empty one is not saved, but left in the field, with the reason under
        // it, for the user to put right rather than find the old text back without a word.
        const bool empty = m_purposeEdit->text().trimmed().isEmpty();
        m_purposeErrorLabel->setVisible(empty && current().has_value());
        if (!empty) {
            commitText(&Activity::purpose, m_purposeEdit->text().trimmed(), tr("purpose"));
        }
    });
    connect(m_descriptionEdit, &TextField::editingFinished, this,
            [this] { commitText(&Activity::description, m_descriptionEdit->toPlainText(), tr("description")); });
    connect(m_businessFunctionEdit, &QLineEdit::editingFinished, this, [this] {
        commitText(&Activity::businessFunction, m_businessFunctionEdit->text().trimmed(), tr("business function"));
    });
    auto* what = new QGroupBox(tr("Processing"), this);
    auto* whatLayout = new QFormLayout(what);
    whatLayout->addRow(tr("&Purpose:"), m_purposeEdit);
    whatLayout->addRow(QString(), m_purposeErrorLabel);
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
    buildBasisDetails(bases);

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
    QGroupBox* accountability = buildAccountability();

    // Tab goes down the form as it reads, not in the order the widgets were made.
    QList<QWidget*> tabOrder = {m_purposeEdit, m_descriptionEdit, m_businessFunctionEdit};
    for (Basis basis : kNoticeOrder) {
        tabOrder << m_basisBoxes.value(basis);
    }
    tabOrder << m_interestEdit << m_assessmentSection->toggleButton() << m_purposeTestEdit << m_necessityTestEdit
             << m_balancingTestEdit << m_outcomeCombo << m_assessmentDateEdit->checkBox()
             << m_assessmentDateEdit->dateEdit() << m_assessmentReviewerEdit << m_assessmentReferenceEdit << m_lawEdit
             << m_consentObtainedEdit << m_consentWithdrawnEdit << m_consentKeptEdit << m_specialConditionEdit
             << m_schedule1Edit << m_policyDocumentEdit;
    for (Catalogue::Kind kind : Catalogue::listKinds()) {
        tabOrder << m_lists.value(kind);
    }
    tabOrder << m_retentionCombo << m_transfersTable << addTransfer << removeTransfer << m_securityEdit << m_dpiaCombo
             << m_screeningSection->toggleButton() << m_alwaysList << m_considerList << m_screeningDateEdit->checkBox()
             << m_screeningDateEdit->dateEdit() << m_screeningReferenceEdit << m_automatedCombo << m_safeguardsEdit;
    for (PecrUse use : allPecrUses()) {
        tabOrder << m_pecrBoxes.value(use);
    }
    tabOrder << m_reviewedEdit->checkBox() << m_reviewedEdit->dateEdit() << m_reviewedByEdit << m_markReviewedButton;
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
        {m_purposeTestEdit, "bases.assessment"},
        {m_necessityTestEdit, "bases.assessment"},
        {m_balancingTestEdit, "bases.assessment"},
        {m_outcomeCombo, "bases.assessment"},
        {m_assessmentDateEdit->checkBox(), "bases.assessment"},
        {m_assessmentDateEdit->dateEdit(), "bases.assessment"},
        {m_assessmentReviewerEdit, "bases.assessment"},
        {m_assessmentReferenceEdit, "bases.assessment"},
        {m_lawEdit, "bases.law"},
        {m_consentObtainedEdit, "bases.consent"},
        {m_consentWithdrawnEdit, "bases.consent"},
        {m_consentKeptEdit, "bases.consent"},
        {m_specialConditionEdit, "special_condition"},
        {m_schedule1Edit, "schedule1_condition"},
        {m_policyDocumentEdit, "policy_document"},
        {m_lists.value(Catalogue::Kind::Subjects), "subject_categories"},
        {m_lists.value(Catalogue::Kind::DataCategories), "data_categories"},
        {m_lists.value(Catalogue::Kind::Recipients), "recipients"},
        {m_lists.value(Catalogue::Kind::Sources), "sources"},
        {m_retentionCombo, "retention"},
        {m_transfersTable, "transfers"},
        {m_securityEdit, "security_measures"},
        {m_dpiaCombo, "dpia"},
        {m_alwaysList, "dpia_screening"},
        {m_considerList, "dpia_screening"},
        {m_screeningDateEdit->checkBox(), "dpia_screening"},
        {m_screeningDateEdit->dateEdit(), "dpia_screening"},
        {m_screeningReferenceEdit, "dpia_screening"},
        {m_automatedCombo, "automated_decisions"},
        {m_safeguardsEdit, "automated_decisions"},
        {m_reviewedEdit->checkBox(), "last_reviewed"},
        {m_reviewedEdit->dateEdit(), "last_reviewed"},
        {m_reviewedByEdit, "last_reviewed"},
        {m_markReviewedButton, "last_reviewed"},
    };
    for (QCheckBox* box : std::as_const(m_pecrBoxes)) {
        box->setProperty(kFieldProperty, QStringLiteral("pecr"));
    }
    for (const auto& [widget, key] : fields) {
        widget->setProperty(kFieldProperty, QString::fromLatin1(key));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(bases);
    layout->addWidget(who);
    layout->addWidget(care);
    layout->addWidget(accountability);
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

void ActivityForm::buildBasisDetails(QGroupBox* bases)
{
    auto* basesLayout = qobject_cast<QGridLayout*>(bases->layout());

    // Legitimate interests: the interest, and the three-part assessment folded away until wanted.
    m_interestsGroup = new QGroupBox(tr("Legitimate interests"), bases);
    m_interestsGroup->setObjectName(QStringLiteral("legitimateInterestsGroup"));
    auto* interestsLayout = new QFormLayout(m_interestsGroup);
    m_interestLabel->setParent(m_interestsGroup);
    m_interestEdit->setParent(m_interestsGroup);
    m_interestEdit->setObjectName(QStringLiteral("legitimateInterestEdit"));
    m_interestEdit->setToolTip(tr("The interest you rely on, such as \"preventing fraud\"; a legitimate interests "
                                  "assessment should back it."));
    m_interestLabel->setBuddy(m_interestEdit);
    connect(m_interestEdit, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_interestEdit->text().trimmed();
        commitBasisPart(
            Basis::LegitimateInterests, [text](LawfulBasis& b) { b.interest = text; }, tr("legitimate interest"));
    });
    interestsLayout->addRow(m_interestLabel, m_interestEdit);

    m_assessmentSection = new CollapsibleSection(tr("Legitimate interests &assessment"), m_interestsGroup);
    m_assessmentSection->setObjectName(QStringLiteral("assessmentSection"));
    m_assessmentSection->toggleButton()->setObjectName(QStringLiteral("assessmentToggleButton"));
    m_assessmentSection->toggleButton()->setToolTip(
        tr("Show or hide the assessment behind the interest: the purpose, necessity and balancing tests."));
    auto* assessmentLayout = new QFormLayout(m_assessmentSection->content());
    assessmentLayout->setContentsMargins(0, 0, 0, 0);
    m_purposeTestEdit =
        shortTextField(QStringLiteral("purposeTestEdit"),
                       tr("Purpose test: what the interest is, who gains from it and why it matters."), this);
    m_necessityTestEdit = shortTextField(
        QStringLiteral("necessityTestEdit"),
        tr("Necessity test: why this processing is needed for the interest and why a less intrusive way will not do."),
        this);
    m_balancingTestEdit =
        shortTextField(QStringLiteral("balancingTestEdit"),
                       tr("Balancing test: whether people would expect this, the effect on them and the safeguards "
                          "that reduce it."),
                       this);
    m_outcomeCombo = new QComboBox(this);
    m_outcomeCombo->setObjectName(QStringLiteral("assessmentOutcomeComboBox"));
    m_outcomeCombo->setToolTip(tr("What the balancing test concluded."));
    for (AssessmentOutcome outcome : {AssessmentOutcome::NotRecorded, AssessmentOutcome::InterestsNotOverridden,
                                      AssessmentOutcome::InterestsOverridden}) {
        m_outcomeCombo->addItem(assessmentOutcomeName(outcome), static_cast<int>(outcome));
    }
    m_assessmentDateEdit = new OptionalDateEdit(tr("Assessed on"), this);
    m_assessmentDateEdit->setObjectName(QStringLiteral("assessmentDateEdit"));
    m_assessmentDateEdit->setToolTip(tr("The day the assessment was made or last looked at again."));
    m_assessmentReviewerEdit = lineEdit(QStringLiteral("assessmentReviewerEdit"),
                                        tr("Who made or signed off the assessment, such as \"Office manager\"."), this);
    m_assessmentReferenceEdit = lineEdit(
        QStringLiteral("assessmentReferenceEdit"),
        tr("Where the full assessment is kept: a link or a document reference, such as \"LIA-2026-03\"."), this);
    assessmentLayout->addRow(tr("Purpose test:"), m_purposeTestEdit);
    assessmentLayout->addRow(tr("Necessity test:"), m_necessityTestEdit);
    assessmentLayout->addRow(tr("Balancing test:"), m_balancingTestEdit);
    assessmentLayout->addRow(tr("Outcome:"), m_outcomeCombo);
    assessmentLayout->addRow(QString(), m_assessmentDateEdit);
    assessmentLayout->addRow(tr("Assessed by:"), m_assessmentReviewerEdit);
    assessmentLayout->addRow(tr("Full assessment:"), m_assessmentReferenceEdit);
    interestsLayout->addRow(m_assessmentSection);

    const auto commitAssessment = [this] {
        LegitimateInterestsAssessment lia;
        lia.purposeTest = m_purposeTestEdit->toPlainText().trimmed();
        lia.necessityTest = m_necessityTestEdit->toPlainText().trimmed();
        lia.balancingTest = m_balancingTestEdit->toPlainText().trimmed();
        lia.outcome = static_cast<AssessmentOutcome>(m_outcomeCombo->currentData().toInt());
        lia.date = m_assessmentDateEdit->date();
        lia.reviewer = m_assessmentReviewerEdit->text().trimmed();
        lia.reference = m_assessmentReferenceEdit->text().trimmed();
        commitBasisPart(
            Basis::LegitimateInterests, [lia](LawfulBasis& b) { b.assessment = lia; },
            tr("legitimate interests assessment"));
    };
    for (TextField* field : {m_purposeTestEdit, m_necessityTestEdit, m_balancingTestEdit}) {
        connect(field, &TextField::editingFinished, this, commitAssessment);
    }
    connect(m_outcomeCombo, &QComboBox::activated, this, commitAssessment);
    connect(m_assessmentDateEdit, &OptionalDateEdit::edited, this, commitAssessment);
    for (QLineEdit* edit : {m_assessmentReviewerEdit, m_assessmentReferenceEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, commitAssessment);
    }

    // Legal obligation: the law that imposes it.
    m_lawGroup = new QGroupBox(tr("Legal obligation"), bases);
    m_lawGroup->setObjectName(QStringLiteral("legalObligationGroup"));
    auto* lawLayout = new QFormLayout(m_lawGroup);
    m_lawEdit = lineEdit(QStringLiteral("lawEdit"),
                         tr("The law that obliges you to process the data, so anyone can look it up."), m_lawGroup);
    m_lawEdit->setPlaceholderText(tr("e.g. Money Laundering Regulations 2017"));
    connect(m_lawEdit, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_lawEdit->text().trimmed();
        commitBasisPart(
            Basis::LegalObligation, [text](LawfulBasis& b) { b.law = text; }, tr("law"));
    });
    lawLayout->addRow(tr("Law that re&quires it:"), m_lawEdit);

    // Consent: how it is asked for, withdrawn and evidenced (Art. 7).
    m_consentGroup = new QGroupBox(tr("Consent"), bases);
    m_consentGroup->setObjectName(QStringLiteral("consentGroup"));
    auto* consentLayout = new QFormLayout(m_consentGroup);
    m_consentObtainedEdit =
        lineEdit(QStringLiteral("consentObtainedEdit"),
                 tr("How people give consent, such as \"an unticked box on the sign-up form\"."), m_consentGroup);
    m_consentWithdrawnEdit =
        lineEdit(QStringLiteral("consentWithdrawnEdit"),
                 tr("How people take consent back; it must be as easy as giving it, such as \"the unsubscribe link\"."),
                 m_consentGroup);
    m_consentKeptEdit = lineEdit(QStringLiteral("consentKeptEdit"),
                                 tr("Where the records of who consented, when and to what are kept, such as "
                                    "\"the mailing list system\"."),
                                 m_consentGroup);
    const auto commitConsent = [this] {
        const ConsentRecord record{m_consentObtainedEdit->text().trimmed(), m_consentWithdrawnEdit->text().trimmed(),
                                   m_consentKeptEdit->text().trimmed()};
        commitBasisPart(
            Basis::Consent, [record](LawfulBasis& b) { b.consent = record; }, tr("consent record"));
    };
    for (QLineEdit* edit : {m_consentObtainedEdit, m_consentWithdrawnEdit, m_consentKeptEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, commitConsent);
    }
    consentLayout->addRow(tr("How consent is &given:"), m_consentObtainedEdit);
    consentLayout->addRow(tr("How it is withdrawn:"), m_consentWithdrawnEdit);
    consentLayout->addRow(tr("Where records are kept:"), m_consentKeptEdit);

    basesLayout->addWidget(m_interestsGroup, 3, 0, 1, 2);
    basesLayout->addWidget(m_lawGroup, 4, 0, 1, 2);
    basesLayout->addWidget(m_consentGroup, 5, 0, 1, 2);

    // The conditions special category and criminal offence data need besides a basis.
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
    m_schedule1Edit = lineEdit(QStringLiteral("schedule1ConditionEdit"),
                               tr("The condition in Schedule 1 of the Data Protection Act 2018 that criminal offence "
                                  "data, and several Art. 9(2) conditions, rely on."),
                               bases);
    m_schedule1Edit->setPlaceholderText(tr("e.g. Sch. 1 para 1, employment, social security and social protection"));
    connect(m_schedule1Edit, &QLineEdit::editingFinished, this, [this] {
        commitText(&Activity::schedule1Condition, m_schedule1Edit->text().trimmed(), tr("Schedule 1 condition"));
    });
    m_policyDocumentEdit = lineEdit(QStringLiteral("policyDocumentEdit"),
                                    tr("Where the appropriate policy document is (DPA 2018 Sch. 1 Part 4): a link "
                                       "or a document reference."),
                                    bases);
    connect(m_policyDocumentEdit, &QLineEdit::editingFinished, this, [this] {
        commitText(&Activity::policyDocument, m_policyDocumentEdit->text().trimmed(), tr("policy document"));
    });
    const QList<std::pair<QString, QLineEdit*>> conditions = {{tr("Art. 9/10 &condition:"), m_specialConditionEdit},
                                                              {tr("Sc&hedule 1 condition:"), m_schedule1Edit},
                                                              {tr("Po&licy document:"), m_policyDocumentEdit}};
    int row = 6;
    for (const auto& [text, edit] : conditions) {
        auto* label = new QLabel(text, bases);
        label->setBuddy(edit);
        basesLayout->addWidget(label, row, 0);
        basesLayout->addWidget(edit, row, 1);
        ++row;
    }
    m_specialConditionHint->setObjectName(QStringLiteral("specialConditionHint"));
    m_specialConditionHint->setWordWrap(true);
    basesLayout->addWidget(m_specialConditionHint, row, 0, 1, 2);
}

QGroupBox* ActivityForm::buildAccountability()
{
    auto* group = new QGroupBox(tr("Risk, automated decisions, marketing and review"), this);
    auto* layout = new QFormLayout(group);

    m_dpiaCombo->setParent(group);
    m_dpiaCombo->setObjectName(QStringLiteral("dpiaComboBox"));
    m_dpiaCombo->setToolTip(tr("Where the data protection impact assessment (Art. 35) of this activity stands."));
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
    layout->addRow(tr("DPIA stat&us:"), m_dpiaCombo);

    // The ICO's screening checklist, folded away under its result.
    m_screeningSection = new CollapsibleSection(tr("DPIA scr&eening checklist"), group);
    m_screeningSection->setObjectName(QStringLiteral("screeningSection"));
    m_screeningSection->toggleButton()->setObjectName(QStringLiteral("screeningToggleButton"));
    m_screeningSection->toggleButton()->setToolTip(
        tr("Show or hide the ICO's screening questions that tell whether this activity needs a DPIA."));
    auto* screeningLayout = new QVBoxLayout(m_screeningSection->content());
    screeningLayout->setContentsMargins(0, 0, 0, 0);
    m_alwaysList = criteriaList(QStringLiteral("dpiaAlwaysList"), true, this);
    m_alwaysList->setToolTip(tr("Tick what the processing involves; any one of these always needs a DPIA."));
    m_considerList = criteriaList(QStringLiteral("dpiaConsiderList"), false, this);
    m_considerList->setToolTip(tr("Tick what the processing involves; two or more of these usually mean a DPIA."));
    auto* alwaysLabel = new QLabel(tr("Always needs a DPIA:"), this);
    alwaysLabel->setBuddy(m_alwaysList);
    auto* considerLabel = new QLabel(tr("Consider a DPIA (two or more usually mean one is needed):"), this);
    considerLabel->setWordWrap(true);
    considerLabel->setBuddy(m_considerList);
    screeningLayout->addWidget(alwaysLabel);
    screeningLayout->addWidget(m_alwaysList);
    screeningLayout->addWidget(considerLabel);
    screeningLayout->addWidget(m_considerList);
    m_screeningDateEdit = new OptionalDateEdit(tr("Screened on"), this);
    m_screeningDateEdit->setObjectName(QStringLiteral("screeningDateEdit"));
    m_screeningDateEdit->setToolTip(tr("The day the activity was screened against the checklist."));
    m_screeningReferenceEdit = lineEdit(QStringLiteral("screeningReferenceEdit"),
                                        tr("A link or reference to the full DPIA, where there is one."), this);
    auto* screeningForm = new QFormLayout;
    screeningForm->addRow(QString(), m_screeningDateEdit);
    screeningForm->addRow(tr("Full DPIA:"), m_screeningReferenceEdit);
    screeningLayout->addLayout(screeningForm);
    layout->addRow(m_screeningSection);
    m_screeningResultLabel = new QLabel(group);
    m_screeningResultLabel->setObjectName(QStringLiteral("screeningResultLabel"));
    m_screeningResultLabel->setWordWrap(true);
    layout->addRow(m_screeningResultLabel);
    for (QListWidget* list : {m_alwaysList, m_considerList}) {
        connect(list, &QListWidget::itemChanged, this, &ActivityForm::commitScreening);
        list->installEventFilter(this);
    }
    connect(m_screeningDateEdit, &OptionalDateEdit::edited, this, &ActivityForm::commitScreening);
    connect(m_screeningReferenceEdit, &QLineEdit::editingFinished, this, &ActivityForm::commitScreening);

    // Automated decisions (Art. 22) and their safeguards, asked for only where there are some.
    m_automatedCombo = new QComboBox(group);
    m_automatedCombo->setObjectName(QStringLiteral("automatedDecisionsComboBox"));
    m_automatedCombo->setToolTip(tr("Article 22: whether decisions with legal or similarly significant effects are "
                                    "made about people without a person involved."));
    for (AutomatedDecisionStatus status :
         {AutomatedDecisionStatus::NotAssessed, AutomatedDecisionStatus::No, AutomatedDecisionStatus::Yes}) {
        m_automatedCombo->addItem(automatedDecisionStatusName(status), static_cast<int>(status));
    }
    m_safeguardsEdit = shortTextField(QStringLiteral("safeguardsEdit"),
                                      tr("How a person can get a human to look at the decision, give their view "
                                         "and challenge it (Art. 22(3))."),
                                      group);
    m_safeguardsLabel = new QLabel(tr("Safe&guards:"), group);
    m_safeguardsLabel->setBuddy(m_safeguardsEdit);
    const auto commitAutomated = [this] {
        std::optional<Activity> changed = current();
        if (changed) {
            changed->automatedDecisions = {
                static_cast<AutomatedDecisionStatus>(m_automatedCombo->currentData().toInt()),
                m_safeguardsEdit->toPlainText().trimmed()};
            commit(*changed, tr("automated decisions"));
        }
    };
    connect(m_automatedCombo, &QComboBox::activated, this, commitAutomated);
    connect(m_safeguardsEdit, &TextField::editingFinished, this, commitAutomated);
    layout->addRow(tr("Automated &decisions:"), m_automatedCombo);
    layout->addRow(m_safeguardsLabel, m_safeguardsEdit);

    // Marketing and cookies, which PECR governs beside UK GDPR.
    auto* pecr = new QVBoxLayout;
    for (PecrUse use : allPecrUses()) {
        auto* box = new QCheckBox(pecrUseName(use), group);
        box->setObjectName(QStringLiteral("pecrCheckBox_") + pecrUseKey(use));
        box->setToolTip(use == PecrUse::ElectronicMarketing
                            ? tr("This activity sends marketing by email, text or phone; PECR asks for consent or, "
                                 "for existing customers, the soft opt-in.")
                            : tr("This activity uses cookies or similar technology that the website does not strictly "
                                 "need, analytics included; PECR asks for consent."));
        connect(box, &QCheckBox::toggled, this, &ActivityForm::commitPecr);
        pecr->addWidget(box);
        m_pecrBoxes.insert(use, box);
    }
    layout->addRow(tr("PECR:"), pecr);

    // The activity's own review, with a button for the usual case: checked today by whoever is signed in.
    m_reviewedEdit = new OptionalDateEdit(tr("Last re&viewed on"), group);
    m_reviewedEdit->setObjectName(QStringLiteral("activityReviewedEdit"));
    m_reviewedEdit->setToolTip(tr("The day someone last checked this entry against what actually happens."));
    m_reviewedByEdit = lineEdit(QStringLiteral("activityReviewedByEdit"), tr("Who last checked this entry."), group);
    m_markReviewedButton = new QPushButton(tr("Mar&k reviewed today"), group);
    m_markReviewedButton->setObjectName(QStringLiteral("markReviewedButton"));
    m_markReviewedButton->setToolTip(
        tr("Record that this entry was checked today, by %1; one step you can undo.").arg(m_document.actor()));
    const auto commitReview = [this] {
        std::optional<Activity> changed = current();
        if (changed) {
            changed->lastReviewed = m_reviewedEdit->date();
            changed->reviewedBy = m_reviewedByEdit->text().trimmed();
            commit(*changed, tr("review"));
        }
    };
    connect(m_reviewedEdit, &OptionalDateEdit::edited, this, commitReview);
    connect(m_reviewedByEdit, &QLineEdit::editingFinished, this, commitReview);
    connect(m_markReviewedButton, &QPushButton::clicked, this, [this] {
        std::optional<Activity> changed = current();
        if (changed) {
            changed->lastReviewed = QDate::currentDate();
            changed->reviewedBy = m_document.actor();
            commit(*changed, tr("review"));
        }
    });
    auto* reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_reviewedEdit);
    reviewRow->addWidget(m_markReviewedButton);
    layout->addRow(reviewRow);
    layout->addRow(tr("Reviewed by:"), m_reviewedByEdit);
    return group;
}

bool ActivityForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && (watched == m_alwaysList || watched == m_considerList)) {
        // The lines wrap anew at the new width; measure once the list has laid them out.
        QPointer<QListWidget> list = static_cast<QListWidget*>(watched);
        QTimer::singleShot(0, this, [this, list] {
            if (list) {
                fitCriteriaList(list);
            }
        });
    }
    return QWidget::eventFilter(watched, event);
}

void ActivityForm::fitCriteriaList(QListWidget* list)
{
    if (list->count() == 0) {
        return;
    }
    list->doItemsLayout();
    const QRect last = list->visualItemRect(list->item(list->count() - 1));
    const int height = last.bottom() + 1 + list->verticalScrollBar()->value() + 2 * list->frameWidth() + 2;
    if (height != list->height()) {
        list->setFixedHeight(height);
    }
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
    // A folded section opens when it holds the field.
    for (CollapsibleSection* section : findChildren<CollapsibleSection*>()) {
        for (QWidget* inside : section->content()->findChildren<QWidget*>()) {
            if (inside->property(kFieldProperty).toString() == key) {
                section->setExpanded(true);
                break;
            }
        }
    }
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
    const QString id = index >= 0 && index < activities.size() ? activities.at(index).id : QString();
    if (id != m_id) {
        // A purpose refused for one activity is not carried over to the next.
        m_purposeErrorLabel->hide();
    }
    m_id = id;
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
    QList<QWidget*> widgets = {m_purposeEdit,
                               m_descriptionEdit,
                               m_businessFunctionEdit,
                               m_interestEdit,
                               m_purposeTestEdit,
                               m_necessityTestEdit,
                               m_balancingTestEdit,
                               m_outcomeCombo,
                               m_assessmentReviewerEdit,
                               m_assessmentReferenceEdit,
                               m_lawEdit,
                               m_consentObtainedEdit,
                               m_consentWithdrawnEdit,
                               m_consentKeptEdit,
                               m_specialConditionEdit,
                               m_schedule1Edit,
                               m_policyDocumentEdit,
                               m_retentionCombo,
                               m_transfersTable,
                               m_securityEdit,
                               m_dpiaCombo,
                               m_alwaysList,
                               m_considerList,
                               m_screeningReferenceEdit,
                               m_automatedCombo,
                               m_safeguardsEdit,
                               m_reviewedByEdit};
    for (QCheckBox* box : std::as_const(m_basisBoxes)) {
        widgets << box;
    }
    for (QCheckBox* box : std::as_const(m_pecrBoxes)) {
        widgets << box;
    }
    for (QListWidget* list : std::as_const(m_lists)) {
        widgets << list;
    }
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* widget : widgets) {
        blockers.push_back(std::make_unique<QSignalBlocker>(widget));
    }

    if (m_purposeErrorLabel->isHidden()) {
        setLineIfChanged(m_purposeEdit, a.purpose); // else the field keeps what the user is putting right
    }
    m_descriptionEdit->setTextIfChanged(a.description);
    setLineIfChanged(m_businessFunctionEdit, a.businessFunction);
    for (auto it = m_basisBoxes.cbegin(); it != m_basisBoxes.cend(); ++it) {
        it.value()->setChecked(a.hasBasis(it.key()));
    }
    const LawfulBasis* interest = a.findBasis(Basis::LegitimateInterests);
    setLineIfChanged(m_interestEdit, interest ? interest->interest : QString());
    const LegitimateInterestsAssessment lia = interest ? interest->assessment : LegitimateInterestsAssessment{};
    m_purposeTestEdit->setTextIfChanged(lia.purposeTest);
    m_necessityTestEdit->setTextIfChanged(lia.necessityTest);
    m_balancingTestEdit->setTextIfChanged(lia.balancingTest);
    m_outcomeCombo->setCurrentIndex(qMax(0, m_outcomeCombo->findData(static_cast<int>(lia.outcome))));
    m_assessmentDateEdit->setDate(lia.date);
    setLineIfChanged(m_assessmentReviewerEdit, lia.reviewer);
    setLineIfChanged(m_assessmentReferenceEdit, lia.reference);
    m_assessmentSection->setSummary(lia.isEmpty()          ? tr("not recorded")
                                        : lia.isComplete() ? tr("complete")
                                                           : tr("incomplete"));
    const LawfulBasis* obligation = a.findBasis(Basis::LegalObligation);
    setLineIfChanged(m_lawEdit, obligation ? obligation->law : QString());
    const LawfulBasis* consent = a.findBasis(Basis::Consent);
    const ConsentRecord record = consent ? consent->consent : ConsentRecord{};
    setLineIfChanged(m_consentObtainedEdit, record.howObtained);
    setLineIfChanged(m_consentWithdrawnEdit, record.howWithdrawn);
    setLineIfChanged(m_consentKeptEdit, record.whereKept);
    setLineIfChanged(m_specialConditionEdit, a.specialCondition.value_or(QString()));
    setLineIfChanged(m_schedule1Edit, a.schedule1Condition);
    setLineIfChanged(m_policyDocumentEdit, a.policyDocument);
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
    for (QListWidget* list : {m_alwaysList, m_considerList}) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            const auto criterion = static_cast<DpiaCriterion>(item->data(kIdRole).toInt());
            item->setCheckState(a.dpiaScreening.has(criterion) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_screeningDateEdit->setDate(a.dpiaScreening.date);
    setLineIfChanged(m_screeningReferenceEdit, a.dpiaScreening.reference);
    const qsizetype ticked = a.dpiaScreening.criteria.size();
    m_screeningSection->setSummary(ticked == 0 ? tr("nothing ticked") : tr("%n ticked", nullptr, int(ticked)));
    // The domain says what the ticks mean; the form only reports it.
    m_screeningResultLabel->setText(ticked == 0 && !a.dpiaScreening.date
                                        ? tr("Not screened yet: open the checklist to see whether a DPIA is needed.")
                                        : a.dpiaScreening.callsForDpia()
                                        ? tr("The screening calls for a DPIA.")
                                        : tr("The screening does not call for a DPIA."));
    m_automatedCombo->setCurrentIndex(
        qMax(0, m_automatedCombo->findData(static_cast<int>(a.automatedDecisions.status))));
    m_safeguardsEdit->setTextIfChanged(a.automatedDecisions.safeguards);
    for (auto it = m_pecrBoxes.cbegin(); it != m_pecrBoxes.cend(); ++it) {
        it.value()->setChecked(a.pecr.contains(it.key()));
    }
    m_reviewedEdit->setDate(a.lastReviewed);
    setLineIfChanged(m_reviewedByEdit, a.reviewedBy);
    updateEnabled();
}

void ActivityForm::updateEnabled()
{
    const std::optional<Activity> a = current();
    const bool li = a && a->hasBasis(Basis::LegitimateInterests);
    // Each basis's own details show only while it is ticked.
    m_interestsGroup->setVisible(li);
    m_lawGroup->setVisible(a && a->hasBasis(Basis::LegalObligation));
    m_consentGroup->setVisible(a && a->hasBasis(Basis::Consent));
    const bool automated = a && a->automatedDecisions.status == AutomatedDecisionStatus::Yes;
    m_safeguardsLabel->setVisible(automated);
    m_safeguardsEdit->setVisible(automated);

    // The condition is asked for only where the chosen data needs one.
    QStringList sensitive;
    if (a) {
        for (const DataCategory* c : RegisterIndex(m_document.reg()).sensitiveData(*a)) {
            sensitive << QStringLiteral("%1 (%2)").arg(c->name, specialCategoryName(c->special));
        }
    }
    m_specialConditionEdit->setEnabled(!sensitive.isEmpty());
    m_schedule1Edit->setEnabled(!sensitive.isEmpty());
    m_policyDocumentEdit->setEnabled(!sensitive.isEmpty());
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

void ActivityForm::commitBasisPart(Basis basis, const std::function<void(LawfulBasis&)>& change, const QString& field)
{
    std::optional<Activity> changed = current();
    if (!changed) {
        return;
    }
    for (LawfulBasis& b : changed->bases) {
        if (b.basis == basis) {
            change(b);
        }
    }
    commit(*changed, field);
}

void ActivityForm::commitScreening()
{
    std::optional<Activity> changed = current();
    if (!changed) {
        return;
    }
    QList<DpiaCriterion> criteria;
    for (QListWidget* list : {m_alwaysList, m_considerList}) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                criteria << static_cast<DpiaCriterion>(list->item(i)->data(kIdRole).toInt());
            }
        }
    }
    changed->dpiaScreening = {DpiaScreening::normalised(criteria), m_screeningDateEdit->date(),
                              m_screeningReferenceEdit->text().trimmed()};
    commit(*changed, tr("DPIA screening"));
}

void ActivityForm::commitPecr()
{
    std::optional<Activity> changed = current();
    if (!changed) {
        return;
    }
    QList<PecrUse> uses;
    for (PecrUse use : allPecrUses()) {
        if (m_pecrBoxes.value(use)->isChecked()) {
            uses << use;
        }
    }
    changed->pecr = uses;
    commit(*changed, tr("PECR"));
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
