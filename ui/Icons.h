#pragma once

#include <QIcon>
#include <QString>

namespace ropa::ui {

// The application's own icons, drawn as SVG so they stay sharp at any scale, looked up by name.
class Icons
{
public:
    // The icon bundled as ":/icons/<name>.svg", or a null icon (and a warning) for an unknown name.
    static QIcon get(const QString& name);
};

} // namespace ropa::ui
