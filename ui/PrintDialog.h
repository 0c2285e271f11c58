#pragma once

#include <QString>
#include <optional>

class QPrinter;
class QWidget;

namespace ropa::ui {

// The system's print dialog through one place, so tests can print to a PDF file instead and never block on it.
class PrintDialog
{
public:
    // Asks where and how to print on printer; false when the user cancels. Every page is printed: the documents
    // here are laid out whole, so a page range or selection is not offered.
    static bool exec(QPrinter& printer, QWidget* parent, const QString& title);

    // For tests: the next exec() shows no dialog and sets printer to write a PDF file at path.
    static void setNextPrintFile(const QString& path);

private:
    static std::optional<QString> s_nextPrintFile;
};

} // namespace ropa::ui
