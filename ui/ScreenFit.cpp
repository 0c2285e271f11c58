#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ropa::ui {

void fitToScreen(QWidget* window, QSize preferred, double share)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QSize available = screen->availableGeometry().size();
    const QSize shared(int(available.width() * share), int(available.height() * share));
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    window->resize(preferred.boundedTo(shared).expandedTo(needed).boundedTo(available));
}

} // namespace ropa::ui
