#include "io/DocumentExport.h"

#include "core/AtomicFile.h"
#include "io/IcoCsvExport.h"
#include "io/IcoXlsxExport.h"
#include "io/RegisterJsonWriter.h"
#include "report/LawfulBasisMatrix.h"
#include "report/MatrixDocument.h"
#include "report/PrivacyNotice.h"
#include "report/RegisterHtmlDocument.h"
#include "report/RegisterPdf.h"

#include <QCoreApplication>

namespace ropa::io {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ropa::io::DocumentExport", text);
}

} // namespace

QList<DocumentExport::Document> DocumentExport::all()
{
    return {
        {Kind::RegisterPdf, QStringLiteral("article-30-register.pdf"), tr("the Article 30 register (PDF/A)")},
        {Kind::RegisterHtml, QStringLiteral("article-30-register.html"), tr("the Article 30 register (HTML)")},
        {Kind::IcoCsv, QStringLiteral("ico-template.csv"), tr("the ICO documentation template (CSV)")},
        {Kind::IcoXlsx, QStringLiteral("ico-template.xlsx"), tr("the ICO documentation template (Excel)")},
        {Kind::MatrixText, QStringLiteral("lawful-basis-matrix.txt"), tr("the lawful-basis matrix (text)")},
        {Kind::MatrixHtml, QStringLiteral("lawful-basis-matrix.html"), tr("the lawful-basis matrix (HTML)")},
        {Kind::MatrixCsv, QStringLiteral("lawful-basis-matrix.csv"), tr("the lawful-basis matrix (CSV)")},
        {Kind::MatrixPdf, QStringLiteral("lawful-basis-matrix.pdf"), tr("the lawful-basis matrix (PDF)")},
        {Kind::NoticeText, QStringLiteral("privacy-notice.txt"), tr("the privacy notice (text)")},
        {Kind::NoticeHtml, QStringLiteral("privacy-notice.html"), tr("the privacy notice (HTML)")},
        {Kind::NoticePdf, QStringLiteral("privacy-notice.pdf"), tr("the privacy notice (PDF)")},
        {Kind::RegisterJson, QStringLiteral("register.ropa.json"), tr("the register as JSON (not encrypted)")},
    };
}

std::optional<QByteArray> DocumentExport::bytes(Kind kind, const Register& reg)
{
    switch (kind) {
    case Kind::RegisterHtml:
        return report::RegisterHtmlDocument::write(
            reg, {QDateTime::currentDateTimeUtc(), 0, RegisterJsonWriter::fingerprint(reg)});
    case Kind::IcoCsv:
        return IcoCsvExport::write(reg);
    case Kind::MatrixText:
        return report::LawfulBasisMatrix(reg).toText().toUtf8();
    case Kind::MatrixHtml:
        return report::MatrixDocument::html(reg);
    case Kind::MatrixCsv:
        return report::MatrixDocument::csv(reg);
    case Kind::NoticeText:
        return report::PrivacyNotice(reg).text().toUtf8();
    case Kind::NoticeHtml:
        return report::PrivacyNotice(reg).html();
    case Kind::RegisterJson:
        return RegisterJsonWriter::write(reg);
    case Kind::RegisterPdf:
    case Kind::IcoXlsx:
    case Kind::MatrixPdf:
    case Kind::NoticePdf:
        break;
    }
    return std::nullopt;
}

Result<QByteArray> DocumentExport::render(Kind kind, const Register& reg, const report::DocumentInfo& info)
{
    switch (kind) {
    case Kind::RegisterPdf:
        return report::RegisterPdf::render(reg, info);
    case Kind::IcoXlsx:
        return IcoXlsxExport::render(reg);
    case Kind::MatrixPdf:
        return report::MatrixDocument::pdf(reg, info);
    case Kind::NoticePdf:
        return report::PrivacyNotice(reg).pdf(info);
    case Kind::RegisterHtml:
        return report::RegisterHtmlDocument::write(reg, info);
    default:
        return bytes(kind, reg).value_or(QByteArray());
    }
}

Status DocumentExport::write(Kind kind, const Register& reg, const report::DocumentInfo& info, const QString& path)
{
    const Result<QByteArray> rendered = render(kind, reg, info);
    if (!rendered) {
        return rendered.error();
    }
    return AtomicFile::write(path, rendered.value());
}

} // namespace ropa::io
