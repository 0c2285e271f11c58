#include "PdfViewerWindow.h"

#include "MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QPdfDocument>
#include <QPdfView>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolBar>
#include <algorithm>

namespace ropa::ui {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

} // namespace

PdfViewerWindow::PdfViewerWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_pdfView(new QPdfView(this))
    , m_pageSpinBox(new QSpinBox(this))
{
    setObjectName(QStringLiteral("pdfViewerWindow"));
    setWindowTitle(tr("PDF Viewer"));
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setPageSpacing(12);
    m_pdfView->setDocumentMargins(QMargins(12, 12, 12, 12));
    setCentralWidget(m_pdfView);

    m_pageSpinBox->setObjectName(QStringLiteral("pageSpinBox"));
    m_pageSpinBox->setPrefix(tr("Page "));
    m_pageSpinBox->setRange(0, 0);
    m_pageSpinBox->setKeyboardTracking(false);
    m_pageSpinBox->setToolTip(tr("The page at the top of the window"));

    m_previousPageAction = new QAction(tr("&Previous Page"), this);
    m_previousPageAction->setObjectName(QStringLiteral("previousPageAction"));
    m_previousPageAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextPageAction = new QAction(tr("&Next Page"), this);
    m_nextPageAction->setObjectName(QStringLiteral("nextPageAction"));
    m_nextPageAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    auto* zoomInAction = new QAction(tr("Zoom &In"), this);
    zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    zoomInAction->setShortcut(QKeySequence::ZoomIn);
    auto* zoomOutAction = new QAction(tr("Zoom &Out"), this);
    zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    auto* fitWidthAction = new QAction(tr("Fit &Width"), this);
    fitWidthAction->setObjectName(QStringLiteral("fitWidthAction"));
    fitWidthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    auto* fitPageAction = new QAction(tr("Fit &Page"), this);
    fitPageAction->setObjectName(QStringLiteral("fitPageAction"));
    fitPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    auto* closeAction = new QAction(tr("&Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    addAction(closeAction);

    connect(m_previousPageAction, &QAction::triggered, this, [this] { goToPage(currentPage() - 1); });
    connect(m_nextPageAction, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    connect(zoomInAction, &QAction::triggered, this, &PdfViewerWindow::zoomIn);
    connect(zoomOutAction, &QAction::triggered, this, &PdfViewerWindow::zoomOut);
    connect(fitWidthAction, &QAction::triggered, this, &PdfViewerWindow::fitWidth);
    connect(fitPageAction, &QAction::triggered, this, &PdfViewerWindow::fitPage);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_pageSpinBox, &QSpinBox::valueChanged, this, [this](int value) { goToPage(value - 1); });
    connect(m_pdfView->verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfViewerWindow::updatePageControls);
    connect(m_pdfView->verticalScrollBar(), &QScrollBar::rangeChanged, this, &PdfViewerWindow::updatePageControls);

    auto* toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_previousPageAction);
    toolBar->addWidget(m_pageSpinBox);
    toolBar->addAction(m_nextPageAction);
    toolBar->addSeparator();
    toolBar->addAction(zoomOutAction);
    toolBar->addAction(zoomInAction);
    toolBar->addAction(fitWidthAction);
    toolBar->addAction(fitPageAction);

    resize(900, 1000);
    updatePageControls();
}

PdfViewerWindow::~PdfViewerWindow() = default;

Status PdfViewerWindow::open(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        return Error{ErrorCode::Io, tr("The file %1 does not exist.").arg(shown)};
    }
    // Loaded aside, so a file that fails leaves the document on show as it was.
    auto* document = new QPdfDocument(this);
    const QPdfDocument::Error error = document->load(path);
    if (error != QPdfDocument::Error::None) {
        delete document;
        switch (error) {
        case QPdfDocument::Error::InvalidFileFormat:
            return Error{ErrorCode::InvalidInput, tr("%1 is not a PDF document, or it is damaged.").arg(shown)};
        case QPdfDocument::Error::IncorrectPassword:
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return Error{ErrorCode::InvalidInput, tr("%1 is protected by a password and cannot be shown.").arg(shown)};
        case QPdfDocument::Error::FileNotFound:
            return Error{ErrorCode::Io, tr("The file %1 does not exist.").arg(shown)};
        default:
            return Error{ErrorCode::Io, tr("%1 could not be opened.").arg(shown)};
        }
    }
    m_pdfView->setDocument(document);
    delete m_document;
    m_document = document;
    m_path = QFileInfo(path).absoluteFilePath();
    setWindowTitle(QFileInfo(path).fileName());
    m_pageSpinBox->setSuffix(tr(" of %1").arg(document->pageCount()));
    {
        const QSignalBlocker blocker(m_pageSpinBox);
        m_pageSpinBox->setRange(1, std::max(1, document->pageCount()));
    }
    goToPage(0);
    updatePageControls();
    return {};
}

int PdfViewerWindow::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

int PdfViewerWindow::currentPage() const
{
    const int count = pageCount();
    const QScrollBar* bar = m_pdfView->verticalScrollBar();
    if (count == 0) {
        return 0;
    }
    // Scrolled to the end, the last page is all there even if it cannot reach the top.
    if (bar->maximum() > 0 && bar->value() >= bar->maximum()) {
        return count - 1;
    }
    int page = 0;
    while (page + 1 < count && pageTop(page + 1) <= bar->value() + m_pdfView->pageSpacing() + 2) {
        ++page;
    }
    return page;
}

void PdfViewerWindow::goToPage(int page)
{
    if (pageCount() == 0) {
        return;
    }
    page = std::clamp(page, 0, pageCount() - 1);
    m_pdfView->verticalScrollBar()->setValue(pageTop(page));
    updatePageControls();
}

QSize PdfViewerWindow::pageSize(int page) const
{
    const qreal pixelsPerPoint = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
    const QSize natural = (m_document->pagePointSize(page) * pixelsPerPoint).toSize();
    const QMargins margins = m_pdfView->documentMargins();
    const QSize viewport = m_pdfView->viewport()->size();
    switch (m_pdfView->zoomMode()) {
    case QPdfView::ZoomMode::FitToWidth:
        return natural * (qreal(viewport.width() - margins.left() - margins.right()) / natural.width());
    case QPdfView::ZoomMode::FitInView:
        return natural.scaled(viewport - QSize(margins.left() + margins.right(), m_pdfView->pageSpacing()),
                              Qt::KeepAspectRatio);
    case QPdfView::ZoomMode::Custom:
        break;
    }
    return (m_document->pagePointSize(page) * pixelsPerPoint * m_pdfView->zoomFactor()).toSize();
}

int PdfViewerWindow::pageTop(int page) const
{
    int top = m_pdfView->documentMargins().top();
    for (int i = 0; i < page; ++i) {
        top += pageSize(i).height() + m_pdfView->pageSpacing();
    }
    return top;
}

qreal PdfViewerWindow::effectiveZoom() const
{
    if (m_pdfView->zoomMode() == QPdfView::ZoomMode::Custom || pageCount() == 0) {
        return m_pdfView->zoomFactor();
    }
    // In the fit modes the view keeps its custom factor; zooming goes on from what is on the screen.
    const qreal pixelsPerPoint = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
    const int page = currentPage();
    return pageSize(page).width() / (m_document->pagePointSize(page).width() * pixelsPerPoint);
}

void PdfViewerWindow::zoomIn()
{
    setZoom(effectiveZoom() * kZoomStep);
}

void PdfViewerWindow::zoomOut()
{
    setZoom(effectiveZoom() / kZoomStep);
}

void PdfViewerWindow::fitWidth()
{
    const int page = currentPage();
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    goToPage(page);
}

void PdfViewerWindow::fitPage()
{
    const int page = currentPage();
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitInView);
    goToPage(page);
}

void PdfViewerWindow::setZoom(qreal factor)
{
    // The page at the top stays there.
    const int page = currentPage();
    m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
    m_pdfView->setZoomFactor(std::clamp(factor, kMinZoom, kMaxZoom));
    goToPage(page);
}

void PdfViewerWindow::updatePageControls()
{
    const int count = pageCount();
    const int page = currentPage();
    {
        const QSignalBlocker blocker(m_pageSpinBox);
        m_pageSpinBox->setValue(page + 1);
    }
    m_pageSpinBox->setEnabled(count > 0);
    m_previousPageAction->setEnabled(count > 0 && page > 0);
    m_nextPageAction->setEnabled(count > 0 && page + 1 < count);
}

bool PdfViewerWindow::showFile(QWidget* parent, const QString& path)
{
    auto* viewer = new PdfViewerWindow(parent);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status opened = viewer->open(path); !opened) {
        delete viewer;
        MessageBox::warning(parent, tr("Open PDF"), opened.error().message);
        return false;
    }
    viewer->show();
    return true;
}

} // namespace ropa::ui
