#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "report/DocumentKind.h"

#include <QByteArray>
#include <QString>

namespace ropa::session {

// Writes one of the register's documents to a file, the same way for the command line and the window.
class ExportDocument
{
public:
    // Renders the document and writes it to path: the file appears whole or not at all.
    static Status write(const report::DocumentKind& kind, const Register& reg, const report::DocumentInfo& info,
                        const QString& path);
    // Writes bytes already rendered to path, whole or not at all.
    static Status writeRendered(const QByteArray& bytes, const QString& path);
};

} // namespace ropa::session
