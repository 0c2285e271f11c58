#include "DocumentPrinter.h"

#include "PrintDialog.h"
#include "report/PdfComposer.h"
#include "session/RegisterDocument.h"

#include <QCursor>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>

namespace ropa::ui {

DocumentPrinter::DocumentPrinter(const session::RegisterDocument& document, Kind kind)
    : DocumentPrinter(document.reg(), document.documentInfo(), kind)
{ }

DocumentPrinter::DocumentPrinter(Register reg, report::DocumentInfo info, Kind kind)
    : m_register(std::move(reg))
    , m_info(std::move(info))
    , m_kind(printable().contains(kind) ? kind : Kind::RegisterPdf)
{ }

DocumentPrinter::~DocumentPrinter() = default;

QList<DocumentPrinter::Kind> DocumentPrinter::printable()
{
    QList<Kind> kinds;
    for (const report::DocumentKind& kind : report::DocumentKind::all()) {
        if (kind.compose) {
            kinds << kind.type;
        }
    }
    return kinds;
}

QString DocumentPrinter::title(Kind kind)
{
    switch (kind) {
    case Kind::MatrixPdf:
        return tr("Lawful-basis matrix");
    case Kind::NoticePdf:
        return tr("Privacy notice");
    default:
        return tr("Article 30 register");
    }
}

const report::PdfComposer& DocumentPrinter::composer()
{
    if (!m_composer) {
        // Laying out a long register takes a moment; a preview asks for its pages more than once.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_composer = report::DocumentKind::of(m_kind).compose(m_register, m_info);
        QGuiApplication::restoreOverrideCursor();
    }
    return *m_composer;
}

void DocumentPrinter::setUpPrinter(QPrinter& printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), composer().options().orientation, QMarginsF()));
    printer.setFullPage(true);
}

bool DocumentPrinter::print(QPrinter* printer)
{
    printer->setDocName(composer().options().title);
    return composer().paint(*printer);
}

int DocumentPrinter::pageCount()
{
    return composer().pageCount();
}

bool DocumentPrinter::printWithDialog(QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    return PrintDialog::print(printer, parent, tr("Print %1").arg(title(m_kind)),
                              [this](QPrinter* device) { return print(device); });
}

} // namespace ropa::ui
