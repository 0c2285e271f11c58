#pragma once

#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "report/DocumentKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QPrinter;
class QWidget;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::report {
class PdfComposer;
}

namespace ropa::ui {

// One of the register's printed documents (the Article 30 register, the lawful-basis matrix or the privacy notice)
// laid out exactly as its PDF is, by the same report code, and painted on a printer instead of a file.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ropa::ui::DocumentPrinter)

public:
    using Kind = report::DocumentKind::Type;

    // A snapshot of the register as it is now; later edits are not printed.
    DocumentPrinter(const session::RegisterDocument& document, Kind kind);
    DocumentPrinter(Register reg, report::DocumentInfo info, Kind kind);
    ~DocumentPrinter();
    DocumentPrinter(const DocumentPrinter&) = delete;
    DocumentPrinter& operator=(const DocumentPrinter&) = delete;

    // The documents that print, in the order a chooser lists them: their PDF kinds.
    static QList<Kind> printable();
    // "Lawful-basis matrix", as a print dialog's title or a chooser names it.
    static QString title(Kind kind);

    // A4 in the document's own orientation, the margins drawn in the pages themselves.
    void setUpPrinter(QPrinter& printer);
    // Paints every page on printer; false when the printer cannot be painted on.
    bool print(QPrinter* printer);
    int pageCount();

    // File → Print: the system's print dialog for the document (PrintDialog), then its pages; false when cancelled
    // or refused (said in a warning then).
    bool printWithDialog(QWidget* parent);

private:
    const report::PdfComposer& composer();

    Register m_register; // the composer refers to it, so it outlives the composer
    report::DocumentInfo m_info;
    Kind m_kind;
    std::unique_ptr<report::PdfComposer> m_composer; // laid out on first use, then painted as often as asked
};

} // namespace ropa::ui
