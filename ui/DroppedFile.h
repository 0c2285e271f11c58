#pragma once

#include <QString>

class QDragEnterEvent;
class QDropEvent;
class QMimeData;

namespace ropa::ui {

// The one local file a drag from a file manager carries, or an empty string for anything else (several files, a
// web address, text): what the windows take as a register to open.
QString droppedFile(const QMimeData* data);

// Accepts a drag that carries one file. Any one file is taken, so that a file that is not a register is told why
// rather than silently refused.
void acceptFileDrag(QDragEnterEvent* event);

// The one file a drop carries, the drop accepted; empty, the drop left unaccepted, for anything else.
QString takeDroppedFile(QDropEvent* event);

} // namespace ropa::ui
