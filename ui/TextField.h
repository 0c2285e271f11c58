#pragma once

#include <QPlainTextEdit>

namespace ropa::ui {

// A multi-line text field that says when the user is done with it (focus leaves it), as QLineEdit's
// editingFinished does, so a change is saved once rather than at every key.
class TextField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextField(QWidget* parent = nullptr);

    // Replaces the text only when it differs, so the cursor of a field being typed in stays put.
    void setTextIfChanged(const QString& text);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace ropa::ui
