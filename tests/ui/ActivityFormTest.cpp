#include "ActivityForm.h"

#include "OrganisationDialog.h"
#include "TestSupport.h"
#include "TextField.h"
#include "domain/RegisterIndex.h"
#include "formats/DemoRegister.h"
#include "session/RegisterDocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace ropa;
using ui::TextField;

// The activity form's accountability fields on a temporary copy of the KJM demo register: each edit reaches the
// register in memory and the file, and one undo takes it back.
class ActivityFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_original = formats::DemoRegister::load().value();
        QVERIFY(open(m_original));
    }

    void cleanup()
    {
        m_scroll.reset();
        m_document.reset();
        m_dir.reset();
    }

    void basisDetailsShowOnlyWhileTheBasisIsTicked()
    {
        const qsizetype index = indexWhere([](const Activity& a) { return !a.hasBasis(Basis::Consent); });
        m_form->showActivity(index);
        auto* consent = child<QWidget>("consentGroup");
        QVERIFY(!consent->isVisibleTo(m_form));
        child<QCheckBox>("basisCheckBox_consent")->setChecked(true);
        QVERIFY(consent->isVisibleTo(m_form));
        m_document->undoStack()->undo();
        QVERIFY(!consent->isVisibleTo(m_form));

        const qsizetype li = indexWhere([](const Activity& a) { return a.hasBasis(Basis::LegitimateInterests); });
        m_form->showActivity(li);
        QVERIFY(child<QWidget>("legitimateInterestsGroup")->isVisibleTo(m_form));
        const qsizetype noLi = indexWhere([](const Activity& a) { return !a.hasBasis(Basis::LegitimateInterests); });
        m_form->showActivity(noLi);
        QVERIFY(!child<QWidget>("legitimateInterestsGroup")->isVisibleTo(m_form));
    }

    void theAssessmentIsOneUndoableEdit()
    {
        const qsizetype index = indexWhere([](const Activity& a) { return a.hasBasis(Basis::LegitimateInterests); });
        m_form->showActivity(index);
        auto* balancing = child<TextField>("balancingTestEdit");
        balancing->setPlainText(QStringLiteral("Customers expect us to check for fraud."));
        Q_EMIT balancing->editingFinished();
        auto* outcome = child<QComboBox>("assessmentOutcomeComboBox");
        outcome->setCurrentIndex(outcome->findData(static_cast<int>(AssessmentOutcome::InterestsNotOverridden)));
        Q_EMIT outcome->activated(outcome->currentIndex());
        auto* date = child<QWidget>("assessmentDateEdit");
        date->findChild<QCheckBox*>()->setChecked(true);
        date->findChild<QDateEdit*>()->setDate(QDate(2026, 10, 5));
        Q_EMIT date->findChild<QDateEdit*>()->editingFinished();
        for (const Activity& a : {m_document->reg().activities.at(index), stored().activities.at(index)}) {
            const LegitimateInterestsAssessment& lia = a.findBasis(Basis::LegitimateInterests)->assessment;
            QCOMPARE(lia.balancingTest, QStringLiteral("Customers expect us to check for fraud."));
            QCOMPARE(lia.outcome, AssessmentOutcome::InterestsNotOverridden);
            QCOMPARE(lia.date, std::optional<QDate>(QDate(2026, 10, 5)));
        }
        // Ticking "Assessed on" records today, and the date typed after it is a second edit: four in all.
        QCOMPARE(m_document->undoStack()->count(), 4);
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(index).findBasis(Basis::LegitimateInterests)->assessment.date,
                 std::optional<QDate>(QDate::currentDate()));
        undoTimes(3);
        QCOMPARE(stored().activities.at(index), m_original.activities.at(index));
        QCOMPARE(balancing->toPlainText(),
                 m_original.activities.at(index).findBasis(Basis::LegitimateInterests)->assessment.balancingTest);
    }

    void theLawAndTheConsentRecordAreSaved()
    {
        const qsizetype index = indexWhere([](const Activity& a) { return a.hasBasis(Basis::LegalObligation); });
        m_form->showActivity(index);
        child<QCheckBox>("basisCheckBox_consent")->setChecked(true);
        auto* law = child<QLineEdit>("lawEdit");
        QCOMPARE(law->placeholderText(), QStringLiteral("e.g. Money Laundering Regulations 2017"));
        law->setText(QStringLiteral("Money Laundering Regulations 2017"));
        Q_EMIT law->editingFinished();
        auto* kept = child<QLineEdit>("consentKeptEdit");
        kept->setText(QStringLiteral("The mailing list system"));
        Q_EMIT kept->editingFinished();
        const Activity saved = stored().activities.at(index);
        QCOMPARE(saved.findBasis(Basis::LegalObligation)->law, QStringLiteral("Money Laundering Regulations 2017"));
        QCOMPARE(saved.findBasis(Basis::Consent)->consent.whereKept, QStringLiteral("The mailing list system"));
        QCOMPARE(m_document->reg().activities.at(index), saved);
        m_document->undoStack()->undo();
        QVERIFY(stored().activities.at(index).findBasis(Basis::Consent)->consent.whereKept.isEmpty());
        QCOMPARE(stored().activities.at(index).findBasis(Basis::LegalObligation)->law,
                 QStringLiteral("Money Laundering Regulations 2017"));
        undoTimes(2);
        QCOMPARE(stored().activities.at(index), m_original.activities.at(index));
    }

    void schedule1ConditionIsAskedForWhereSensitiveDataIs()
    {
        const RegisterIndex lookup(m_document->reg());
        const qsizetype plain = indexWhere([&](const Activity& a) { return !lookup.usesSpecialData(a); });
        m_form->showActivity(plain);
        QVERIFY(!child<QLineEdit>("schedule1ConditionEdit")->isEnabled());
        QVERIFY(!m_form->focusField(QStringLiteral("schedule1_condition")));
        const qsizetype sensitive = indexWhere([&](const Activity& a) { return lookup.usesSpecialData(a); });
        m_form->showActivity(sensitive);
        auto* schedule1 = child<QLineEdit>("schedule1ConditionEdit");
        QVERIFY(schedule1->isEnabled());
        schedule1->setText(QStringLiteral("Sch. 1 para 1, employment"));
        Q_EMIT schedule1->editingFinished();
        auto* policy = child<QLineEdit>("policyDocumentEdit");
        policy->setText(QStringLiteral("APD-2026"));
        Q_EMIT policy->editingFinished();
        QCOMPARE(stored().activities.at(sensitive).schedule1Condition, QStringLiteral("Sch. 1 para 1, employment"));
        QCOMPARE(stored().activities.at(sensitive).policyDocument, QStringLiteral("APD-2026"));
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(sensitive).policyDocument, m_original.activities.at(sensitive).policyDocument);
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(sensitive), m_original.activities.at(sensitive));
    }

    void eachScreeningTickIsOneEditAndTheDomainSaysWhatItMeans()
    {
        m_form->showActivity(0);
        Activity start = m_original.activities.at(0);
        QVERIFY(start.dpiaScreening.criteria.isEmpty());
        auto* always = child<QListWidget>("dpiaAlwaysList");
        auto* consider = child<QListWidget>("dpiaConsiderList");
        QCOMPARE(always->count(), kDpiaAlwaysCriteria);
        QCOMPARE(consider->count(), kDpiaCriterionCount - kDpiaAlwaysCriteria);
        QCOMPARE(always->item(0)->text(), dpiaCriterionName(DpiaCriterion::SignificantAutomatedDecisions));
        consider->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(stored().activities.at(0).dpiaScreening.criteria,
                 QList<DpiaCriterion>{DpiaCriterion::EvaluationOrScoring});
        QCOMPARE(child<QLabel>("screeningResultLabel")->text(),
                 QStringLiteral("The screening does not call for a DPIA."));
        consider->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(child<QLabel>("screeningResultLabel")->text(), QStringLiteral("The screening calls for a DPIA."));
        QCOMPARE(m_document->reg().activities.at(0).dpiaScreening.criteria.size(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(0).dpiaScreening.criteria,
                 QList<DpiaCriterion>{DpiaCriterion::EvaluationOrScoring});
        QCOMPARE(consider->item(1)->checkState(), Qt::Unchecked);
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(0), start);
    }

    void automatedDecisionsYesAsksForSafeguards()
    {
        const qsizetype index =
            indexWhere([](const Activity& a) { return a.automatedDecisions.status != AutomatedDecisionStatus::Yes; });
        m_form->showActivity(index);
        auto* combo = child<QComboBox>("automatedDecisionsComboBox");
        auto* safeguards = child<TextField>("safeguardsEdit");
        QVERIFY(!safeguards->isVisibleTo(m_form));
        combo->setCurrentIndex(combo->findData(static_cast<int>(AutomatedDecisionStatus::Yes)));
        Q_EMIT combo->activated(combo->currentIndex());
        QVERIFY(safeguards->isVisibleTo(m_form));
        QCOMPARE(stored().activities.at(index).automatedDecisions.status, AutomatedDecisionStatus::Yes);
        safeguards->setPlainText(QStringLiteral("A manager reviews every refusal."));
        Q_EMIT safeguards->editingFinished();
        QCOMPARE(stored().activities.at(index).automatedDecisions.safeguards,
                 QStringLiteral("A manager reviews every refusal."));
        undoTimes(2);
        QCOMPARE(stored().activities.at(index), m_original.activities.at(index));
        QVERIFY(!safeguards->isVisibleTo(m_form));
    }

    void pecrUsesAreTicked()
    {
        const qsizetype index = indexWhere([](const Activity& a) { return a.pecr.isEmpty(); });
        m_form->showActivity(index);
        child<QCheckBox>(QStringLiteral("pecrCheckBox_") + pecrUseKey(PecrUse::NonEssentialCookies))->setChecked(true);
        QCOMPARE(stored().activities.at(index).pecr, QList<PecrUse>{PecrUse::NonEssentialCookies});
        QCOMPARE(m_document->reg().activities.at(index).pecr, QList<PecrUse>{PecrUse::NonEssentialCookies});
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(index), m_original.activities.at(index));
    }

    void markReviewedSetsTheDateAndTheActorInOneStep()
    {
        m_form->showActivity(1);
        const int before = m_document->undoStack()->count();
        child<QPushButton>("markReviewedButton")->click();
        QCOMPARE(m_document->undoStack()->count(), before + 1);
        const Activity saved = stored().activities.at(1);
        QCOMPARE(saved.lastReviewed, std::optional<QDate>(QDate::currentDate()));
        QCOMPARE(saved.reviewedBy, m_document->actor());
        QVERIFY(!saved.reviewedBy.isEmpty());
        QCOMPARE(child<QLineEdit>("activityReviewedByEdit")->text(), m_document->actor());
        m_document->undoStack()->undo();
        QCOMPARE(stored().activities.at(1), m_original.activities.at(1));
    }

    void focusFieldReachesEveryNewField_data()
    {
        QTest::addColumn<QString>("key");
        for (const char* key : {"bases.law", "bases.assessment", "bases.consent", "dpia_screening",
                                "automated_decisions", "schedule1_condition", "pecr", "last_reviewed"}) {
            QTest::newRow(key) << QString::fromLatin1(key);
        }
    }

    void focusFieldReachesEveryNewField()
    {
        QFETCH(QString, key);
        const RegisterIndex lookup(m_document->reg());
        const qsizetype index = indexWhere([&](const Activity& a) { return lookup.usesSpecialData(a); });
        m_form->showActivity(index);
        // Every basis ticked, so each basis's details are there to focus.
        for (Basis basis : kAllBases) {
            m_document->setBasis(index, basis, true);
        }
        m_scroll->activateWindow();
        QVERIFY(m_form->focusField(key));
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->property(ui::ActivityForm::kFieldProperty).toString(), key);
    }

    void tabGoesDownTheNewFieldsAsTheyRead()
    {
        const qsizetype index = indexWhere([](const Activity& a) { return a.hasBasis(Basis::LegalObligation); });
        m_form->showActivity(index);
        m_document->setBasis(index, Basis::Consent, true);
        m_scroll->activateWindow();
        child<QLineEdit>("lawEdit")->setFocus(Qt::TabFocusReason);
        const QStringList expected = {QStringLiteral("consentObtainedEdit"), QStringLiteral("consentWithdrawnEdit"),
                                      QStringLiteral("consentKeptEdit")};
        for (const QString& name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        child<QComboBox>("dpiaComboBox")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("screeningToggleButton"));
    }

    void organisationDialogSavesTheReviewAndPecrDeclared()
    {
        ui::OrganisationDialog dialog(*m_document);
        dialog.findChild<QPushButton*>(QStringLiteral("markReviewedButton"))->click();
        dialog
            .findChild<QCheckBox*>(QStringLiteral("pecrDeclaredCheckBox_") + pecrUseKey(PecrUse::ElectronicMarketing))
            ->setChecked(true);
        dialog.apply();
        Register saved = stored();
        QCOMPARE(saved.lastReviewed, std::optional<QDate>(QDate::currentDate()));
        QCOMPARE(saved.reviewedBy, m_document->actor());
        QVERIFY(saved.pecrDeclared.contains(PecrUse::ElectronicMarketing));
        m_document->undoStack()->undo();

        ui::OrganisationDialog second(*m_document);
        second.findChild<QCheckBox*>(QStringLiteral("reviewedCheckBox"))->setChecked(true);
        second.findChild<QDateEdit*>(QStringLiteral("reviewedDateEdit"))->setDate(QDate(2026, 9, 30));
        second.findChild<QLineEdit*>(QStringLiteral("reviewedByEdit"))->setText(QStringLiteral("Office manager"));
        second.apply();
        saved = stored();
        QCOMPARE(saved.lastReviewed, std::optional<QDate>(QDate(2026, 9, 30)));
        QCOMPARE(saved.reviewedBy, QStringLiteral("Office manager"));
        m_document->undoStack()->undo();
        QCOMPARE(stored(), m_original);
    }

    void aPurposeLeftEmptyStaysToBePutRightWithTheReason()
    {
        const qsizetype index = 4;
        const QString before = m_document->reg().activities.at(index).purpose;
        m_form->showActivity(index);
        m_scroll->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_scroll.get()));
        auto* purpose = child<QLineEdit>("purposeLineEdit");
        auto* function = child<QLineEdit>("businessFunctionLineEdit");
        auto* error = child<QLabel>("purposeErrorLabel");
        QVERIFY(!error->isVisible());

        // The business function typed, then the purpose emptied.
        function->setFocus();
        QTest::keyClicks(function, QStringLiteral("Accounts"));
        QTest::keyClick(function, Qt::Key_Return);
        purpose->setFocus();
        purpose->selectAll();
        QTest::keyClick(purpose, Qt::Key_Delete);
        QTest::keyClick(purpose, Qt::Key_Return);

        // Nothing saved for the purpose, the field as typed, the reason beside it; the rest kept.
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Every activity needs a purpose: type what it is for, as the privacy "
                                "notice says it, such as \"Providing our services\"."));
        QCOMPARE(purpose->text(), QString());
        QCOMPARE(stored().activities.at(index).purpose, before);
        QCOMPARE(function->text(), QStringLiteral("Accounts"));
        QCOMPARE(stored().activities.at(index).businessFunction, QStringLiteral("Accounts"));

        // Another edit of the activity meanwhile leaves the field to the user.
        child<QCheckBox>("basisCheckBox_consent")->setChecked(true);
        QVERIFY(stored().activities.at(index).hasBasis(Basis::Consent));
        QCOMPARE(purpose->text(), QString());
        QVERIFY(error->isVisible());

        // Put right, it is saved and the reason goes.
        purpose->setFocus();
        QTest::keyClicks(purpose, QStringLiteral("Checking who you are"));
        QTest::keyClick(purpose, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(stored().activities.at(index).purpose, QStringLiteral("Checking who you are"));
        QCOMPARE(stored().activities.at(index).businessFunction, QStringLiteral("Accounts"));
        QCOMPARE(purpose->text(), QStringLiteral("Checking who you are"));
    }

    void aRefusedPurposeIsNotCarriedToAnotherActivity()
    {
        m_form->showActivity(4);
        auto* purpose = child<QLineEdit>("purposeLineEdit");
        purpose->clear();
        Q_EMIT purpose->editingFinished();
        QVERIFY(child<QLabel>("purposeErrorLabel")->isVisibleTo(m_form));
        m_form->showActivity(5);
        QVERIFY(!child<QLabel>("purposeErrorLabel")->isVisibleTo(m_form));
        QCOMPARE(purpose->text(), m_document->reg().activities.at(5).purpose);
        m_form->showActivity(4);
        QCOMPARE(purpose->text(), m_document->reg().activities.at(4).purpose);
    }

    void screenshot()
    {
        const qsizetype index = indexWhere([](const Activity& a) { return a.hasBasis(Basis::LegitimateInterests); });
        m_form->showActivity(index);
        m_document->setBasis(index, Basis::Consent, true);
        m_form->findChild<QToolButton*>(QStringLiteral("assessmentToggleButton"))->setChecked(true);
        m_form->findChild<QToolButton*>(QStringLiteral("screeningToggleButton"))->setChecked(true);
        m_scroll->resize(560, 900);
        // The checklists fit their wrapped lines once laid out at the width shown.
        for (int i = 0; i < 3; ++i) {
            QApplication::processEvents();
        }
        QVERIFY(m_form->grab().save(QStringLiteral("/tmp/form.png")));
        ui::OrganisationDialog dialog(*m_document);
        dialog.show();
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/organisation.png")));
    }

private:
    bool open(const Register& reg)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("register.ropa"));
        if (!test::writeRegisterFile(path, reg)) {
            return false;
        }
        auto document = session::RegisterDocument::open(path, test::kPassphrase);
        if (!document.ok()) {
            qWarning() << document.error().message;
            return false;
        }
        m_document = std::move(document.value());
        m_scroll = std::make_unique<QScrollArea>();
        m_form = new ui::ActivityForm(*m_document);
        m_scroll->setWidget(m_form);
        m_scroll->setWidgetResizable(true);
        m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_scroll->resize(560, 700);
        m_scroll->show();
        return QTest::qWaitForWindowExposed(m_scroll.get());
    }

    template <typename W>
    W* child(const char* name) const
    {
        return child<W>(QString::fromLatin1(name));
    }

    template <typename W>
    W* child(const QString& name) const
    {
        W* found = m_form->findChild<W*>(name);
        if (!found) {
            qFatal("no widget %s", qPrintable(name));
        }
        return found;
    }

    template <typename Pick>
    qsizetype indexWhere(Pick pick) const
    {
        const QList<Activity>& activities = m_document->reg().activities;
        for (qsizetype i = 0; i < activities.size(); ++i) {
            if (pick(activities.at(i))) {
                return i;
            }
        }
        qFatal("no activity fits");
    }

    Register stored() const { return m_document->storedRegister().value(); }

    void undoTimes(int n)
    {
        for (int i = 0; i < n; ++i) {
            m_document->undoStack()->undo();
        }
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<QScrollArea> m_scroll;
    ui::ActivityForm* m_form = nullptr;
    Register m_original;
};

QTEST_MAIN(ActivityFormTest)
#include "ActivityFormTest.moc"
