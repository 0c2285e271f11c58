#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>

namespace ropa {

// Writes a whole document where the user asked for it. A regular file (or a new one) ends up either as it was or as
// the complete new file, never half of each, and is on the disk before write() reports success; a device or a pipe
// gets the bytes as a stream; a folder or anything else is refused and left alone. Every write, the flush to the
// disk and the rename are checked, and a full disk is reported as such.
class AtomicFile
{
public:
    static Status write(const QString& path, QByteArrayView bytes);
    // Writes bytes to the standard output, checking that they all arrived.
    static Status writeStandardOutput(QByteArrayView bytes);
    // Whether the two paths name the same file (the same file identity, whatever the names and links).
    static bool isSameFile(const QString& a, const QString& b);
};

} // namespace ropa
