#include "core/PassphraseStrength.h"

#include <gtest/gtest.h>

using namespace ropa;
using Level = PassphraseStrength::Level;

namespace {

TEST(PassphraseStrengthTest, CommonPasswordsAreVeryWeak)
{
    for (const char* common : {"password", "123456", "qwertyuiop", "Password1!"}) {
        const PassphraseStrength strength = PassphraseStrength::assess(QString::fromLatin1(common));
        EXPECT_EQ(strength.level(), Level::VeryWeak) << common << " scored " << strength.entropyBits();
        EXPECT_FALSE(strength.advice().isEmpty());
    }
}

TEST(PassphraseStrengthTest, LongRandomWordPassphraseIsStrong)
{
    const PassphraseStrength strength =
        PassphraseStrength::assess(QStringLiteral("walrus tundra pickle oboe lantern gravel"));
    EXPECT_EQ(strength.level(), Level::Strong) << strength.entropyBits();
    EXPECT_GE(strength.entropyBits(), 90.0);
    EXPECT_EQ(strength.levelName(), QStringLiteral("Strong"));
}

TEST(PassphraseStrengthTest, MoreRandomWordsScoreHigher)
{
    const double four = PassphraseStrength::assess(QStringLiteral("plinth orbit quango mustard")).entropyBits();
    const double five = PassphraseStrength::assess(QStringLiteral("plinth orbit quango mustard velvet")).entropyBits();
    EXPECT_GT(five, four);
}

TEST(PassphraseStrengthTest, EmptyIsVeryWeakAndSaysWhatToDo)
{
    const PassphraseStrength strength = PassphraseStrength::assess(QString());
    EXPECT_TRUE(strength.isEmpty());
    EXPECT_EQ(strength.level(), Level::VeryWeak);
    EXPECT_EQ(strength.entropyBits(), 0.0);
    EXPECT_TRUE(strength.advice().contains(QStringLiteral("random words")));
}

TEST(PassphraseStrengthTest, TheOrganisationsOwnNameCountsAgainstAPassphrase)
{
    const QString passphrase = QStringLiteral("Kjm-Group-Andover");
    const PassphraseStrength plain = PassphraseStrength::assess(passphrase);
    const PassphraseStrength known =
        PassphraseStrength::assess(passphrase, {QStringLiteral("KJM Group Ltd"), QStringLiteral("Andover")});
    EXPECT_LT(known.entropyBits(), plain.entropyBits());
    EXPECT_LE(known.level(), Level::Weak);
    EXPECT_TRUE(known.advice().contains(QStringLiteral("register's own details"))) << known.advice().toStdString();
}

TEST(PassphraseStrengthTest, LevelThresholds)
{
    EXPECT_EQ(PassphraseStrength::levelFor(0), Level::VeryWeak);
    EXPECT_EQ(PassphraseStrength::levelFor(29.9), Level::VeryWeak);
    EXPECT_EQ(PassphraseStrength::levelFor(30), Level::Weak);
    EXPECT_EQ(PassphraseStrength::levelFor(50), Level::Fair);
    EXPECT_EQ(PassphraseStrength::levelFor(70), Level::Good);
    EXPECT_EQ(PassphraseStrength::levelFor(90), Level::Strong);
}

} // namespace
