#include "CollapsibleSection.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace ropa::ui {

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_toggle(new QToolButton(this))
    , m_content(new QWidget(this))
{
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_content->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_content->setVisible(on);
    });
    updateTitle();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_content);
}

bool CollapsibleSection::isExpanded() const
{
    return m_toggle->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

void CollapsibleSection::setSummary(const QString& summary)
{
    m_summary = summary;
    updateTitle();
}

void CollapsibleSection::updateTitle()
{
    m_toggle->setText(m_summary.isEmpty() ? m_title : tr("%1 (%2)").arg(m_title, m_summary));
    m_toggle->setAccessibleName(m_toggle->text().remove(u'&'));
}

} // namespace ropa::ui
