#pragma once

#include "core/SecureBytes.h"

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace ropa::ui {

// A new passphrase typed twice, with a strength meter and, for a weak one, a box to tick to use it anyway. For
// creating a register, saving a copy and changing a passphrase.
class NewPassphraseBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit NewPassphraseBox(const QString& title, QWidget* parent = nullptr);

    // Words an attacker would try first (the organisation's name, say); they count against the passphrase.
    void setKnownWords(const QStringList& words);
    // Typed, the same twice, and strong enough or chosen as weak in so many words.
    bool isReady() const;
    QLineEdit* passphraseEdit() const { return m_passphraseEdit; }
    // The passphrase in guarded memory; both fields are empty afterwards.
    SecureBytes takePassphrase();
    void clear();
    // Messages that come and go keep their room, so the dialog does not jump about under the cursor.
    void reserveRoom();

Q_SIGNALS:
    void changed();

private:
    void updateStrength();
    void updateState();

    QLineEdit* m_passphraseEdit = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QProgressBar* m_strengthBar = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_matchLabel = nullptr;
    QCheckBox* m_weakCheckBox = nullptr;
    QStringList m_knownWords;
    bool m_strongEnough = false;
};

} // namespace ropa::ui
