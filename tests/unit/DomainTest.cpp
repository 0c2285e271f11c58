#include "domain/DataSubjectRights.h"
#include "domain/LawfulBasis.h"
#include "domain/RetentionRule.h"

#include <gtest/gtest.h>

using namespace ropa;

namespace {

TEST(RetentionRuleTest, AcceptsCalendarPeriodsOnly)
{
    for (const char* good : {"P12M", "P6M", "P6Y", "P1Y6M", "P2W", "P30D"}) {
        EXPECT_TRUE(RetentionRule::isValidPeriod(QString::fromLatin1(good))) << good;
    }
    for (const char* bad : {"", "P", "12M", "P12", "PT5H", "P1.5Y", "p12m", "P12M "}) {
        EXPECT_FALSE(RetentionRule::isValidPeriod(QString::fromLatin1(bad))) << bad;
    }
}

TEST(RetentionRuleTest, PeriodInWords)
{
    EXPECT_EQ(RetentionRule::periodInWords(QStringLiteral("P12M")), QStringLiteral("12 months"));
    EXPECT_EQ(RetentionRule::periodInWords(QStringLiteral("P1Y6M")), QStringLiteral("1 year 6 months"));
    EXPECT_EQ(RetentionRule::periodInWords(QStringLiteral("P1W")), QStringLiteral("1 week"));
    EXPECT_EQ(RetentionRule::periodInWords(QStringLiteral("P2D")), QStringLiteral("2 days"));
    EXPECT_EQ(RetentionRule::periodInWords(QStringLiteral("twelve")), QString());
}

TEST(RetentionRuleTest, PeriodFromWordsReadsWhatPeopleType)
{
    const std::pair<const char*, const char*> cases[] = {
        {"12 months", "P12M"},
        {"6 years", "P6Y"},
        {"1 year 6 months", "P1Y6M"},
        {"1 Year", "P1Y"},
        {"2 years and 3 months", "P2Y3M"},
        {"30 days", "P30D"},
        {"2 weeks", "P2W"},
        {"P6Y", "P6Y"},
        {"p18m", "P18M"},
    };
    for (const auto& [words, period] : cases) {
        EXPECT_EQ(RetentionRule::periodFromWords(QString::fromLatin1(words)), QString::fromLatin1(period)) << words;
    }
    for (const char* bad : {"", "twelve months", "6 months 1 year", "forever", "1.5 years", "12"}) {
        EXPECT_EQ(RetentionRule::periodFromWords(QString::fromLatin1(bad)), QString()) << bad;
    }
    // What the form shows reads back as the same period.
    for (const char* period : {"P12M", "P1Y6M", "P2W", "P30D"}) {
        const QString words = RetentionRule::periodInWords(QString::fromLatin1(period));
        EXPECT_EQ(RetentionRule::periodFromWords(words), QString::fromLatin1(period)) << period;
    }
}

TEST(RetentionRuleTest, SummaryPrefersPeriodAndTrigger)
{
    RetentionRule rule{QStringLiteral("quote"), QStringLiteral("Declined quotes"), QStringLiteral("P12M"),
                       QStringLiteral("quote declined")};
    EXPECT_EQ(rule.summary(), QStringLiteral("12 months from quote declined"));
    rule.period.clear();
    EXPECT_EQ(rule.summary(), QStringLiteral("Until quote declined"));
    rule.trigger.clear();
    EXPECT_EQ(rule.summary(), QStringLiteral("Declined quotes"));
}

TEST(LawfulBasisTest, KeysAndArticlesFollowArticleSix)
{
    EXPECT_EQ(basisArticle(Basis::Consent), QStringLiteral("Article 6(1)(a)"));
    EXPECT_EQ(basisArticle(Basis::LegitimateInterests), QStringLiteral("Article 6(1)(f)"));
    for (const Basis basis : kAllBases) {
        EXPECT_EQ(basisFromKey(basisKey(basis)), basis);
    }
    EXPECT_FALSE(basisFromKey(QStringLiteral("Contract")).has_value()) << "keys are case-sensitive";
}

TEST(LawfulBasisTest, EveryBasisIsExplainedInWords)
{
    for (const Basis basis : kAllBases) {
        EXPECT_FALSE(basisSummary(basis).isEmpty()) << basisKey(basis).toStdString();
        EXPECT_GT(basisGuidance(basis).size(), basisSummary(basis).size()) << basisKey(basis).toStdString();
    }
    EXPECT_TRUE(basisGuidance(Basis::LegalObligation).contains(QStringLiteral("Name the law")));
    EXPECT_TRUE(basisGuidance(Basis::LegitimateInterests).contains(QStringLiteral("legitimate-interests assessment")));
}

} // namespace

namespace {

QStringList rightsFor(std::initializer_list<ropa::Basis> bases)
{
    QList<ropa::LawfulBasis> list;
    for (const ropa::Basis b : bases) {
        list.append(ropa::LawfulBasis(b));
    }
    return ropa::DataSubjectRights::names(ropa::DataSubjectRights::available(list));
}

TEST(DataSubjectRightsTest, FollowTheIcoTableByBasis)
{
    const QString always = QStringLiteral("To be informed|Access|Rectification");
    EXPECT_EQ(rightsFor({ropa::Basis::LegalObligation}).join(QLatin1Char('|')),
              always + QStringLiteral("|Restriction"));
    EXPECT_EQ(rightsFor({ropa::Basis::Contract}).join(QLatin1Char('|')),
              always + QStringLiteral("|Erasure|Restriction|Data portability"));
    EXPECT_EQ(rightsFor({ropa::Basis::LegitimateInterests}).join(QLatin1Char('|')),
              always + QStringLiteral("|Erasure|Restriction|Object"));
    EXPECT_EQ(rightsFor({ropa::Basis::PublicTask}).join(QLatin1Char('|')),
              always + QStringLiteral("|Restriction|Object"));
    EXPECT_EQ(rightsFor({ropa::Basis::VitalInterests}).join(QLatin1Char('|')),
              always + QStringLiteral("|Erasure|Restriction"));
    EXPECT_EQ(rightsFor({ropa::Basis::Consent}).join(QLatin1Char('|')),
              always + QStringLiteral("|Erasure|Restriction|Data portability|Withdraw consent at any time"));
}

TEST(DataSubjectRightsTest, SeveralBasesGiveTheWidestRights)
{
    EXPECT_EQ(rightsFor({ropa::Basis::Contract, ropa::Basis::LegitimateInterests}).join(QLatin1Char('|')),
              QStringLiteral("To be informed|Access|Rectification|Erasure|Restriction|Data portability|Object"));
}

} // namespace
