#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "report/DocumentKind.h"

#include <QByteArrayView>
#include <QString>

namespace ropa::session {

// Writes one of the register's documents to a file, the same way for the command line and the window.
class ExportDocument
{
public:
    // Renders the document and writes it to path: a file appears whole or not at all, a device or pipe gets a stream
    // (core/AtomicFile). A path that is the open register at openRegister, or one of its companion files, under any
    // name or link, is refused and left alone.
    static Status write(const report::DocumentKind& kind, const Register& reg, const report::DocumentInfo& info,
                        const QString& path, const QString& openRegister);
    // Writes bytes already rendered to path, the same way.
    static Status writeRendered(QByteArrayView bytes, const QString& path, const QString& openRegister);
};

} // namespace ropa::session
