#include "TestSupport.h"

#include "session/AuditAction.h"
#include "session/RegisterLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <gtest/gtest.h>

namespace ropa::test {

QString dataPath(const QString& name)
{
    return QStringLiteral(ROPA_TEST_DATA_DIR "/") + name;
}

QString sharedDomainPath(const QString& name)
{
    const QString path = QStringLiteral(ROPA_SHARED_DOMAIN_DIR "/") + name;
    return QFile::exists(path) ? path : QString();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

std::unique_ptr<QTemporaryDir> useTemporarySettings()
{
    auto dir = std::make_unique<QTemporaryDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir->path());
    return dir;
}

bool writeRegisterFile(const QString& path, const Register& reg)
{
    const auto file = session::RegisterLocation(path).create(
        kPassphrase, reg, session::AuditAction::creating(reg, QStringLiteral("test")));
    EXPECT_TRUE(file.ok()) << (file ? std::string() : file.error().message.toStdString());
    return file.ok();
}

Register fullRegister()
{
    Register reg;
    reg.controller = {QStringLiteral("Example Windows Ltd"),
                      QStringLiteral("1 High Street\nAndover, SP10 1AA"),
                      QStringLiteral("privacy@example.co.uk"),
                      QStringLiteral("01264 000000"),
                      QStringLiteral("Jane Smith, Data Protection Officer"),
                      QStringLiteral("Example EU Rep GmbH, Berlin"),
                      QStringLiteral("ZA123456")};
    reg.lastReviewed = QDate(2026, 3, 31);
    reg.reviewedBy = QStringLiteral("Jane Smith");
    reg.pecrDeclared = {PecrUse::ElectronicMarketing, PecrUse::NonEssentialCookies};
    reg.dataCategories = {
        {QStringLiteral("contact"), QStringLiteral("Contact details"),
         QStringLiteral("Name, \"address\", email\tand phone"), SpecialCategory::None},
        {QStringLiteral("health"), QStringLiteral("Health"), QStringLiteral("Accessibility needs — ü, 東京, 😀"),
         SpecialCategory::Art9},
        {QStringLiteral("dbs"), QStringLiteral("Criminal record"), QStringLiteral("DBS check result"),
         SpecialCategory::Art10},
    };
    reg.subjectCategories = {{QStringLiteral("customers"), QStringLiteral("Customers")},
                             {QStringLiteral("staff"), QStringLiteral("Employees")}};
    reg.recipients = {
        {QStringLiteral("ggf"),
         QStringLiteral("Glass and Glazing Federation"),
         RecipientKind::Controller,
         QStringLiteral("GB"),
         QStringLiteral("Insurance-backed guarantee"),
         {}},
        {QStringLiteral("payroll"), QStringLiteral("Payroll bureau"), RecipientKind::Processor, QStringLiteral("IE"),
         QStringLiteral("Payroll"), QStringLiteral("Processing agreement PB-2024-07, shared drive /contracts")},
        {QStringLiteral("analytics"),
         QStringLiteral("Analytics provider"),
         RecipientKind::JointController,
         QStringLiteral("US"),
         QStringLiteral("Website statistics"),
         {}},
        {QStringLiteral("hmrc"),
         QStringLiteral("HMRC"),
         RecipientKind::PublicAuthority,
         QStringLiteral("GB"),
         QStringLiteral("Tax"),
         {}},
        {QStringLiteral("team"),
         QStringLiteral("Our staff"),
         RecipientKind::Internal,
         QStringLiteral("GB"),
         QStringLiteral("Doing their jobs"),
         {}},
    };
    reg.sources = {{QStringLiteral("subject"), QStringLiteral("The data subject")},
                   {QStringLiteral("referral"), QStringLiteral("Supplier referral")}};
    reg.retentionRules = {
        {QStringLiteral("quote"), QStringLiteral("Declined quotes"), QStringLiteral("P12M"),
         QStringLiteral("quote declined")},
        {QStringLiteral("tax"), QStringLiteral("Tax records"), QStringLiteral("P6Y"),
         QStringLiteral("end of tax year")},
    };

    Activity sales;
    sales.id = QStringLiteral("sales");
    sales.purpose = QStringLiteral("Providing our services");
    sales.description = QStringLiteral("Quoting, fitting and invoicing\nwindows and doors");
    sales.businessFunction = QStringLiteral("Sales");
    sales.bases = {{Basis::Contract}, {Basis::LegitimateInterests, QStringLiteral("Following up quotes")}};
    LegitimateInterestsAssessment& lia = sales.bases.last().assessment;
    lia.purposeTest = QStringLiteral("Customers who asked for a quote expect to hear back");
    lia.necessityTest = QStringLiteral("One follow-up call is the least we can do");
    lia.balancingTest = QStringLiteral("Low impact; easy to say no");
    lia.outcome = AssessmentOutcome::InterestsNotOverridden;
    lia.date = QDate(2026, 1, 15);
    lia.reviewer = QStringLiteral("Jane Smith");
    lia.reference = QStringLiteral("LIA-2026-01");
    sales.specialCondition = QStringLiteral("Art. 9(2)(a) explicit consent");
    sales.dataCategories = {QStringLiteral("contact"), QStringLiteral("health")};
    sales.subjectCategories = {QStringLiteral("customers")};
    sales.recipients = {QStringLiteral("ggf"), QStringLiteral("analytics")};
    sales.sources = {QStringLiteral("subject"), QStringLiteral("referral")};
    sales.retention = QStringLiteral("quote");
    sales.transfers = {{QStringLiteral("US"), QStringLiteral("UK Extension to the EU-US Data Privacy Framework")}};
    sales.securityMeasures = QStringLiteral("Encrypted laptops; access by role");
    sales.dpia = DpiaStatus::Done;
    sales.dpiaScreening.criteria = {DpiaCriterion::LargeScaleSpecialData, DpiaCriterion::Tracking};
    sales.dpiaScreening.date = QDate(2025, 11, 3);
    sales.dpiaScreening.reference = QStringLiteral("DPIA-7 in the compliance folder");
    sales.automatedDecisions.status = AutomatedDecisionStatus::Yes;
    sales.automatedDecisions.safeguards = QStringLiteral("A person reviews every declined finance application");
    sales.pecr = {PecrUse::ElectronicMarketing, PecrUse::NonEssentialCookies};
    sales.lastReviewed = QDate(2026, 2, 28);
    sales.reviewedBy = QStringLiteral("Sales manager");

    Activity payroll;
    payroll.id = QStringLiteral("payroll");
    payroll.purpose = QStringLiteral("Paying our staff");
    payroll.description = QStringLiteral("Monthly payroll");
    payroll.businessFunction = QStringLiteral("HR");
    payroll.bases = {{Basis::LegalObligation}, {Basis::Consent}, {Basis::VitalInterests}, {Basis::PublicTask}};
    payroll.bases[0].law = QStringLiteral("Income Tax (PAYE) Regulations 2003");
    payroll.bases[1].consent = {QStringLiteral("Tick box on the starter form"),
                                QStringLiteral("Email to HR or untick in the staff portal"),
                                QStringLiteral("HR system, consent log")};
    payroll.schedule1Condition = QStringLiteral("DPA 2018 Sch. 1 Part 1 para 1 (employment)");
    payroll.policyDocument = QStringLiteral("Appropriate policy document APD-3");
    payroll.dataCategories = {QStringLiteral("dbs"), QStringLiteral("contact")};
    payroll.subjectCategories = {QStringLiteral("staff")};
    payroll.recipients = {QStringLiteral("payroll"), QStringLiteral("hmrc"), QStringLiteral("team")};
    payroll.sources = {QStringLiteral("subject")};
    payroll.retention = QStringLiteral("tax");
    payroll.transfers = {{QStringLiteral("IE"), QStringLiteral("Adequacy regulations")},
                         {QStringLiteral("IN"), QStringLiteral("IDTA signed 2025-02-01")}};
    payroll.securityMeasures = QStringLiteral("Payroll system with two-factor sign-in");
    payroll.dpia = DpiaStatus::InProgress;
    payroll.automatedDecisions.status = AutomatedDecisionStatus::No;

    reg.activities = {sales, payroll};
    return reg;
}

Register canaryRegister(const QString& marker)
{
    Register reg = fullRegister();
    int n = 0;
    auto canary = [&marker, &n]() -> QString { return marker + QString::number(++n); };
    reg.reviewedBy = canary();
    for (QString* field : {&reg.controller.name, &reg.controller.address, &reg.controller.email, &reg.controller.phone,
                           &reg.controller.dpo, &reg.controller.representative, &reg.controller.icoRegistration}) {
        *field = canary();
    }
    for (DataCategory& c : reg.dataCategories) {
        c.name = canary();
        c.description = canary();
    }
    for (SubjectCategory& c : reg.subjectCategories) {
        c.name = canary();
    }
    for (Recipient& r : reg.recipients) {
        r.name = canary();
        r.country = canary();
        r.purpose = canary();
        r.contract = canary();
    }
    for (Source& s : reg.sources) {
        s.name = canary();
    }
    for (RetentionRule& r : reg.retentionRules) {
        r.description = canary();
        r.trigger = canary();
    }
    // Ids are text too: rename them and every reference to them (lower case, as ids must be).
    QHash<QString, QString> renamed;
    auto renameId = [&marker, &n, &renamed](QString& id) {
        const QString fresh = marker.toLower() + QStringLiteral("-") + QString::number(++n);
        renamed.insert(id, fresh);
        id = fresh;
    };
    auto renameRefs = [&renamed](QStringList& refs) {
        for (QString& ref : refs) {
            ref = renamed.value(ref);
        }
    };
    for (DataCategory& c : reg.dataCategories) {
        renameId(c.id);
    }
    for (SubjectCategory& c : reg.subjectCategories) {
        renameId(c.id);
    }
    for (Recipient& r : reg.recipients) {
        renameId(r.id);
    }
    for (Source& s : reg.sources) {
        renameId(s.id);
    }
    for (RetentionRule& r : reg.retentionRules) {
        renameId(r.id);
    }
    for (Activity& a : reg.activities) {
        renameRefs(a.dataCategories);
        renameRefs(a.subjectCategories);
        renameRefs(a.recipients);
        renameRefs(a.sources);
        a.id = marker.toLower() + QStringLiteral("-") + QString::number(++n);
        a.retention = renamed.value(*a.retention);
        a.purpose = canary();
        a.description = canary();
        a.businessFunction = canary();
        a.specialCondition = canary();
        a.securityMeasures = canary();
        a.schedule1Condition = canary();
        a.policyDocument = canary();
        a.dpiaScreening.reference = canary();
        a.automatedDecisions.safeguards = canary();
        a.reviewedBy = canary();
        for (LawfulBasis& b : a.bases) {
            // Each text of a basis is part of the register only for its own basis.
            switch (b.basis) {
            case Basis::LegitimateInterests:
                b.interest = canary();
                for (QString* field : {&b.assessment.purposeTest, &b.assessment.necessityTest,
                                       &b.assessment.balancingTest, &b.assessment.reviewer, &b.assessment.reference}) {
                    *field = canary();
                }
                break;
            case Basis::LegalObligation:
                b.law = canary();
                break;
            case Basis::Consent:
                for (QString* field : {&b.consent.howObtained, &b.consent.howWithdrawn, &b.consent.whereKept}) {
                    *field = canary();
                }
                break;
            default:
                break;
            }
        }
        for (Transfer& t : a.transfers) {
            t.country = canary();
            t.safeguard = canary();
        }
    }
    return reg;
}

Register syntheticRegister(int activityCount)
{
    Register reg = fullRegister();
    const QString filler = QStringLiteral(" so that we can provide, improve and account for the services our customers "
                                          "ask us for, as set out in our contracts and privacy notice");
    QList<Activity> activities;
    activities.reserve(activityCount);
    for (int i = 0; i < activityCount; ++i) {
        Activity a = reg.activities.at(i % 2);
        a.id = QStringLiteral("activity-%1").arg(i + 1);
        a.purpose = QStringLiteral("Processing purpose number %1").arg(i + 1) + filler;
        a.description = QStringLiteral("Description of activity %1").arg(i + 1) + filler;
        activities.append(std::move(a));
    }
    reg.activities = std::move(activities);
    return reg;
}

} // namespace ropa::test
