#include "core/BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ropa {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::BoundedFile)
};

constexpr qint64 kMegabyte = 1024 * 1024;

} // namespace

QString BoundedFile::sizeText(qint64 bytes)
{
    if (bytes < kMegabyte) {
        return Text::tr("%1 bytes").arg(bytes);
    }
    // One decimal, dropped when it is zero: "5 MB", "7.2 MB".
    const qint64 tenths = (bytes * 10 + kMegabyte / 2) / kMegabyte;
    return tenths % 10 == 0 ? Text::tr("%1 MB").arg(tenths / 10)
                            : Text::tr("%1.%2 MB").arg(tenths / 10).arg(tenths % 10);
}

Result<QByteArray> BoundedFile::read(const QString& path, qint64 limit, const QString& label)
{
    const QString name = label.isEmpty() ? QDir::toNativeSeparators(path) : label;
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: it does not exist.").arg(name)};
    }
    // Devices and pipes have no size to check and may never end.
    if (!info.isFile()) {
        return Error{ErrorCode::Io, Text::tr("%1 is not a regular file.").arg(name)};
    }
    const QString tooBig = Text::tr("%1 is %2; at most %3 can be imported.");
    if (info.size() > limit) {
        return Error{ErrorCode::InvalidInput, tooBig.arg(name, sizeText(info.size()), sizeText(limit))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(name, file.errorString())};
    }
    // The file may grow between the check and the read (or be replaced by something else): read one byte past the
    // limit to see that, and no further.
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error{ErrorCode::Io, Text::tr("Cannot read %1: %2.").arg(name, file.errorString())};
    }
    if (bytes.size() > limit) {
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("%1 grew past %2 while it was read; at most %2 can be imported.").arg(name, sizeText(limit))};
    }
    return bytes;
}

} // namespace ropa
