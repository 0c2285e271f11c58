#pragma once

#include "domain/Register.h"
#include "report/DocumentInfo.h"

#include <QByteArray>

namespace ropa::report {

// The Article 30 register as one self-contained HTML file, with print CSS, holding what the PDF holds.
class RegisterHtmlDocument
{
public:
    static QByteArray write(const Register& reg, const DocumentInfo& info);
};

} // namespace ropa::report
