#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace ropa {

// Reads a whole input file that a user chose, refusing devices, pipes and anything over a size limit, so that
// /dev/zero or a file that keeps growing cannot exhaust memory.
class BoundedFile
{
public:
    // The bytes of the regular file at path, at most limit of them; never reads more than limit + 1 bytes. label names
    // the file in messages (the native path when empty).
    static Result<QByteArray> read(const QString& path, qint64 limit, const QString& label = {});
    // "7.2 MB", "5 MB", "800 bytes": sizes as messages give them (1 MB = 1,048,576 bytes).
    static QString sizeText(qint64 bytes);
};

} // namespace ropa
