#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace ropa::ui {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    m_edit->setAccessibleName(checkText.isEmpty() ? QString() : QString(checkText).remove(u'&'));
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT edited();
    });
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::edited);
    // A day picked in the calendar is a finished edit too; the date edit takes the day before this runs.
    connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this, &OptionalDateEdit::edited, Qt::QueuedConnection);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch();
}

std::optional<QDate> OptionalDateEdit::date() const
{
    return m_check->isChecked() ? std::optional<QDate>(m_edit->date()) : std::nullopt;
}

void OptionalDateEdit::setDate(const std::optional<QDate>& date)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_check->setChecked(date.has_value());
    m_edit->setEnabled(date.has_value());
    if (date) {
        m_edit->setDate(*date);
    }
}

} // namespace ropa::ui
