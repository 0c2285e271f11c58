#include "PrintDialog.h"

#include "MessageBox.h"

#include <QGuiApplication>
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

bool PrintDialog::print(QPrinter& printer, QWidget* parent, const QString& title,
                        const std::function<bool(QPrinter*)>& paint)
{
    if (!exec(printer, parent, title)) {
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool printed = paint(&printer);
    QGuiApplication::restoreOverrideCursor();
    if (!printed) {
        MessageBox::warning(parent, tr("Print"), tr("Nothing was printed: the printer could not be started."));
    }
    return printed;
}

void PrintDialog::setNextPrintFile(const QString& path)
{
    s_nextPrintFile = path;
}

} // namespace ropa::ui
