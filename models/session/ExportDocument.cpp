#include "session/ExportDocument.h"

#include "core/AtomicFile.h"

namespace ropa::session {

Status ExportDocument::write(const report::DocumentKind& kind, const Register& reg, const report::DocumentInfo& info,
                             const QString& path)
{
    const Result<QByteArray> bytes = kind.render(reg, info);
    if (!bytes) {
        return bytes.error();
    }
    return writeRendered(bytes.value(), path);
}

Status ExportDocument::writeRendered(const QByteArray& bytes, const QString& path)
{
    return AtomicFile::write(path, bytes);
}

} // namespace ropa::session
