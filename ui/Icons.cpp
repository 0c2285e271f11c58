#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QtDebug>

namespace ropa::ui {

QIcon Icons::get(const QString& name)
{
    // One QIcon per name, so every action sharing an icon shares its engine and its cache of rendered sizes.
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd()) {
        return *found;
    }

    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    QIcon icon;
    if (QFile::exists(path)) {
        icon = QIcon(path);
    } else {
        // A typo in a name should show up while developing rather than as a silently blank button.
        qWarning("ropa::ui::Icons: no icon named \"%s\"", qUtf8Printable(name));
    }
    cache.insert(name, icon);
    return icon;
}

} // namespace ropa::ui
