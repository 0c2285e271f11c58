#include "report/RegisterStatistics.h"

#include "formats/DemoRegister.h"

#include <gtest/gtest.h>

using namespace ropa;
using report::RegisterStatistics;

namespace {

std::vector<std::pair<std::string, int>> recipientRows(const RegisterStatistics& stats)
{
    std::vector<std::pair<std::string, int>> rows;
    for (const RegisterStatistics::RecipientUsage& usage : stats.recipientsByUse()) {
        rows.emplace_back(usage.id.toStdString(), usage.activities);
    }
    return rows;
}

std::vector<int> basisCounts(const RegisterStatistics& stats)
{
    std::vector<int> counts;
    for (const RegisterStatistics::BasisCount& count : stats.activitiesPerBasis()) {
        counts.push_back(count.activities);
    }
    return counts;
}

Activity activity(const QString& id, QList<Basis> bases, QStringList recipients)
{
    Activity a;
    a.id = id;
    a.purpose = id;
    for (const Basis basis : bases) {
        a.bases.append(LawfulBasis(basis));
    }
    a.recipients = recipients;
    return a;
}

// The expected numbers are counted by hand from resources/demo/kjm-group.ropa.json.
TEST(RegisterStatisticsTest, CountsTheKjmDemoRegister)
{
    const Result<Register> demo = formats::DemoRegister::load();
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    const RegisterStatistics stats(demo.value());

    EXPECT_EQ(stats.activityCount(), 19);
    EXPECT_EQ(stats.recipientCount(), 9);
    EXPECT_EQ(stats.dataCategoryCount(), 12);
    EXPECT_EQ(stats.activitiesWithoutBasis(), 0);
    EXPECT_EQ(stats.unusedRecipientCount(), 1);

    // Consent, contract, legal obligation, vital interests, public task, legitimate interests.
    EXPECT_EQ(basisCounts(stats), (std::vector<int>{0, 10, 8, 0, 0, 16}));
    EXPECT_EQ(stats.activitiesPerBasis().front().basis, Basis::Consent);
    EXPECT_EQ(stats.activitiesPerBasis().back().basis, Basis::LegitimateInterests);
    EXPECT_EQ(stats.activitiesWithBasis(Basis::Contract), 10);

    const std::vector<std::pair<std::string, int>> expected{
        {"fabricator", 3}, {"ggf", 2},    {"courts-regulators", 2}, {"fraud-credit-agencies", 2}, {"staff", 1},
        {"fensa", 1},      {"safety", 1}, {"google-analytics", 1},  {"merger-party", 0}};
    EXPECT_EQ(recipientRows(stats), expected);
    EXPECT_EQ(stats.recipientsByUse().front().name,
              QStringLiteral("The fabricator of your windows, doors or conservatory"));

    EXPECT_EQ(stats.dataCategoriesWith(SpecialCategory::None), 11);
    EXPECT_EQ(stats.dataCategoriesWith(SpecialCategory::Art9), 0);
    EXPECT_EQ(stats.dataCategoriesWith(SpecialCategory::Art10), 1);
    EXPECT_EQ(stats.dataCategoriesBySensitivity().at(2).special, SpecialCategory::Art10);
}

TEST(RegisterStatisticsTest, CountsEachActivityOnceAndIgnoresUnknownRecipients)
{
    Register reg;
    reg.recipients = {{QStringLiteral("a"), QStringLiteral("Alpha"), RecipientKind::Processor, {}, {}, {}},
                      {QStringLiteral("b"), QStringLiteral("Beta"), RecipientKind::Processor, {}, {}, {}},
                      {QStringLiteral("c"), QStringLiteral("Gamma"), RecipientKind::Processor, {}, {}, {}}};
    reg.dataCategories = {{QStringLiteral("health"), QStringLiteral("Health"), {}, SpecialCategory::Art9},
                          {QStringLiteral("contact"), QStringLiteral("Contact"), {}, SpecialCategory::None},
                          {QStringLiteral("ethnicity"), QStringLiteral("Ethnicity"), {}, SpecialCategory::Art9}};
    reg.activities = {
        activity(QStringLiteral("one"), {Basis::Consent, Basis::Consent}, {QStringLiteral("c"), QStringLiteral("c")}),
        activity(QStringLiteral("two"), {Basis::Consent, Basis::PublicTask},
                 {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("missing")}),
        activity(QStringLiteral("three"), {}, {}),
        activity(QStringLiteral("four"), {}, {QStringLiteral("b")}),
    };
    const RegisterStatistics stats(reg);

    EXPECT_EQ(stats.activityCount(), 4);
    EXPECT_EQ(stats.recipientCount(), 3);
    EXPECT_EQ(stats.dataCategoryCount(), 3);
    EXPECT_EQ(stats.activitiesWithoutBasis(), 2);
    EXPECT_EQ(basisCounts(stats), (std::vector<int>{2, 0, 0, 0, 1, 0}));
    // b and c tie on two; b comes first in the register. a is used by nothing.
    const std::vector<std::pair<std::string, int>> expected{{"b", 2}, {"c", 2}, {"a", 0}};
    EXPECT_EQ(recipientRows(stats), expected);
    EXPECT_EQ(stats.unusedRecipientCount(), 1);
    EXPECT_EQ(stats.dataCategoriesWith(SpecialCategory::None), 1);
    EXPECT_EQ(stats.dataCategoriesWith(SpecialCategory::Art9), 2);
    EXPECT_EQ(stats.dataCategoriesWith(SpecialCategory::Art10), 0);
}

TEST(RegisterStatisticsTest, AnEmptyRegisterHasZeroEverywhere)
{
    const RegisterStatistics stats{Register{}};
    EXPECT_EQ(stats.activityCount(), 0);
    EXPECT_EQ(stats.activitiesWithoutBasis(), 0);
    EXPECT_TRUE(stats.recipientsByUse().isEmpty());
    EXPECT_EQ(basisCounts(stats), (std::vector<int>(6, 0)));
    for (const RegisterStatistics::SensitivityCount& count : stats.dataCategoriesBySensitivity()) {
        EXPECT_EQ(count.dataCategories, 0);
    }
}

} // namespace
