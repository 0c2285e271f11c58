#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace ropa::ui {

// File choosers through one place, so tests can name the file in advance and never block on a modal dialog.
class FileDialog
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);

    // For tests: the next chooser is not shown and returns this (an empty name means the user cancelled).
    static void setNextFileName(const QString& path);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace ropa::ui
