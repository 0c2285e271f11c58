#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QByteArray>
#include <QString>

namespace ropa::report {

// The ICO controller documentation template as an Excel workbook: one worksheet with the controller block, a frozen
// header row and one row per activity. The workbook is built in memory, so no file but the one at path ever holds
// the register's content; that file is replaced only once the whole workbook is written.
class IcoXlsxExport
{
public:
    static Result<QByteArray> render(const Register& reg);
    static Status write(const Register& reg, const QString& path);
};

} // namespace ropa::report
