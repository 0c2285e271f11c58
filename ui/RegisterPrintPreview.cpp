#include "RegisterPrintPreview.h"

#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"
#include "report/RegisterPdf.h"
#include "session/RegisterDocument.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>

namespace ropa::ui {

RegisterPrintPreview::RegisterPrintPreview(const session::RegisterDocument& document, QWidget* parent)
    : QPrintPreviewDialog(parent)
    , m_register(document.reg())
    , m_info(document.documentInfo())
{
    setObjectName(QStringLiteral("registerPrintPreview"));
    setWindowTitle(tr("Print Preview – %1").arg(QFileInfo(document.path()).fileName()));
    setUpPrinter(*printer());
    connect(this, &QPrintPreviewDialog::paintRequested, this, &RegisterPrintPreview::print);
    resize(1100, 800);
}

RegisterPrintPreview::~RegisterPrintPreview() = default;

void RegisterPrintPreview::setUpPrinter(QPrinter& printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    printer.setFullPage(true);
}

const report::PdfComposer& RegisterPrintPreview::composer()
{
    if (!m_composer) {
        // Laying out a long register takes a moment; the preview asks for its pages more than once.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_composer = report::RegisterPdf::compose(m_register, m_info);
        QGuiApplication::restoreOverrideCursor();
    }
    return *m_composer;
}

bool RegisterPrintPreview::print(QPrinter* printer)
{
    const QString controller =
        m_register.controller.name.isEmpty() ? report::RegisterHtml::notRecorded() : m_register.controller.name;
    printer->setDocName(report::RegisterHtml::title() + QStringLiteral(" - ") + controller);
    return composer().paint(*printer);
}

int RegisterPrintPreview::pageCount()
{
    return composer().pageCount();
}

} // namespace ropa::ui
