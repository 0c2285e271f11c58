#include "NewPassphraseBox.h"

#include "HiddenRoom.h"
#include "SecretText.h"
#include "core/PassphraseStrength.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ropa::ui {

namespace {

QColor levelColour(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::VeryWeak:
        return QColor(0xc0, 0x1c, 0x28);
    case PassphraseStrength::Level::Weak:
        return QColor(0xe6, 0x61, 0x00);
    case PassphraseStrength::Level::Fair:
        return QColor(0xc6, 0x9b, 0x00);
    case PassphraseStrength::Level::Good:
        return QColor(0x2e, 0xa0, 0x43);
    case PassphraseStrength::Level::Strong:
        return QColor(0x1a, 0x7f, 0x37);
    }
    return {};
}

} // namespace

NewPassphraseBox::NewPassphraseBox(const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
    , m_passphraseEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_strengthBar(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_matchLabel(new QLabel(this))
    , m_weakCheckBox(new QCheckBox(tr("I understand this passphrase is easy to guess; &use it anyway"), this))
{
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(m_strengthBar->fontMetrics().height() / 2 + 4);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setWordWrap(true);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setWordWrap(true);
    m_matchLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_matchLabel->setText(tr("The passphrases do not match."));
    m_matchLabel->hide();
    m_weakCheckBox->setObjectName(QStringLiteral("useWeakPassphraseCheckBox"));
    m_weakCheckBox->hide();

    auto* repeatField = new QVBoxLayout;
    repeatField->addWidget(m_repeatEdit);
    repeatField->addWidget(m_matchLabel);
    auto* strengthField = new QVBoxLayout;
    strengthField->addWidget(m_strengthBar);
    strengthField->addWidget(m_strengthLabel);
    strengthField->addWidget(m_weakCheckBox);
    auto* form = new QFormLayout(this);
    auto* passphraseLabel = new QLabel(tr("Pass&phrase:"), this);
    passphraseLabel->setBuddy(m_passphraseEdit);
    form->addRow(passphraseLabel, m_passphraseEdit);
    auto* repeatLabel = new QLabel(tr("&Repeat:"), this);
    repeatLabel->setBuddy(m_repeatEdit);
    form->addRow(repeatLabel, repeatField);
    form->addRow(tr("Strength:"), strengthField);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &NewPassphraseBox::updateStrength);
    connect(m_repeatEdit, &QLineEdit::textChanged, this, &NewPassphraseBox::updateState);
    connect(m_weakCheckBox, &QCheckBox::toggled, this, &NewPassphraseBox::updateState);
    updateStrength();
}

void NewPassphraseBox::setKnownWords(const QStringList& words)
{
    m_knownWords = words;
    updateStrength();
}

void NewPassphraseBox::reserveRoom()
{
    HiddenRoom::keep(m_matchLabel);
    HiddenRoom::keep(m_strengthLabel, 2);
    HiddenRoom::keep(m_weakCheckBox);
}

bool NewPassphraseBox::isReady() const
{
    const QString passphrase = m_passphraseEdit->text();
    return !passphrase.isEmpty() && passphrase == m_repeatEdit->text() &&
        (m_strongEnough || m_weakCheckBox->isChecked());
}

SecureBytes NewPassphraseBox::takePassphrase()
{
    SecretText::clear(m_repeatEdit);
    return SecretText::take(m_passphraseEdit);
}

void NewPassphraseBox::clear()
{
    SecretText::clear(m_passphraseEdit);
    SecretText::clear(m_repeatEdit);
}

void NewPassphraseBox::updateStrength()
{
    const PassphraseStrength strength = PassphraseStrength::assess(m_passphraseEdit->text(), m_knownWords);
    m_strongEnough = !strength.isEmpty() && strength.level() >= PassphraseStrength::Level::Fair;
    m_strengthBar->setValue(qBound(0, qRound(strength.entropyBits()), 100));
    QPalette palette = m_strengthBar->palette();
    palette.setColor(QPalette::Highlight, levelColour(strength.level()));
    m_strengthBar->setPalette(palette);
    m_strengthLabel->setText(strength.isEmpty() ? strength.advice()
                                                : tr("%1. %2").arg(strength.levelName(), strength.advice()));

    // A weak passphrase is allowed (a register for a trial, say) but only as a choice made in so many words.
    const bool weak = !strength.isEmpty() && !m_strongEnough;
    if (!weak) {
        m_weakCheckBox->setChecked(false);
    }
    m_weakCheckBox->setVisible(weak);
    updateState();
}

void NewPassphraseBox::updateState()
{
    m_matchLabel->setVisible(!m_repeatEdit->text().isEmpty() && m_repeatEdit->text() != m_passphraseEdit->text());
    Q_EMIT changed();
}

} // namespace ropa::ui
