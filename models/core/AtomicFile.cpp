#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ropa {

Status AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ropa::AtomicFile", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace ropa
