#pragma once

#include "domain/Register.h"
#include "report/DocumentInfo.h"

#include <QPrintPreviewDialog>
#include <memory>

class QPrinter;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::report {
class PdfComposer;
}

namespace ropa::ui {

// File → Print Preview: the Article 30 register exactly as the PDF lays it out (the same report::RegisterPdf
// composition), painted on the printer instead of a PDF file.
class RegisterPrintPreview : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    // Takes a snapshot of the register as it is now; the preview does not follow later edits.
    explicit RegisterPrintPreview(const session::RegisterDocument& document, QWidget* parent = nullptr);
    ~RegisterPrintPreview() override;

    // Paints every page of the register on printer; what the preview shows and what Print sends. A test can
    // hand it a printer writing a PDF file.
    bool print(QPrinter* printer);
    // The register's pages: A4 landscape, with the margins drawn in the pages themselves.
    static void setUpPrinter(QPrinter& printer);
    int pageCount();

private:
    const report::PdfComposer& composer();

    Register m_register;
    report::DocumentInfo m_info;
    std::unique_ptr<report::PdfComposer> m_composer; // laid out on first use, then painted as often as asked
};

} // namespace ropa::ui
