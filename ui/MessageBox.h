#pragma once

#include <QMessageBox>
#include <optional>
#include <utility>

namespace ropa::ui {

// Questions and warnings the user must answer, through one place so tests can give the answer in advance and
// never block on a modal box.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // For tests: the next box is not shown; it answers this and remembers its text.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: forgets an answer given in advance that no box took.
    static void clearNextAnswer();
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace ropa::ui
