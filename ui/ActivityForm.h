#pragma once

#include "domain/Activity.h"
#include "domain/Catalogue.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class CollapsibleSection;
class OptionalDateEdit;
class TextField;

// Everything Article 30 asks about one activity, as a form. Each change is saved at once as an undoable edit
// named after the field; the form follows the activity through undo, redo and moves by its id.
class ActivityForm : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityForm(session::RegisterDocument& document, QWidget* parent = nullptr);

    // Shows the activity at index, or an empty, disabled form for -1.
    void showActivity(qsizetype index);
    qsizetype activityIndex() const;
    // Puts the cursor in the purpose with the text chosen, for typing over a new activity's placeholder.
    void focusPurpose();
    // Scrolls to the field with the .ropa.json key (the widget whose "ropaField" property holds it) and gives it the
    // keyboard focus, for a finding that names it; a key inside a basis ("bases.law") falls back to "bases" where
    // the form has no widget of its own for it. False when the form has no such field shown.
    bool focusField(const QString& key);
    // The name of the property that holds a widget's .ropa.json key.
    static constexpr const char* kFieldProperty = "ropaField";

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Makes a screening list as high as its wrapped lines, so the whole checklist reads without a scroll bar.
    void fitCriteriaList(QListWidget* list);
    void buildLists();
    void load();
    // The activity as the document has it now; edits start from this.
    std::optional<Activity> current() const;
    void commit(const Activity& changed, const QString& field);
    void commitText(QString Activity::*member, const QString& value, const QString& field);
    void commitBasis(Basis basis, bool on);
    // Changes the part of the activity's basis that only that basis has (its law, assessment, consent record).
    void commitBasisPart(Basis basis, const std::function<void(LawfulBasis&)>& change, const QString& field);
    void commitScreening();
    void commitPecr();
    void buildBasisDetails(QGroupBox* bases);
    QGroupBox* buildAccountability();
    void commitReferences(Catalogue::Kind kind);
    void commitTransfers();
    void updateEnabled();

    session::RegisterDocument& m_document;
    QString m_id; // the activity shown
    QLineEdit* m_purposeEdit = nullptr;
    // Why what was typed as the purpose was not saved; shown, the purpose field holds what was refused, not what is
    // saved.
    QLabel* m_purposeErrorLabel = nullptr;
    TextField* m_descriptionEdit = nullptr;
    QLineEdit* m_businessFunctionEdit = nullptr;
    QHash<Basis, QCheckBox*> m_basisBoxes;
    QLabel* m_interestLabel = nullptr;
    QLineEdit* m_interestEdit = nullptr;
    // The legitimate interests assessment.
    QGroupBox* m_interestsGroup = nullptr;
    CollapsibleSection* m_assessmentSection = nullptr;
    TextField* m_purposeTestEdit = nullptr;
    TextField* m_necessityTestEdit = nullptr;
    TextField* m_balancingTestEdit = nullptr;
    QComboBox* m_outcomeCombo = nullptr;
    OptionalDateEdit* m_assessmentDateEdit = nullptr;
    QLineEdit* m_assessmentReviewerEdit = nullptr;
    QLineEdit* m_assessmentReferenceEdit = nullptr;
    // The law behind a legal obligation.
    QGroupBox* m_lawGroup = nullptr;
    QLineEdit* m_lawEdit = nullptr;
    // The consent record.
    QGroupBox* m_consentGroup = nullptr;
    QLineEdit* m_consentObtainedEdit = nullptr;
    QLineEdit* m_consentWithdrawnEdit = nullptr;
    QLineEdit* m_consentKeptEdit = nullptr;
    QLineEdit* m_specialConditionEdit = nullptr;
    QLineEdit* m_schedule1Edit = nullptr;
    QLineEdit* m_policyDocumentEdit = nullptr;
    QLabel* m_specialConditionHint = nullptr;
    QHash<Catalogue::Kind, QListWidget*> m_lists;
    QComboBox* m_retentionCombo = nullptr;
    QTableWidget* m_transfersTable = nullptr;
    TextField* m_securityEdit = nullptr;
    QComboBox* m_dpiaCombo = nullptr;
    CollapsibleSection* m_screeningSection = nullptr;
    QListWidget* m_alwaysList = nullptr; // the checklist's "always needs a DPIA" criteria
    QListWidget* m_considerList = nullptr; // and its "consider a DPIA" ones
    OptionalDateEdit* m_screeningDateEdit = nullptr;
    QLineEdit* m_screeningReferenceEdit = nullptr;
    QLabel* m_screeningResultLabel = nullptr;
    QComboBox* m_automatedCombo = nullptr;
    QLabel* m_safeguardsLabel = nullptr;
    TextField* m_safeguardsEdit = nullptr;
    QHash<PecrUse, QCheckBox*> m_pecrBoxes;
    OptionalDateEdit* m_reviewedEdit = nullptr;
    QLineEdit* m_reviewedByEdit = nullptr;
    QPushButton* m_markReviewedButton = nullptr;
    // Every widget that shows a part of the activity, so load() can fill them without saving anything.
    QList<QWidget*> m_fieldWidgets;
};

} // namespace ropa::ui
