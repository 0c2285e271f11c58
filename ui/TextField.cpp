#include "TextField.h"

namespace ropa::ui {

TextField::TextField(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * 4);
}

void TextField::setTextIfChanged(const QString& text)
{
    if (toPlainText() != text) {
        setPlainText(text);
    }
}

void TextField::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT editingFinished();
}

} // namespace ropa::ui
