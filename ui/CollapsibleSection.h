#pragma once

#include <QWidget>

class QToolButton;

namespace ropa::ui {

// A part of a long form that folds away under a heading button, so rarely needed detail (an assessment, a checklist)
// takes one line until it is wanted. The heading can carry a short summary of what is inside.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    // The widget to put the section's fields in (give it a layout).
    QWidget* content() const { return m_content; }
    QToolButton* toggleButton() const { return m_toggle; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // Shown after the title, such as "complete" or "2 ticked".
    void setSummary(const QString& summary);

private:
    void updateTitle();

    QString m_title;
    QString m_summary;
    QToolButton* m_toggle = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace ropa::ui
