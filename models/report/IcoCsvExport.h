#pragma once

#include "domain/Register.h"

#include <QByteArray>

namespace ropa::report {

// The ICO controller documentation template as CSV: the controller block as label,value rows, an empty row, then
// the column titles and one row per activity. Without the preamble it is a plain table, titles first, for tools that
// read the first line as the column names.
class IcoCsvExport
{
public:
    enum class Preamble { ControllerBlock, None };

    static QByteArray write(const Register& reg, Preamble preamble = Preamble::ControllerBlock);
};

} // namespace ropa::report
