#pragma once

#include "domain/Register.h"

#include <QByteArray>

namespace ropa::report {

// The ICO controller documentation template as CSV: the controller block as label,value rows, an empty row, then
// the column titles and one row per activity.
class IcoCsvExport
{
public:
    static QByteArray write(const Register& reg);
};

} // namespace ropa::report
