#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ropa::formats {

// Builds a ZIP archive in memory, so that what goes into it never touches the disk: each file deflated, or stored
// where deflating would not make it smaller. Plain ZIP without ZIP64, so files and the whole archive stay under 4 GiB.
class ZipWriter
{
public:
    // The time the files added from now on record, in local time to the 2 seconds a ZIP can hold; until set,
    // 1980-01-01 00:00, the earliest a ZIP can hold, which also stands for any earlier time.
    void setModified(const QDateTime& time);

    // Adds a file under name: a relative path with '/' between folders. A name that is empty, absolute, holds a
    // backslash, ends in '/' or is already in the archive is refused, as is a file the format cannot hold; the
    // archive is then as it was.
    Status add(const QString& name, const QByteArray& data);

    // The files added so far, the central directory and the end record.
    QByteArray archive() const;

private:
    struct Entry
    {
        QByteArray name;
        quint16 flags = 0;
        quint16 method = 0;
        quint16 time = 0;
        quint16 date = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };

    QByteArray centralHeader(const Entry& entry) const;
    qsizetype centralDirectorySize() const;

    QByteArray m_files;
    QList<Entry> m_entries;
    quint16 m_time = 0;
    quint16 m_date = (1 << 5) | 1;
};

} // namespace ropa::formats
