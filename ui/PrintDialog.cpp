#include "PrintDialog.h"

#include <QPrintDialog>
#include <QPrinter>
#include <utility>

namespace ropa::ui {

std::optional<QString> PrintDialog::s_nextPrintFile;

bool PrintDialog::exec(QPrinter& printer, QWidget* parent, const QString& title)
{
    if (s_nextPrintFile) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*std::exchange(s_nextPrintFile, std::nullopt));
        return true;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialog::setNextPrintFile(const QString& path)
{
    s_nextPrintFile = path;
}

} // namespace ropa::ui
