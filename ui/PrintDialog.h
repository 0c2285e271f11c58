#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace ropa::ui {

// The system's print dialog through one place, so tests can print to a PDF file instead and never block on it.
class PrintDialog
{
    Q_DECLARE_TR_FUNCTIONS(ropa::ui::PrintDialog)

public:
    // Asks where and how to print on printer; false when the user cancels. Every page is printed: the documents
    // here are laid out whole, so a page range or selection is not offered.
    static bool exec(QPrinter& printer, QWidget* parent, const QString& title);
    // exec(), then paint on printer under a wait cursor; a printer that cannot be painted on is said in a warning.
    // False when cancelled or refused.
    static bool print(QPrinter& printer, QWidget* parent, const QString& title,
                      const std::function<bool(QPrinter*)>& paint);

    // For tests: the next exec() shows no dialog and sets printer to write a PDF file at path.
    static void setNextPrintFile(const QString& path);

private:
    static std::optional<QString> s_nextPrintFile;
};

} // namespace ropa::ui
