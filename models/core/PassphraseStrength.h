#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ropa {

// How hard a passphrase is to guess, estimated by zxcvbn, with a level and a sentence of advice for the user.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { VeryWeak, Weak, Fair, Good, Strong };

    // The random words the advice asks for. zxcvbn rates every five everyday words drawn at random Good or better
    // (73 bits at the least, of 300 draws), while four such words are mostly Fair (52 to 81 bits, half under 70):
    // asking for four would promise a rating the user then does not see.
    static constexpr int kRecommendedWords = 5;

    // userWords are words an attacker would try first because they are known to go with the register (the
    // organisation's name, its email address); a passphrase built from them scores low.
    static PassphraseStrength assess(const QString& passphrase, const QStringList& userWords = {});
    static Level levelFor(double entropyBits);

    // log2 of the guesses an attacker who knows common passwords, words and patterns would need.
    double entropyBits() const { return m_bits; }
    Level level() const { return m_level; }
    bool isEmpty() const { return m_empty; }
    // "Very weak" ... "Strong".
    QString levelName() const;
    static QString levelName(Level level);
    // One sentence saying what to do next.
    QString advice() const;

private:
    double m_bits = 0;
    Level m_level = Level::VeryWeak;
    bool m_empty = true;
    bool m_usesUserWords = false;
};

} // namespace ropa
