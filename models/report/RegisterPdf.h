#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"

#include <QByteArray>
#include <QString>

namespace ropa::report {

// The Article 30 register as an A4 landscape PDF/A-1b: cover, contents, matrix, one section per activity,
// and the tables of recipients, retention rules and transfers.
class RegisterPdf
{
public:
    static QByteArray render(const Register& reg, const DocumentInfo& info);
    static Status write(const Register& reg, const DocumentInfo& info, const QString& path);
};

} // namespace ropa::report
