#include "WellKeptRegister.h"
#include "checks/Checker.h"
#include "checks/RuleSet.h"
#include "formats/DemoRegister.h"

#include <QFile>
#include <QSet>
#include <functional>
#include <gtest/gtest.h>

using namespace ropa;
using namespace ropa::checks;

namespace {

QList<Finding> check(const Register& reg)
{
    return Checker::run(reg, {test::wellKeptToday()});
}

// The targets of the findings of one rule, as "id/field".
QStringList targetsOf(const QList<Finding>& findings, const char* rule)
{
    QStringList targets;
    for (const Finding& f : findings) {
        if (f.ruleId == QLatin1String(rule)) {
            targets.push_back(f.target.id + QLatin1Char('/') + f.target.field);
        }
    }
    return targets;
}

QString describe(const QList<Finding>& findings)
{
    QString text;
    for (const Finding& f : findings) {
        text += f.ruleId + QLatin1Char(' ') + f.target.id + QLatin1Char(' ') + f.message + QLatin1Char('\n');
    }
    return text;
}

Activity& activity(Register& reg, const char* id)
{
    return reg.activities[reg.indexOfActivity(QString::fromLatin1(id))];
}

} // namespace

TEST(ChecksRuleSet, HasTwentyNineRulesInIdOrderEachDescribed)
{
    EXPECT_EQ(RuleSet::version(), QStringLiteral("2026.12"));
    const QList<Rule>& rules = RuleSet::rules();
    ASSERT_EQ(rules.size(), 29);
    for (int i = 0; i < rules.size(); ++i) {
        EXPECT_EQ(rules[i].id, QStringLiteral("RB%1").arg(i + 1, 3, 10, QLatin1Char('0')));
        EXPECT_FALSE(rules[i].article.isEmpty());
        EXPECT_FALSE(rules[i].title.isEmpty());
        EXPECT_FALSE(rules[i].help.isEmpty());
    }
    EXPECT_EQ(RuleSet::find(u"RB008")->severity, Severity::Error);
    EXPECT_EQ(RuleSet::find(u"RB999"), nullptr);
}

// docs/checks.md is the rule set for people who read no code: every rule must be there as the program has it.
TEST(ChecksRuleSet, IsDescribedInTheDocumentation)
{
    QFile file(QStringLiteral(ROPA_TEST_DATA_DIR "/../../docs/checks.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << file.fileName().toStdString();
    const QString doc = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(doc.contains(QStringLiteral("**%1**").arg(RuleSet::version())));
    for (const Rule& rule : RuleSet::rules()) {
        const QString row = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                                .arg(rule.id, severityKey(rule.severity), rule.article, rule.title, rule.help);
        EXPECT_TRUE(doc.contains(row)) << row.toStdString();
    }
}

TEST(ChecksWellKept, GivesNoErrorAndNoWarning)
{
    const QList<Finding> findings = check(test::wellKeptRegister());
    EXPECT_TRUE(findings.isEmpty()) << describe(findings).toStdString();
}

TEST(ChecksRules, EachFiresOnItsGap)
{
    struct Case
    {
        const char* rule;
        const char* target;
        std::function<void(Register&)> spoil;
    };
    const QList<Case> cases = {
        {"RB001", "treatment/bases", [](Register& r) { activity(r, "treatment").bases.clear(); }},
        {"RB002", "reminders/bases.interest", [](Register& r) { activity(r, "reminders").bases[0].interest.clear(); }},
        {"RB003", "reminders/bases.assessment",
         [](Register& r) { activity(r, "reminders").bases[0].assessment.date.reset(); }},
        {"RB004", "reminders/bases.assessment",
         [](Register& r) {
             activity(r, "reminders").bases[0].assessment.outcome = AssessmentOutcome::InterestsOverridden;
         }},
        {"RB005", "newsletter/bases.consent",
         [](Register& r) { activity(r, "newsletter").bases[0].consent.whereKept.clear(); }},
        {"RB006", "treatment/special_condition",
         [](Register& r) { activity(r, "treatment").specialCondition.reset(); }},
        {"RB007", "treatment/schedule1_condition",
         [](Register& r) { activity(r, "treatment").schedule1Condition.clear(); }},
        {"RB008", "treatment/schedule1_condition",
         [](Register& r) {
             r.dataCategories[1].special = SpecialCategory::Art10;
             activity(r, "treatment").schedule1Condition.clear();
             activity(r, "treatment").policyDocument = QStringLiteral("APD 2026");
         }},
        {"RB009", "treatment/policy_document",
         [](Register& r) { r.dataCategories[1].special = SpecialCategory::Art10; }},
        {"RB010", "treatment/transfers", [](Register& r) { activity(r, "treatment").transfers[0].safeguard.clear(); }},
        {"RB011", "treatment/transfers",
         [](Register& r) {
             activity(r, "treatment").transfers.push_back({QStringLiteral("JP"), {}});
         }},
        {"RB012", "treatment/transfers", [](Register& r) { activity(r, "treatment").transfers.clear(); }},
        {"RB013", "newsletter/retention", [](Register& r) { activity(r, "newsletter").retention.reset(); }},
        {"RB014", "health/", [](Register& r) { activity(r, "treatment").retention.reset(); }},
        {"RB015", "marketing/period", [](Register& r) { r.retentionRules[1].trigger.clear(); }},
        {"RB016", "notes-cloud/contract", [](Register& r) { r.recipients[0].contract.clear(); }},
        {"RB017", "reminders/pecr",
         [](Register& r) { activity(r, "reminders").pecr = {PecrUse::NonEssentialCookies}; }},
        {"RB018", "reminders/pecr",
         [](Register& r) { activity(r, "reminders").pecr = {PecrUse::ElectronicMarketing}; }},
        {"RB019", "/pecr_declared", [](Register& r) { activity(r, "newsletter").pecr.clear(); }},
        {"RB020", "treatment/dpia", [](Register& r) { activity(r, "treatment").dpia = DpiaStatus::NotAssessed; }},
        {"RB021", "treatment/dpia_screening",
         [](Register& r) { activity(r, "treatment").dpia = DpiaStatus::NotNeeded; }},
        {"RB022", "treatment/dpia", [](Register& r) { activity(r, "treatment").dpia = DpiaStatus::InProgress; }},
        {"RB023", "reminders/automated_decisions",
         [](Register& r) { activity(r, "reminders").automatedDecisions.status = AutomatedDecisionStatus::Yes; }},
        {"RB024", "reminders/automated_decisions",
         [](Register& r) {
             activity(r, "reminders").automatedDecisions.status = AutomatedDecisionStatus::NotAssessed;
         }},
        {"RB025", "reminders/bases.law",
         [](Register& r) { activity(r, "reminders").bases.push_back(LawfulBasis(Basis::LegalObligation)); }},
        {"RB026", "patient/",
         [](Register& r) {
             r.sources.push_back({QStringLiteral("gp"), QStringLiteral("GP")});
         }},
        {"RB027", "/last_reviewed", [](Register& r) { r.lastReviewed = QDate(2025, 11, 1); }},
        {"RB028", "reminders/last_reviewed", [](Register& r) { activity(r, "reminders").lastReviewed.reset(); }},
        {"RB029", "/name", [](Register& r) { r.controller.name.clear(); }},
    };
    for (const Case& c : cases) {
        Register reg = test::wellKeptRegister();
        c.spoil(reg);
        const QList<Finding> findings = check(reg);
        const QStringList targets = targetsOf(findings, c.rule);
        QString expected = QString::fromLatin1(c.target);
        if (QLatin1String(c.rule) == QLatin1String("RB026")) {
            expected = QStringLiteral("gp/");
        }
        EXPECT_TRUE(targets.contains(expected)) << c.rule << "\n" << describe(findings).toStdString();
        for (const Finding& f : findings) {
            EXPECT_FALSE(f.message.isEmpty());
            EXPECT_FALSE(f.fix.isEmpty());
        }
    }
}

TEST(ChecksRules, Rb007IgnoresConditionsThatNeedNoScheduleOne)
{
    Register reg = test::wellKeptRegister();
    activity(reg, "treatment").specialCondition = QStringLiteral("9(2)(a) explicit consent");
    activity(reg, "treatment").schedule1Condition.clear();
    EXPECT_TRUE(targetsOf(check(reg), "RB007").isEmpty());
    activity(reg, "treatment").specialCondition = QStringLiteral("9(2)(b)");
    EXPECT_EQ(targetsOf(check(reg), "RB007").size(), 1);
}

TEST(ChecksRules, ErrorsComeBeforeWarningsBeforeInfos)
{
    Register reg = test::wellKeptRegister();
    activity(reg, "reminders").lastReviewed.reset();
    activity(reg, "newsletter").retention.reset();
    activity(reg, "treatment").bases.clear();
    const QList<Finding> findings = check(reg);
    ASSERT_EQ(findings.size(), 3) << describe(findings).toStdString();
    EXPECT_EQ(findings[0].ruleId, QStringLiteral("RB001"));
    EXPECT_EQ(findings[1].ruleId, QStringLiteral("RB013"));
    EXPECT_EQ(findings[2].ruleId, QStringLiteral("RB028"));
    EXPECT_EQ(findings[2].severity, Severity::Info);
    const Checker::Counts counts = Checker::count(findings);
    EXPECT_EQ(counts.errors, 1);
    EXPECT_EQ(counts.warnings, 1);
    EXPECT_EQ(counts.infos, 1);
}

TEST(ChecksMechanicalFix, EachFixRemovesItsFinding)
{
    const QList<std::pair<const char*, std::function<void(Register&)>>> cases = {
        {"RB012", [](Register& r) { activity(r, "treatment").transfers.clear(); }},
        {"RB013", [](Register& r) { activity(r, "newsletter").retention.reset(); }},
        {"RB017", [](Register& r) { activity(r, "reminders").pecr = {PecrUse::NonEssentialCookies}; }},
    };
    for (const auto& [rule, spoil] : cases) {
        Register reg = test::wellKeptRegister();
        spoil(reg);
        const QList<Finding> before = check(reg);
        const auto it = std::find_if(before.cbegin(), before.cend(),
                                     [rule = rule](const Finding& f) { return f.ruleId == QLatin1String(rule); });
        ASSERT_NE(it, before.cend()) << rule;
        EXPECT_TRUE(it->hasMechanicalFix);
        const QList<RegisterChange> changes = Checker::mechanicalFix(reg, *it);
        ASSERT_FALSE(changes.isEmpty()) << rule;
        for (const RegisterChange& change : changes) {
            change.applyTo(reg);
        }
        EXPECT_TRUE(targetsOf(check(reg), rule).isEmpty()) << rule << "\n" << describe(check(reg)).toStdString();
        EXPECT_TRUE(Checker::mechanicalFix(reg, *it).isEmpty());
    }
}

TEST(ChecksDemo, KjmRegisterGivesTheExpectedFindings)
{
    const Result<Register> demo = formats::DemoRegister::load();
    ASSERT_TRUE(demo) << demo.error().message.toStdString();
    const QList<Finding> findings = check(demo.value());
    EXPECT_TRUE(targetsOf(findings, "RB008").contains(QStringLiteral("verify-identity/schedule1_condition")));
    int liPurposes = 0;
    for (const Activity& a : demo->activities) {
        if (a.hasBasis(Basis::LegitimateInterests)) {
            ++liPurposes;
        }
    }
    EXPECT_EQ(liPurposes, 16);
    EXPECT_EQ(targetsOf(findings, "RB003").size(), 16);
    EXPECT_TRUE(targetsOf(findings, "RB017").contains(QStringLiteral("improve-performance/pecr")));
    // Both declared uses lack an activity with consent: the marketing emails have no activity at all, and the
    // analytics cookies' activity relies on legitimate interests.
    EXPECT_EQ(targetsOf(findings, "RB019"),
              (QStringList{QStringLiteral("/pecr_declared"), QStringLiteral("/pecr_declared")}));
    QStringList declared;
    for (const Finding& f : findings) {
        if (f.ruleId == QStringLiteral("RB019")) {
            declared << f.message;
        }
    }
    ASSERT_EQ(declared.size(), 2);
    EXPECT_TRUE(declared.at(0).contains(QStringLiteral("marketing by email"))) << declared.at(0).toStdString();
    EXPECT_TRUE(declared.at(1).contains(QStringLiteral("cookies"))) << declared.at(1).toStdString();
    EXPECT_TRUE(targetsOf(findings, "RB012").contains(QStringLiteral("improve-performance/transfers")));
    const QStringList rb013 = targetsOf(findings, "RB013");
    for (const char* id : {"verify-identity", "fraud-prevention", "improve-performance", "protect-interests"}) {
        EXPECT_TRUE(rb013.contains(QLatin1String(id) + QStringLiteral("/retention"))) << id;
    }
    EXPECT_TRUE(targetsOf(findings, "RB026").contains(QStringLiteral("merger-party/")));
    const QStringList rb016 = targetsOf(findings, "RB016");
    EXPECT_EQ(rb016.size(), 1) << describe(findings).toStdString();
    // No KJM activity carries a review date of its own: the register's review finding covers them all once.
    EXPECT_EQ(targetsOf(findings, "RB027").size(), 1);
    EXPECT_TRUE(targetsOf(findings, "RB028").isEmpty()) << describe(findings).toStdString();
}

// For each rule, a register that comes close to its gap but is in order: the rule must stay quiet, and so must
// every other rule, as the register is still well kept.
TEST(ChecksRules, EachStaysQuietOnItsNearMiss)
{
    struct Case
    {
        const char* rule;
        const char* what;
        std::function<void(Register&)> change;
    };
    const QList<Case> cases = {
        {"RB001", "one basis is enough",
         [](Register& r) { activity(r, "treatment").bases = {LawfulBasis(Basis::VitalInterests)}; }},
        {"RB002", "the interest written with spaces around it",
         [](Register& r) { activity(r, "reminders").bases[0].interest = QStringLiteral("  Keeping time  "); }},
        {"RB003", "an assessment without reviewer or reference is still complete",
         [](Register& r) {
             activity(r, "reminders").bases[0].assessment.reviewer.clear();
             activity(r, "reminders").bases[0].assessment.reference.clear();
         }},
        {"RB004", "an outcome in the organisation's favour",
         [](Register& r) {
             activity(r, "reminders").bases[0].assessment.outcome = AssessmentOutcome::InterestsNotOverridden;
         }},
        {"RB005", "a complete consent record beside a second basis",
         [](Register& r) { activity(r, "newsletter").bases.push_back(LawfulBasis(Basis::Contract)); }},
        {"RB006", "special data under explicit consent, 9(2)(a), which needs no Schedule 1 condition",
         [](Register& r) {
             activity(r, "treatment").specialCondition = QStringLiteral("Article 9(2)(a) explicit consent");
             activity(r, "treatment").schedule1Condition.clear();
         }},
        {"RB007", "a Schedule 1 condition written for 9(2)(h)", [](Register&) {}},
        {"RB008", "criminal offence data with its Schedule 1 condition and policy document",
         [](Register& r) {
             r.dataCategories[1].special = SpecialCategory::Art10;
             activity(r, "treatment").specialCondition.reset();
             activity(r, "treatment").policyDocument = QStringLiteral("Appropriate policy document 2026");
         }},
        {"RB009", "special category data needs no policy document of this rule",
         [](Register& r) { activity(r, "treatment").policyDocument.clear(); }},
        {"RB010", "a transfer to an adequate country, with the regulations named",
         [](Register& r) {
             r.recipients[0].country = QStringLiteral("CH");
             for (const char* id : {"treatment", "reminders"}) {
                 activity(r, id).transfers = {{QStringLiteral("ch"), QStringLiteral("UK adequacy regulations")}};
             }
         }},
        {"RB011", "a country code in lower case with a safeguard",
         [](Register& r) {
             activity(r, "treatment").transfers = {{QStringLiteral(" us "), QStringLiteral("IDTA")}};
         }},
        {"RB012", "a recipient in the UK written as GB, and one with no country",
         [](Register& r) {
             r.recipients[0].country = QStringLiteral("GB");
             Recipient local = r.recipients[0];
             local.id = QStringLiteral("local");
             local.country.clear();
             r.recipients.push_back(local);
             activity(r, "treatment").recipients.push_back(QStringLiteral("local"));
             activity(r, "treatment").transfers.clear();
         }},
        {"RB013", "a retention rule with only an event",
         [](Register& r) { activity(r, "reminders").retention = QStringLiteral("marketing"); }},
        {"RB014", "a new data category, used by two activities that both give a retention rule",
         [](Register& r) {
             r.dataCategories.push_back(
                 {QStringLiteral("phone"), QStringLiteral("Phone number"), {}, SpecialCategory::None});
             activity(r, "reminders").dataCategories.push_back(QStringLiteral("phone"));
             activity(r, "newsletter").dataCategories.push_back(QStringLiteral("phone"));
         }},
        {"RB015", "a rule with a period and no event", [](Register& r) { r.retentionRules[0].trigger.clear(); }},
        {"RB016", "a controller recipient needs no processor contract",
         [](Register& r) {
             r.recipients[0].kind = RecipientKind::Controller;
             r.recipients[0].contract.clear();
         }},
        {"RB017", "cookies under consent",
         [](Register& r) {
             activity(r, "newsletter").pecr = {PecrUse::ElectronicMarketing, PecrUse::NonEssentialCookies};
         }},
        {"RB018", "marketing under consent with a second basis",
         [](Register& r) { activity(r, "newsletter").bases.push_back(LawfulBasis(Basis::Contract)); }},
        {"RB019", "no PECR use declared and none recorded",
         [](Register& r) {
             r.pecrDeclared.clear();
             activity(r, "newsletter").pecr.clear();
         }},
        {"RB020", "special data assessed as needing no DPIA, with one 'consider' tick",
         [](Register& r) {
             activity(r, "treatment").dpia = DpiaStatus::NotNeeded;
             activity(r, "treatment").dpiaScreening.criteria = {DpiaCriterion::SensitiveData};
         }},
        {"RB021", "one 'consider' tick does not call for a DPIA",
         [](Register& r) { activity(r, "reminders").dpiaScreening.criteria = {DpiaCriterion::EvaluationOrScoring}; }},
        {"RB022", "a DPIA done", [](Register& r) { activity(r, "reminders").dpia = DpiaStatus::Done; }},
        {"RB023", "automated decisions with safeguards",
         [](Register& r) {
             Activity& a = activity(r, "treatment");
             a.automatedDecisions.status = AutomatedDecisionStatus::Yes;
             a.automatedDecisions.safeguards = QStringLiteral("A physiotherapist reviews every triage result.");
         }},
        {"RB024", "automated decisions assessed as none", [](Register&) {}},
        {"RB025", "a legal obligation with its law",
         [](Register& r) {
             LawfulBasis law(Basis::LegalObligation);
             law.law = QStringLiteral("Health and Social Care Act 2008 (Regulated Activities) Regulations 2014");
             activity(r, "treatment").bases.push_back(law);
         }},
        {"RB026", "a source used by one activity only",
         [](Register& r) {
             r.sources.push_back({QStringLiteral("gp"), QStringLiteral("GP")});
             activity(r, "treatment").sources.push_back(QStringLiteral("gp"));
         }},
        {"RB027", "reviewed exactly twelve months ago",
         [](Register& r) { r.lastReviewed = test::wellKeptToday().addMonths(-12); }},
        {"RB028", "no activity keeps its own review date: the register's review covers them",
         [](Register& r) {
             for (Activity& a : r.activities) {
                 a.lastReviewed.reset();
             }
         }},
        {"RB029", "a phone number is contact enough",
         [](Register& r) {
             r.controller.address.clear();
             r.controller.email.clear();
             r.controller.phone = QStringLiteral("01904 000000");
         }},
    };
    ASSERT_EQ(cases.size(), RuleSet::rules().size());
    for (const Case& c : cases) {
        Register reg = test::wellKeptRegister();
        c.change(reg);
        const QList<Finding> findings = check(reg);
        EXPECT_TRUE(targetsOf(findings, c.rule).isEmpty()) << c.rule << ": " << c.what;
        EXPECT_TRUE(findings.isEmpty()) << c.rule << ": " << c.what << "\n" << describe(findings).toStdString();
    }
}
