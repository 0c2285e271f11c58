#include "report/DocumentKind.h"

#include "formats/RegisterJsonWriter.h"
#include "report/IcoCsvExport.h"
#include "report/IcoXlsxExport.h"
#include "report/LawfulBasisMatrix.h"
#include "report/MatrixDocument.h"
#include "report/PdfComposer.h"
#include "report/PrivacyNotice.h"
#include "report/RegisterHtmlDocument.h"
#include "report/RegisterPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::DocumentKind)
};

bool endsIn(const QString& fileName, const QString& ending)
{
    return fileName.size() > ending.size() && fileName.endsWith(ending, Qt::CaseInsensitive);
}

// Every ending some kind of document, or a register, is known by; the longest first, so ".ropa.json" wins over ".json".
// Endings are not translated, so the list is made once.
const QStringList& knownEndings()
{
    static const QStringList known = [] {
        QStringList list{QStringLiteral(".json"), QStringLiteral(".ropa")};
        for (const DocumentKind& kind : DocumentKind::all()) {
            for (const QString& ending : kind.endings()) {
                if (!list.contains(ending)) {
                    list << ending;
                }
            }
        }
        std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return list;
    }();
    return known;
}

} // namespace

QList<DocumentKind> DocumentKind::all()
{
    using T = Type;
    const QString pdf = Text::tr("PDF documents (*.pdf)");
    const QString html = Text::tr("Web pages (*.html *.htm)");
    const QString csv = Text::tr("CSV files (*.csv)");
    const QString text = Text::tr("Text files (*.txt)");
    const QString exportCommand = QStringLiteral("export");
    const QString matrixCommand = QStringLiteral("matrix");
    return {
        {T::RegisterPdf, QStringLiteral("article-30-register.pdf"), Text::tr("Article 30 register (PDF)"),
         Text::tr("the Article 30 register (PDF/A)"), exportCommand, QStringLiteral("pdf"), pdf, true,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return RegisterPdf::render(reg, info);
         },
         &RegisterPdf::compose},
        {T::RegisterHtml, QStringLiteral("article-30-register.html"), Text::tr("Article 30 register (HTML)"),
         Text::tr("the Article 30 register (HTML)"), exportCommand, QStringLiteral("html"), html, false,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return RegisterHtmlDocument::write(reg, info);
         }},
        {T::IcoCsv, QStringLiteral("ico-template.csv"), Text::tr("ICO template (CSV)"),
         Text::tr("the ICO documentation template (CSV)"), exportCommand, QStringLiteral("csv"), csv, false,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return IcoCsvExport::write(
                 reg, info.noPreamble ? IcoCsvExport::Preamble::None : IcoCsvExport::Preamble::ControllerBlock);
         }},
        {T::IcoXlsx, QStringLiteral("ico-template.xlsx"), Text::tr("ICO template (Excel)"),
         Text::tr("the ICO documentation template (Excel)"), exportCommand, QStringLiteral("xlsx"),
         Text::tr("Excel workbooks (*.xlsx)"), true,
         [](const Register& reg, const DocumentInfo&) { return IcoXlsxExport::render(reg); }},
        {T::MatrixText, QStringLiteral("lawful-basis-matrix.txt"), Text::tr("Lawful-basis matrix (text)"),
         Text::tr("the lawful-basis matrix (text)"), matrixCommand, QStringLiteral("text"), text, false,
         [](const Register& reg, const DocumentInfo&) -> Result<QByteArray> {
             return LawfulBasisMatrix(reg).toText().toUtf8();
         }},
        {T::MatrixHtml, QStringLiteral("lawful-basis-matrix.html"), Text::tr("Lawful-basis matrix (HTML)"),
         Text::tr("the lawful-basis matrix (HTML)"), matrixCommand, QStringLiteral("html"), html, false,
         [](const Register& reg, const DocumentInfo&) -> Result<QByteArray> { return MatrixDocument::html(reg); }},
        {T::MatrixCsv, QStringLiteral("lawful-basis-matrix.csv"), Text::tr("Lawful-basis matrix (CSV)"),
         Text::tr("the lawful-basis matrix (CSV)"), matrixCommand, QStringLiteral("csv"), csv, false,
         [](const Register& reg, const DocumentInfo&) -> Result<QByteArray> { return MatrixDocument::csv(reg); }},
        {T::MatrixPdf, QStringLiteral("lawful-basis-matrix.pdf"), Text::tr("Lawful-basis matrix (PDF)"),
         Text::tr("the lawful-basis matrix (PDF)"), matrixCommand, QStringLiteral("pdf"), pdf, true,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return MatrixDocument::pdf(reg, info);
         },
         &MatrixDocument::compose},
        {T::NoticeText, QStringLiteral("privacy-notice.txt"), Text::tr("Privacy notice (text)"),
         Text::tr("the privacy notice (text)"), exportCommand, QStringLiteral("notice"), text, false,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return PrivacyNotice(reg, info).text().toUtf8();
         }},
        {T::NoticeHtml, QStringLiteral("privacy-notice.html"), Text::tr("Privacy notice (HTML)"),
         Text::tr("the privacy notice (HTML)"), exportCommand, QStringLiteral("notice"), html, false,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return PrivacyNotice(reg, info).html();
         }},
        {T::NoticePdf, QStringLiteral("privacy-notice.pdf"), Text::tr("Privacy notice (PDF)"),
         Text::tr("the privacy notice (PDF)"), exportCommand, QStringLiteral("notice"), pdf, true,
         [](const Register& reg, const DocumentInfo& info) -> Result<QByteArray> {
             return PrivacyNotice(reg, info).pdf();
         },
         [](const Register& reg, const DocumentInfo& info) { return PrivacyNotice(reg, info).compose(); }},
        {T::RegisterJson, QStringLiteral("register.ropa.json"), Text::tr("Register (JSON)"),
         Text::tr("the register as JSON (not encrypted)"), exportCommand, QStringLiteral("json"),
         Text::tr("Registers as JSON (*.ropa.json)"), false,
         [](const Register& reg, const DocumentInfo&) -> Result<QByteArray> {
             return formats::RegisterJsonWriter::write(reg);
         }},
    };
}

bool DocumentKind::isPdf() const
{
    return suffix() == QLatin1StringView(".pdf");
}

QString DocumentKind::suffix() const
{
    return QLatin1Char('.') + QFileInfo(fileName).completeSuffix();
}

QStringList DocumentKind::endings() const
{
    // Fixed here rather than read from fileFilter, which a translator may reword.
    const QString own = suffix();
    return own == QLatin1StringView(".html") ? QStringList{own, QStringLiteral(".htm")} : QStringList{own};
}

bool DocumentKind::isNamedFor(const QString& fileName) const
{
    const QStringList mine = endings();
    return std::any_of(mine.cbegin(), mine.cend(), [&fileName](const QString& e) { return endsIn(fileName, e); });
}

bool DocumentKind::isNamedForAnother(const QString& fileName) const
{
    if (isNamedFor(fileName)) {
        return false;
    }
    // register.json is still the register's JSON: an ending the kind's own ends in is not another's.
    const QString own = suffix();
    const QStringList known = knownEndings();
    return std::any_of(known.cbegin(), known.cend(),
                       [&](const QString& e) { return endsIn(fileName, e) && !own.endsWith(e, Qt::CaseInsensitive); });
}

QString DocumentKind::renamedFor(const QString& fileName) const
{
    for (const QString& ending : knownEndings()) {
        if (endsIn(fileName, ending)) {
            return fileName.left(fileName.size() - ending.size()) + suffix();
        }
    }
    return fileName + suffix();
}

DocumentKind DocumentKind::of(Type type)
{
    const QList<DocumentKind> kinds = all();
    for (const DocumentKind& kind : kinds) {
        if (kind.type == type) {
            return kind;
        }
    }
    return kinds.constFirst();
}

std::optional<DocumentKind> DocumentKind::forCommandLine(const QString& command, const QString& format,
                                                         const QString& output)
{
    QList<DocumentKind> forms;
    for (const DocumentKind& kind : all()) {
        if (kind.command == command && kind.format == format) {
            forms.append(kind);
        }
    }
    if (forms.isEmpty()) {
        return std::nullopt;
    }
    // Where a format has several forms, the output's ending picks one; the first (text) form is the default.
    QString ending = output.toLower();
    if (ending.endsWith(QLatin1StringView(".htm"))) {
        ending += QLatin1Char('l');
    }
    for (const DocumentKind& kind : forms) {
        if (ending.endsWith(kind.suffix())) {
            return kind;
        }
    }
    return forms.constFirst();
}

QStringList DocumentKind::formatsOf(const QString& command)
{
    QStringList formats;
    for (const DocumentKind& kind : all()) {
        if (kind.command == command && !formats.contains(kind.format)) {
            formats << kind.format;
        }
    }
    return formats;
}

} // namespace ropa::report
