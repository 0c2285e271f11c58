#include "DroppedFile.h"

#include <QMimeData>
#include <QUrl>

namespace ropa::ui {

QString droppedFile(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile()) {
        return {};
    }
    return data->urls().first().toLocalFile();
}

} // namespace ropa::ui
