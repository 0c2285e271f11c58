#include "core/PassphraseStrength.h"

#include <QStringList>
#include <gtest/gtest.h>
#include <random>

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

// Everyday words of the kind a person picks at random from a dictionary or a word list, none of them rare.
QStringList everydayWords()
{
    return QStringLiteral(
               "apple river candle monkey cloud table garden window orange tiger lantern gravel walrus tundra pickle "
               "anchor bishop trumpet velvet mango crisp delta fern orbit mustard copper basket pencil rocket saddle "
               "meadow harbour jacket kettle ladder marble needle pepper rabbit silver ticket violin wagon yellow "
               "zebra "
               "bottle bridge castle dragon engine forest guitar hammer island jungle kitten lemon mirror oyster "
               "parrot "
               "ribbon spider tomato umbrella valley walnut button carpet dinner eagle feather ginger helmet iceberg "
               "jelly lizard magnet napkin olive pillow puzzle rainbow shadow tunnel vessel whistle blanket cactus "
               "donkey falcon hazel insect kayak locket mitten noodle otter pebble sponge thistle willow badger cobweb "
               "ember fossil glacier hornet igloo jester kernel lobster muffin nectar onion pirate raven turnip wombat")
        .split(QLatin1Char(' '));
}

// Passphrases of count words drawn at random from the list, the same each run.
QStringList randomWordPassphrases(int count, int howMany)
{
    const QStringList words = everydayWords();
    std::mt19937 random(20261203);
    QStringList passphrases;
    for (int i = 0; i < howMany; ++i) {
        QStringList pool = words;
        QStringList chosen;
        for (int w = 0; w < count; ++w) {
            chosen << pool.takeAt(std::uniform_int_distribution<qsizetype>(0, pool.size() - 1)(random));
        }
        passphrases << chosen.join(QLatin1Char(' '));
    }
    return passphrases;
}

TEST(PassphraseStrengthTest, TheAdviceAsksForAsManyRandomWordsAsAGoodRatingTakes)
{
    // What the box says before anything is typed is what the rating then rewards.
    const QString hint = PassphraseStrength::assess(QString()).advice();
    EXPECT_TRUE(hint.contains(QStringLiteral("five or more random words"))) << hint.toStdString();
    EXPECT_EQ(PassphraseStrength::kRecommendedWords, 5);
    for (const QString& passphrase : randomWordPassphrases(PassphraseStrength::kRecommendedWords, 200)) {
        const PassphraseStrength strength = PassphraseStrength::assess(passphrase);
        EXPECT_GE(strength.level(), Level::Good) << passphrase.toStdString() << " scored " << strength.entropyBits();
    }
    // One word fewer is still accepted, and the advice then asks for one more.
    for (const QString& passphrase : randomWordPassphrases(PassphraseStrength::kRecommendedWords - 1, 200)) {
        const PassphraseStrength strength = PassphraseStrength::assess(passphrase);
        EXPECT_GE(strength.level(), Level::Fair) << passphrase.toStdString() << " scored " << strength.entropyBits();
        if (strength.level() == Level::Fair) {
            EXPECT_TRUE(strength.advice().contains(QStringLiteral("one more random word")));
        }
    }
    EXPECT_EQ(PassphraseStrength::assess(QStringLiteral("table river candle monkey")).level(), Level::Fair);
    EXPECT_TRUE(PassphraseStrength::assess(QStringLiteral("password")).advice().contains(QStringLiteral("five")));
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
