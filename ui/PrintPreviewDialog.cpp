#include "PrintPreviewDialog.h"

#include "DocumentPrinter.h"
#include "ScreenFit.h"
#include "session/RegisterDocument.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

namespace ropa::ui {

PrintPreviewDialog::PrintPreviewDialog(const session::RegisterDocument& document, Kind kind, QWidget* parent)
    : QPrintPreviewDialog(parent)
    , m_register(document.reg())
    , m_info(document.documentInfo())
    , m_documentComboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(tr("Print Preview – %1").arg(QFileInfo(document.path()).fileName()));
    m_documentComboBox->setObjectName(QStringLiteral("documentComboBox"));
    for (const Kind printable : DocumentPrinter::printable()) {
        m_documentComboBox->addItem(DocumentPrinter::title(printable), static_cast<int>(printable));
    }
    m_documentComboBox->setCurrentIndex(std::max(0, m_documentComboBox->findData(static_cast<int>(kind))));
    // First in the preview's own tool bar, where the pages' controls are.
    if (auto* toolBar = findChild<QToolBar*>()) {
        auto* label = new QLabel(tr("&Document:"), toolBar);
        label->setBuddy(m_documentComboBox);
        label->setContentsMargins(4, 0, 4, 0);
        QAction* first = toolBar->actions().value(0);
        toolBar->insertWidget(first, label);
        toolBar->insertWidget(first, m_documentComboBox);
        toolBar->insertSeparator(first);
    }
    current().setUpPrinter(*printer());
    connect(this, &QPrintPreviewDialog::paintRequested, this, &PrintPreviewDialog::print);
    connect(m_documentComboBox, &QComboBox::currentIndexChanged, this, [this] {
        current().setUpPrinter(*printer());
        if (auto* preview = findChild<QPrintPreviewWidget*>()) {
            preview->updatePreview();
        }
    });
    fitToScreen(this, QSize(1100, 800));
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

PrintPreviewDialog::Kind PrintPreviewDialog::kind() const
{
    return static_cast<Kind>(m_documentComboBox->currentData().toInt());
}

DocumentPrinter& PrintPreviewDialog::current()
{
    std::unique_ptr<DocumentPrinter>& printer = m_printers[kind()];
    if (!printer) {
        printer = std::make_unique<DocumentPrinter>(m_register, m_info, kind());
    }
    return *printer;
}

bool PrintPreviewDialog::print(QPrinter* printer)
{
    return current().print(printer);
}

int PrintPreviewDialog::pageCount()
{
    return current().pageCount();
}

} // namespace ropa::ui
