#pragma once

#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "report/DocumentKind.h"

#include <QPrintPreviewDialog>
#include <map>
#include <memory>

class QComboBox;
class QPrinter;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class DocumentPrinter;

// File → Print Preview: the Article 30 register, the lawful-basis matrix or the privacy notice, chosen in the
// preview's tool bar, exactly as its PDF lays it out, painted on the printer; Print prints the one shown.
class PrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    using Kind = report::DocumentKind::Type;

    // Takes a snapshot of the register as it is now; the preview does not follow later edits.
    explicit PrintPreviewDialog(const session::RegisterDocument& document, Kind kind = Kind::RegisterPdf,
                                QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    Kind kind() const;
    // Paints every page of the document shown on printer; what the preview shows and what Print sends. A test can
    // hand it a printer writing a PDF file.
    bool print(QPrinter* printer);
    int pageCount();

private:
    DocumentPrinter& current();

    Register m_register;
    report::DocumentInfo m_info;
    QComboBox* m_documentComboBox = nullptr;
    std::map<Kind, std::unique_ptr<DocumentPrinter>> m_printers; // each laid out once, when first shown
};

} // namespace ropa::ui
