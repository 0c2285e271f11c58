#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ropa::io {

// Every document the register can be exported as, behind one call, so the command line and the GUI
// produce them through the same code.
class DocumentExport
{
public:
    enum class Kind {
        RegisterPdf,
        RegisterHtml,
        IcoCsv,
        IcoXlsx,
        MatrixText,
        MatrixHtml,
        MatrixCsv,
        MatrixPdf,
        NoticeText,
        NoticeHtml,
        NoticePdf,
        RegisterJson,
    };

    struct Document
    {
        Kind kind;
        QString fileName; // as written by `ropa-cli demo`
        QString description;
    };

    // All documents, in the order a folder of them is best read.
    static QList<Document> all();
    // The document's complete bytes, made without touching any file; write() is render() then an atomic write.
    static Result<QByteArray> render(Kind kind, const Register& reg, const report::DocumentInfo& info);
    static Status write(Kind kind, const Register& reg, const report::DocumentInfo& info, const QString& path);
    // The document's bytes where it can go to standard output (not PDF or XLSX).
    static std::optional<QByteArray> bytes(Kind kind, const Register& reg);
};

} // namespace ropa::io
