#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace ropa {

// Writes a whole file so that it is either the old file or the complete new one, never half of each.
class AtomicFile
{
public:
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace ropa
