#pragma once

#include <QSize>

class QWidget;

namespace ropa::ui {

// Sizes a window for the screen it opens on instead of a size fixed in code: preferred where the screen has room,
// else share of the screen's available area (what the taskbar leaves), never less than the window needs nor more
// than the screen has.
void fitToScreen(QWidget* window, QSize preferred, double share = 0.9);

} // namespace ropa::ui
