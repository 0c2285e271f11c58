#include "session/ExportDocument.h"

#include "core/AtomicFile.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>

namespace ropa::session {

Status ExportDocument::write(const report::DocumentKind& kind, const Register& reg, const report::DocumentInfo& info,
                             const QString& path, const QString& openRegister)
{
    if (Status refused = RegisterLocation(openRegister).refuseAsOutput(path); !refused) {
        return refused;
    }
    const Result<QByteArray> bytes = kind.render(reg, info);
    if (!bytes) {
        return bytes.error();
    }
    return writeRendered(bytes.value(), path, openRegister);
}

Status ExportDocument::writeRendered(QByteArrayView bytes, const QString& path, const QString& openRegister)
{
    if (Status refused = RegisterLocation(openRegister).refuseAsOutput(path); !refused) {
        return refused;
    }
    return AtomicFile::write(path, bytes);
}

} // namespace ropa::session
