#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"
#include "report/PdfComposer.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace ropa::report {

// The Article 30 register as an A4 landscape PDF/A-1b: cover, contents, matrix, one section per activity,
// and the tables of recipients, retention rules and transfers.
class RegisterPdf
{
public:
    static Result<QByteArray> render(const Register& reg, const DocumentInfo& info);
    // The register laid out on its pages, ready to render as PDF or to paint on a printer; reg must outlive it.
    static std::unique_ptr<PdfComposer> compose(const Register& reg, const DocumentInfo& info);
    static Status write(const Register& reg, const DocumentInfo& info, const QString& path);
};

} // namespace ropa::report
