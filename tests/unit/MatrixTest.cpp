#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "report/LawfulBasisMatrix.h"

#include <QRegularExpression>
#include <QStringList>
#include <gtest/gtest.h>

using namespace ropa;
using report::LawfulBasisMatrix;

namespace {

Activity activity(const QString& purpose, QList<Basis> bases)
{
    Activity a;
    a.id = purpose.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    a.purpose = purpose;
    for (const Basis basis : bases) {
        a.bases.append(LawfulBasis(basis));
    }
    return a;
}

// Prints a readable diff-like message when two texts differ.
::testing::AssertionResult sameText(const QString& expected, const QString& actual)
{
    if (expected == actual) {
        return ::testing::AssertionSuccess();
    }
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QString le = e.value(i);
        const QString la = a.value(i);
        if (le != la) {
            return ::testing::AssertionFailure()
                << "line " << i + 1 << "\n- expected: " << le.toStdString() << "\n+ actual:   " << la.toStdString();
        }
    }
    return ::testing::AssertionFailure() << "texts differ";
}

TEST(MatrixTest, DemoMatchesTheGoldenText)
{
    const Result<Register> demo = formats::DemoRegister::load();
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    const QString golden = QString::fromUtf8(test::readBytes(test::dataPath(QStringLiteral("kjm-matrix.txt"))));
    ASSERT_FALSE(golden.isEmpty());
    EXPECT_TRUE(sameText(golden, LawfulBasisMatrix(demo.value()).toText()));
}

TEST(MatrixTest, DemoReproducesThePolicysPurposeListApartFromWhitespace)
{
    const QString policyPath = test::sharedDomainPath(QStringLiteral("kjm-privacy-policy.txt"));
    if (policyPath.isEmpty()) {
        GTEST_SKIP() << "../shared/domain/kjm-privacy-policy.txt is not beside this checkout";
    }
    const QString policy = QString::fromUtf8(test::readBytes(policyPath));
    const qsizetype listStart = policy.indexOf(QStringLiteral("We have indicated by asterisks"));
    ASSERT_GE(listStart, 0);
    QStringList expected;
    for (const QString& line : policy.mid(listStart).split(QLatin1Char('\n')).mid(1)) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QChar(0x2022))) {
            expected << trimmed.mid(1).simplified();
        } else if (!trimmed.isEmpty()) {
            break;
        }
    }
    ASSERT_EQ(expected.size(), 19);

    const Result<Register> demo = formats::DemoRegister::load();
    ASSERT_TRUE(demo.ok());
    const LawfulBasisMatrix matrix(demo.value());
    QStringList actual;
    for (const LawfulBasisMatrix::Row& row : matrix.rows()) {
        actual << matrix.rowText(row).simplified();
    }
    EXPECT_TRUE(sameText(expected.join(QLatin1Char('\n')), actual.join(QLatin1Char('\n'))));
}

TEST(MatrixTest, ThreeCustomaryMarkersAndTheirLegend)
{
    Register reg;
    reg.activities = {activity(QStringLiteral("Selling"), {Basis::LegitimateInterests, Basis::Contract}),
                      activity(QStringLiteral("Tax"), {Basis::LegalObligation})};
    EXPECT_EQ(LawfulBasisMatrix(reg).toText(),
              QStringLiteral("Selling (*, ***)\n"
                             "Tax (**)\n"
                             "\n"
                             "*    Contract (Article 6(1)(b))\n"
                             "**   Legal obligation (Article 6(1)(c))\n"
                             "***  Legitimate interests (Article 6(1)(f))\n"));
}

TEST(MatrixTest, ConsentGetsTheNextMarkerAndALegendLine)
{
    Register reg;
    reg.activities = {activity(QStringLiteral("Newsletter"), {Basis::Consent}),
                      activity(QStringLiteral("Selling"), {Basis::Contract, Basis::Consent})};
    EXPECT_EQ(LawfulBasisMatrix(reg).toText(),
              QStringLiteral("Newsletter (****)\n"
                             "Selling (*, ****)\n"
                             "\n"
                             "*     Contract (Article 6(1)(b))\n"
                             "**    Legal obligation (Article 6(1)(c))\n"
                             "***   Legitimate interests (Article 6(1)(f))\n"
                             "****  Consent (Article 6(1)(a))\n"));
}

TEST(MatrixTest, ConsentAndPublicTaskFollowInArticleOrder)
{
    Register reg;
    reg.activities = {activity(QStringLiteral("Library loans"), {Basis::PublicTask}),
                      activity(QStringLiteral("Events"), {Basis::Consent, Basis::LegitimateInterests})};
    const LawfulBasisMatrix matrix(reg);
    EXPECT_EQ(matrix.marker(Basis::Consent), QStringLiteral("****"));
    EXPECT_EQ(matrix.marker(Basis::PublicTask), QStringLiteral("*****"));
    EXPECT_EQ(matrix.marker(Basis::VitalInterests), QString());
    const QStringList lines = matrix.toText().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.at(0), QStringLiteral("Library loans (*****)"));
    EXPECT_EQ(lines.at(1), QStringLiteral("Events (***, ****)"));
    EXPECT_EQ(lines.at(7), QStringLiteral("*****  Public task (Article 6(1)(e))"));
}

TEST(MatrixTest, PublicTaskAloneTakesFourAsterisks)
{
    Register reg;
    reg.activities = {activity(QStringLiteral("Licensing"), {Basis::PublicTask})};
    EXPECT_TRUE(LawfulBasisMatrix(reg).toText().startsWith(QStringLiteral("Licensing (****)\n")));
}

TEST(MatrixTest, ActivityWithoutBasisPrintsItsPurposeAlone)
{
    Register reg;
    reg.activities = {activity(QStringLiteral("Something  undecided"), {})};
    EXPECT_TRUE(LawfulBasisMatrix(reg).toText().startsWith(QStringLiteral("Something undecided\n\n")));
}

} // namespace
