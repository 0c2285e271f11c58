#pragma once

class QWidget;

namespace ropa::ui {

// Messages that come and go as the user types keep their room while hidden, so a form does not jump about under
// the cursor; wrapped ones get their lines up front, because a dialog does not grow for word-wrapped labels.
class HiddenRoom
{
public:
    static void keep(QWidget* widget, int lines = 1);
};

} // namespace ropa::ui
