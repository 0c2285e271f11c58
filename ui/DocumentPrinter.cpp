#include "DocumentPrinter.h"

#include "MessageBox.h"
#include "PrintDialog.h"
#include "report/MatrixDocument.h"
#include "report/PdfComposer.h"
#include "report/PrivacyNotice.h"
#include "report/RegisterPdf.h"
#include "session/RegisterDocument.h"

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
    return {Kind::RegisterPdf, Kind::MatrixPdf, Kind::NoticePdf};
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
        switch (m_kind) {
        case Kind::MatrixPdf:
            m_composer = report::MatrixDocument::compose(m_register, m_info);
            break;
        case Kind::NoticePdf:
            m_composer = report::PrivacyNotice(m_register, m_info).compose();
            break;
        default:
            m_composer = report::RegisterPdf::compose(m_register, m_info);
            break;
        }
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
    if (!PrintDialog::exec(printer, parent, tr("Print %1").arg(title(m_kind)))) {
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool printed = print(&printer);
    QGuiApplication::restoreOverrideCursor();
    if (!printed) {
        MessageBox::warning(parent, tr("Print"), tr("Nothing was printed: the printer could not be started."));
    }
    return printed;
}

} // namespace ropa::ui
