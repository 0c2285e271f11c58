#include "HiddenRoom.h"

#include <QWidget>

namespace ropa::ui {

void HiddenRoom::keep(QWidget* widget, int lines)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
    if (lines > 1) {
        widget->setMinimumHeight(lines * widget->fontMetrics().lineSpacing());
    }
}

} // namespace ropa::ui
