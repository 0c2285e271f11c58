#include "core/PassphraseStrength.h"

#include <QRegularExpression>
#include <vector>
#include <zxcvbn.h>

namespace ropa {

namespace {

// zxcvbn's bits are log2 of the guesses a pattern-aware attacker needs. A stolen .ropa file is attacked offline,
// where our Argon2id key derivation (64 MiB, t = 3) holds even a rack of GPUs to roughly 2^17 guesses a second:
//   < 30 bits  gone in hours (2^30 / 2^17 s ≈ 2 h);
//   < 50 bits  within reach of a patient attacker, because zxcvbn overrates personal choices it has no
//              dictionary for (a pet's name, a street) by several powers of two;
//   < 70 bits  centuries at that rate even after allowing for that overrating: the least we accept by default;
//   < 90 bits  a wide margin for faster hardware;
//   >= 90 bits out of reach even at 2^40 guesses a second, i.e. even if the key derivation cost nothing.
constexpr double kWeakBits = 30;
constexpr double kFairBits = 50;
constexpr double kGoodBits = 70;
constexpr double kStrongBits = 90;

} // namespace

PassphraseStrength::Level PassphraseStrength::levelFor(double entropyBits)
{
    if (entropyBits < kWeakBits) {
        return Level::VeryWeak;
    }
    if (entropyBits < kFairBits) {
        return Level::Weak;
    }
    if (entropyBits < kGoodBits) {
        return Level::Fair;
    }
    if (entropyBits < kStrongBits) {
        return Level::Good;
    }
    return Level::Strong;
}

PassphraseStrength PassphraseStrength::assess(const QString& passphrase, const QStringList& userWords)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty()) {
        return strength;
    }

    // Both whole details and their single words go in, since a passphrase may use either.
    QList<QByteArray> words;
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    for (const QString& text : userWords) {
        const QString lower = text.trimmed().toLower();
        if (lower.size() >= 3) {
            words.append(lower.toUtf8());
        }
        for (const QString& word : lower.split(separators, Qt::SkipEmptyParts)) {
            if (word.size() >= 3 && word != lower) {
                words.append(word.toUtf8());
            }
        }
    }
    std::vector<const char*> dictionary;
    dictionary.reserve(words.size() + 1);
    for (const QByteArray& word : words) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);

    QByteArray utf8 = passphrase.toUtf8();
    ZxcMatch_t* info = nullptr;
    strength.m_bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    utf8.fill('\0');
    for (const ZxcMatch_t* match = info; match; match = match->Next) {
        const int type = match->Type & ~MULTIPLE_MATCH;
        if (type == USER_MATCH || type == USER_LEET_MATCH) {
            strength.m_usesUserWords = true;
        }
    }
    ZxcvbnFreeInfo(info);
    strength.m_level = levelFor(strength.m_bits);
    strength.m_empty = false;
    return strength;
}

QString PassphraseStrength::levelName() const
{
    return levelName(m_level);
}

QString PassphraseStrength::levelName(Level level)
{
    switch (level) {
    case Level::VeryWeak:
        return tr("Very weak");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Good:
        return tr("Good");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

QString PassphraseStrength::advice() const
{
    if (m_empty) {
        return tr("Choose a passphrase of five or more random words.");
    }
    if (m_usesUserWords && m_level < Level::Good) {
        return tr("Words from the register's own details are among the first an attacker tries; use random words.");
    }
    switch (m_level) {
    case Level::VeryWeak:
        return tr("This would be guessed almost at once; use five or more random words.");
    case Level::Weak:
        return tr("A determined attacker could guess this; add more random words.");
    case Level::Fair:
        return tr("Acceptable; one more random word would make it much harder to guess.");
    case Level::Good:
        return tr("Hard to guess; a good choice.");
    case Level::Strong:
        return tr("Out of reach of guessing.");
    }
    return {};
}

} // namespace ropa
