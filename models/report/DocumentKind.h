#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ropa::report {

class PdfComposer;

// Every document the register can be written as, described once: `ropa-cli export` and `matrix`, the export
// dialog and `ropa-cli demo` all read this table, and all of them render through it.
struct DocumentKind
{
    enum class Type {
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
    using Renderer = Result<QByteArray> (*)(const Register& reg, const DocumentInfo& info);
    using Composer = std::unique_ptr<PdfComposer> (*)(const Register& reg, const DocumentInfo& info);

    Type type = Type::RegisterPdf;
    QString fileName; // as `ropa-cli demo` writes it
    QString label; // as the export dialog lists it: "Article 30 register (PDF)"
    QString description; // as a folder listing explains it: "the Article 30 register (PDF/A)"
    QString command; // the ropa-cli command that writes it: "export" or "matrix"
    QString format; // that command's --format for it
    QString fileFilter; // for a file chooser: "PDF documents (*.pdf)"
    bool binary = false; // never written to a terminal
    Renderer render = nullptr;
    Composer compose = nullptr; // the PDFs' pages laid out, for printing them; null for the other kinds

    bool isPdf() const;
    // ".pdf", or ".ropa.json" for the register's JSON.
    QString suffix() const;
    // The endings a file of the kind may have: suffix(), and ".htm" as well for a web page.
    QStringList endings() const;
    // Whether a file of this name says it holds this kind: it ends in one of endings().
    bool isNamedFor(const QString& fileName) const;
    // Whether a file of this name says it holds another kind (or a register): notice.pdf for the register's JSON.
    bool isNamedForAnother(const QString& fileName) const;
    // The name with this kind's ending in place of another document's (or the register's own), else added to it.
    QString renamedFor(const QString& fileName) const;

    // All kinds, in the order a folder of them is best read.
    static QList<DocumentKind> all();
    static DocumentKind of(Type type);
    // The kind `ropa-cli <command> --format <format> -o <output>` writes, where one form of a format is chosen by
    // the ending of output (the notice: text, or HTML or PDF); nullopt for a format the command does not have.
    static std::optional<DocumentKind> forCommandLine(const QString& command, const QString& format,
                                                      const QString& output);
    // The formats a command takes, in table order, each once.
    static QStringList formatsOf(const QString& command);
};

} // namespace ropa::report
