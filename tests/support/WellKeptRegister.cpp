#include "WellKeptRegister.h"

namespace ropa::test {

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

LegitimateInterestsAssessment completeAssessment()
{
    LegitimateInterestsAssessment lia;
    lia.purposeTest = s("Keeping appointments running on time.");
    lia.necessityTest = s("Reminders need the patient's phone number.");
    lia.balancingTest = s("Patients expect reminders and can ask us to stop.");
    lia.outcome = AssessmentOutcome::InterestsNotOverridden;
    lia.date = QDate(2026, 6, 1);
    lia.reviewer = s("Practice manager");
    return lia;
}
} // namespace

Register wellKeptRegister()
{
    Register reg;
    reg.controller.name = s("Riverside Physiotherapy Ltd");
    reg.controller.address = s("1 River Street, York YO1 1AA");
    reg.controller.email = s("privacy@riverside-physio.example");
    reg.lastReviewed = QDate(2026, 9, 1);
    reg.reviewedBy = s("Practice manager");
    reg.pecrDeclared = {PecrUse::ElectronicMarketing};

    reg.dataCategories = {{s("contact"), s("Contact details"), {}, SpecialCategory::None},
                          {s("health"), s("Health records"), {}, SpecialCategory::Art9}};
    reg.subjectCategories = {{s("patients"), s("Patients")}};
    Recipient cloud;
    cloud.id = s("notes-cloud");
    cloud.name = s("Clinic Notes Inc");
    cloud.kind = RecipientKind::Processor;
    cloud.country = s("US");
    cloud.purpose = s("Hosting the clinical notes system");
    cloud.contract = s("Contracts folder, Clinic Notes DPA 2026");
    reg.recipients = {cloud};
    reg.sources = {{s("patient"), s("The patient")}};
    RetentionRule records;
    records.id = s("records");
    records.description = s("Clinical records");
    records.period = s("P8Y");
    records.trigger = s("last treatment");
    RetentionRule marketing;
    marketing.id = s("marketing");
    marketing.description = s("Newsletter list");
    marketing.trigger = s("consent withdrawn");
    reg.retentionRules = {records, marketing};

    Activity treatment;
    treatment.id = s("treatment");
    treatment.purpose = s("Treating patients");
    LawfulBasis contract(Basis::Contract);
    treatment.bases = {contract};
    treatment.specialCondition = s("Article 9(2)(h) health care");
    treatment.schedule1Condition = s("Part 1 paragraph 2 (health or social care purposes)");
    treatment.dataCategories = {s("contact"), s("health")};
    treatment.subjectCategories = {s("patients")};
    treatment.recipients = {s("notes-cloud")};
    treatment.sources = {s("patient")};
    treatment.retention = s("records");
    treatment.transfers = {{s("US"), s("IDTA")}};
    treatment.dpia = DpiaStatus::Done;
    treatment.dpiaScreening.criteria = {DpiaCriterion::SensitiveData, DpiaCriterion::VulnerablePeople};
    treatment.dpiaScreening.date = QDate(2026, 5, 1);
    treatment.automatedDecisions.status = AutomatedDecisionStatus::No;
    treatment.lastReviewed = QDate(2026, 9, 1);

    Activity reminders = treatment;
    reminders.id = s("reminders");
    reminders.purpose = s("Appointment reminders");
    LawfulBasis li(Basis::LegitimateInterests, s("Keeping appointments running on time"));
    li.assessment = completeAssessment();
    reminders.bases = {li};
    reminders.specialCondition.reset();
    reminders.schedule1Condition.clear();
    reminders.dataCategories = {s("contact")};
    reminders.dpia = DpiaStatus::NotNeeded;
    reminders.dpiaScreening = {};

    Activity newsletter = reminders;
    newsletter.id = s("newsletter");
    newsletter.purpose = s("Newsletter by email");
    LawfulBasis consent(Basis::Consent);
    consent.consent.howObtained = s("Tick box on the booking form");
    consent.consent.howWithdrawn = s("Unsubscribe link in every email");
    consent.consent.whereKept = s("Mailing list export, kept monthly");
    newsletter.bases = {consent};
    newsletter.retention = s("marketing");
    newsletter.recipients = {};
    newsletter.transfers = {};
    newsletter.pecr = {PecrUse::ElectronicMarketing};

    reg.activities = {treatment, reminders, newsletter};
    return reg;
}

} // namespace ropa::test
