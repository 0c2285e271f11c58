#include "TestSupport.h"

#include "formats/DemoRegister.h"
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

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size()) << path.toStdString();
    ASSERT_TRUE(file.flush()) << path.toStdString();
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

std::unique_ptr<session::RegisterDocument> openDemoDocument(const QString& path)
{
    if (!writeRegisterFile(path, formats::DemoRegister::load().value())) {
        return nullptr;
    }
    Result<std::unique_ptr<session::RegisterDocument>> document = session::RegisterDocument::open(path, kPassphrase);
    if (!document) {
        ADD_FAILURE() << path.toStdString() << ": " << document.error().message.toStdString();
        return nullptr;
    }
    return std::move(document).value();
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
    // The shape of an ordinary register: catalogues of a few dozen entries, and activities with 5-8 data
    // categories, 3-5 recipients, 2-4 sources and a description of 1-3 sentences, chosen by a fixed sequence so
    // that every run makes the same register.
    Register reg = fullRegister();
    const QStringList dataNames{QStringLiteral("Identification details"),
                                QStringLiteral("Contact details"),
                                QStringLiteral("Property details"),
                                QStringLiteral("Financial details"),
                                QStringLiteral("Order history"),
                                QStringLiteral("Survey measurements"),
                                QStringLiteral("Photographs of the property"),
                                QStringLiteral("Call recordings"),
                                QStringLiteral("Website usage"),
                                QStringLiteral("Marketing preferences"),
                                QStringLiteral("Employment history"),
                                QStringLiteral("Bank details"),
                                QStringLiteral("Vehicle details"),
                                QStringLiteral("Complaint records"),
                                QStringLiteral("Guarantee details"),
                                QStringLiteral("Building regulation records"),
                                QStringLiteral("Credit check results"),
                                QStringLiteral("Emergency contacts"),
                                QStringLiteral("Training records"),
                                QStringLiteral("CCTV images")};
    for (qsizetype i = 0; i < dataNames.size(); ++i) {
        reg.dataCategories.append({QStringLiteral("data-%1").arg(i + 1), dataNames.at(i),
                                   dataNames.at(i) + QStringLiteral(" as given to us or recorded by our staff"),
                                   SpecialCategory::None});
    }
    const QStringList recipientNames{QStringLiteral("Window fabricator"),
                                     QStringLiteral("FENSA"),
                                     QStringLiteral("Finance broker"),
                                     QStringLiteral("Credit reference agency"),
                                     QStringLiteral("Installation subcontractor"),
                                     QStringLiteral("IT support company"),
                                     QStringLiteral("Cloud hosting provider"),
                                     QStringLiteral("Courier"),
                                     QStringLiteral("Insurance company"),
                                     QStringLiteral("Local authority building control"),
                                     QStringLiteral("Accountants"),
                                     QStringLiteral("Legal advisers"),
                                     QStringLiteral("Email marketing platform"),
                                     QStringLiteral("Telephone system provider"),
                                     QStringLiteral("Debt collection agency")};
    const RecipientKind kinds[] = {RecipientKind::Processor, RecipientKind::Controller, RecipientKind::Processor,
                                   RecipientKind::Controller, RecipientKind::PublicAuthority};
    for (qsizetype i = 0; i < recipientNames.size(); ++i) {
        reg.recipients.append({QStringLiteral("recipient-%1").arg(i + 1), recipientNames.at(i), kinds[i % 5],
                               i % 7 == 6 ? QStringLiteral("US") : QStringLiteral("GB"),
                               QStringLiteral("Services we need to run the business"),
                               kinds[i % 5] == RecipientKind::Processor
                                   ? QStringLiteral("Contract %1 in the contracts folder").arg(i + 1)
                                   : QString()});
    }
    const QStringList sourceNames{QStringLiteral("Our website"),       QStringLiteral("Telephone enquiries"),
                                  QStringLiteral("Showroom visits"),   QStringLiteral("Surveyors"),
                                  QStringLiteral("Referral partners"), QStringLiteral("Credit reference agency"),
                                  QStringLiteral("Public registers"),  QStringLiteral("Previous employers")};
    for (qsizetype i = 0; i < sourceNames.size(); ++i) {
        reg.sources.append({QStringLiteral("source-%1").arg(i + 1), sourceNames.at(i)});
    }
    const QStringList sentences{
        QStringLiteral("We record the details a customer gives us when they ask for a quote."),
        QStringLiteral("Surveyors add measurements and photographs during a visit to the property."),
        QStringLiteral("The office team checks each order against the survey before it is placed."),
        QStringLiteral("Records are kept in the order system, which only named staff can open."),
        QStringLiteral("Paper copies are scanned and shredded within a week."),
        QStringLiteral("We share only what each partner needs to do their part of the job.")};
    const QStringList verbs{QStringLiteral("Arranging"), QStringLiteral("Recording"), QStringLiteral("Checking"),
                            QStringLiteral("Managing"),  QStringLiteral("Reviewing"), QStringLiteral("Handling")};
    const QStringList objects{QStringLiteral("surveys for new windows"),
                              QStringLiteral("installation dates"),
                              QStringLiteral("finance applications"),
                              QStringLiteral("guarantee registrations"),
                              QStringLiteral("customer complaints"),
                              QStringLiteral("supplier orders"),
                              QStringLiteral("staff rotas"),
                              QStringLiteral("website enquiries")};
    quint32 seed = 12345;
    const auto next = [&seed](int range) {
        seed = seed * 1103515245u + 12345u;
        return static_cast<int>((seed >> 16) % static_cast<quint32>(range));
    };
    // Picks count distinct ids from those of one catalogue, in catalogue order.
    const auto pick = [&next](const QStringList& ids, int count) {
        QList<bool> chosen(ids.size(), false);
        for (int n = 0; n < count;) {
            const int i = next(static_cast<int>(ids.size()));
            n += chosen[i] ? 0 : 1;
            chosen[i] = true;
        }
        QStringList picked;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (chosen.at(i)) {
                picked << ids.at(i);
            }
        }
        return picked;
    };
    QStringList dataIds, recipientIds, sourceIds, retentionIds;
    for (const DataCategory& c : reg.dataCategories) {
        dataIds << c.id;
    }
    for (const Recipient& r : reg.recipients) {
        recipientIds << r.id;
    }
    for (const Source& s : reg.sources) {
        sourceIds << s.id;
    }
    for (const RetentionRule& r : reg.retentionRules) {
        retentionIds << r.id;
    }
    QList<Activity> activities;
    activities.reserve(activityCount);
    for (int i = 0; i < activityCount; ++i) {
        Activity a = reg.activities.at(i % 2);
        a.id = QStringLiteral("activity-%1").arg(i + 1);
        a.purpose = verbs.at(next(static_cast<int>(verbs.size()))) + QLatin1Char(' ') +
            objects.at(next(static_cast<int>(objects.size()))) + QStringLiteral(" (%1)").arg(i + 1);
        QStringList description;
        for (int s = 0, count = 1 + next(3); s < count; ++s) {
            description << sentences.at(next(static_cast<int>(sentences.size())));
        }
        a.description = description.join(QLatin1Char(' '));
        a.dataCategories = pick(dataIds, 5 + next(4));
        a.recipients = pick(recipientIds, 3 + next(3));
        a.sources = pick(sourceIds, 2 + next(3));
        a.retention = retentionIds.at(next(static_cast<int>(retentionIds.size())));
        activities.append(std::move(a));
    }
    reg.activities = std::move(activities);
    return reg;
}

} // namespace ropa::test
