#pragma once

#include <QString>

class QMimeData;

namespace ropa::ui {

// The one local file a drag from a file manager carries, or an empty string for anything else (several files, a
// web address, text): what the windows take as a register to open.
QString droppedFile(const QMimeData* data);

} // namespace ropa::ui
