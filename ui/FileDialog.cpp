#include "FileDialog.h"

#include <QFileDialog>
#include <utility>

namespace ropa::ui {

std::optional<QString> FileDialog::s_nextFileName;

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    if (s_nextFileName) {
        return std::exchange(s_nextFileName, std::nullopt).value();
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (s_nextFileName) {
        return std::exchange(s_nextFileName, std::nullopt).value();
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    s_nextFileName = path;
}

} // namespace ropa::ui
