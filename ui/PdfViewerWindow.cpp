#include "PdfViewerWindow.h"

#include "MessageBox.h"
#include "PrintDialog.h"
#include "ScreenFit.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QPrinter>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolBar>
#include <QUrl>
#include <QtMath>
#include <algorithm>

namespace ropa::ui {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
// Pages are printed as images of this resolution at most: sharp on paper, and an A4 page stays near 35 MB.
constexpr int kMaxPrintDpi = 300;

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
    createFindAndPrint();

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

    fitToScreen(this, QSize(900, 1000)); // a page high where the screen allows
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
    clearFind();
    m_pdfView->setDocument(document);
    m_searchModel->setDocument(document);
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

void PdfViewerWindow::createFindAndPrint()
{
    auto* printAction = new QAction(tr("&Print…"), this);
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setToolTip(tr("Print the document"));
    auto* openAction = new QAction(tr("Open in My PDF &Reader"), this);
    openAction->setObjectName(QStringLiteral("openInReaderAction"));
    openAction->setToolTip(tr("Open the file in the program your computer opens PDF documents with"));
    auto* findAction = new QAction(tr("&Find…"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    auto* findNextAction = new QAction(tr("Find &Next"), this);
    findNextAction->setObjectName(QStringLiteral("findNextAction"));
    findNextAction->setShortcuts(QKeySequence::FindNext);
    auto* findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    findPreviousAction->setObjectName(QStringLiteral("findPreviousAction"));
    findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    addAction(findAction);
    addAction(findNextAction);
    addAction(findPreviousAction);

    m_searchModel = new QPdfSearchModel(this);
    m_findLineEdit = new QLineEdit(this);
    m_findLineEdit->setObjectName(QStringLiteral("findLineEdit"));
    m_findLineEdit->setPlaceholderText(tr("Find in the document"));
    m_findLineEdit->setClearButtonEnabled(true);
    m_findLineEdit->setMaximumWidth(260);
    m_findLineEdit->setToolTip(tr("Enter or F3 finds the next place, Shift+F3 the one before"));
    m_findLabel = new QLabel(this);
    m_findLabel->setObjectName(QStringLiteral("findLabel"));
    m_findLabel->setContentsMargins(6, 0, 6, 0);
    // As wide as its longest words, so the tool bar does not shift as they change.
    m_findLabel->setMinimumWidth(std::max(fontMetrics().horizontalAdvance(tr("Not found")),
                                          fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999))) +
                                 12);
    // The match shown, marked over the page; it lets clicks through to the view.
    m_highlight = new QFrame(m_pdfView->viewport());
    m_highlight->setObjectName(QStringLiteral("findHighlight"));
    m_highlight->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_highlight->setStyleSheet(QStringLiteral(
        "#findHighlight { background: rgba(255, 200, 0, 90); border: 1px solid rgba(190, 120, 0, 220); }"));
    m_highlight->hide();

    connect(printAction, &QAction::triggered, this, &PdfViewerWindow::printWithDialog);
    connect(openAction, &QAction::triggered, this, &PdfViewerWindow::openInPdfReader);
    connect(findAction, &QAction::triggered, this, [this] {
        m_findLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_findLineEdit->selectAll();
    });
    connect(findNextAction, &QAction::triggered, this, [this] { findFromField(false); });
    connect(findPreviousAction, &QAction::triggered, this, [this] { findFromField(true); });
    connect(m_findLineEdit, &QLineEdit::returnPressed, this, [this] { findFromField(false); });
    // Escape leaves the field for the pages, the match still marked.
    auto* leaveFind = new QAction(m_findLineEdit);
    leaveFind->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveFind->setShortcutContext(Qt::WidgetShortcut);
    m_findLineEdit->addAction(leaveFind);
    connect(leaveFind, &QAction::triggered, m_pdfView, [this] { m_pdfView->setFocus(Qt::OtherFocusReason); });
    connect(m_findLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            clearFind();
        }
    });
    connect(m_pdfView->verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfViewerWindow::updateHighlight);
    connect(m_pdfView->verticalScrollBar(), &QScrollBar::rangeChanged, this, &PdfViewerWindow::updateHighlight);
    connect(m_pdfView->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PdfViewerWindow::updateHighlight);

    auto* toolBar = addToolBar(tr("Document"));
    toolBar->setObjectName(QStringLiteral("documentToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(printAction);
    toolBar->addAction(openAction);
    toolBar->addSeparator();
    toolBar->addWidget(m_findLineEdit);
    toolBar->addWidget(m_findLabel);
}

int PdfViewerWindow::matchPage() const
{
    return m_match >= 0 ? m_matches.at(m_match).page : -1;
}

void PdfViewerWindow::findFromField(bool backwards)
{
    if (m_findLineEdit->text().trimmed().isEmpty()) {
        m_findLineEdit->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    find(m_findLineEdit->text(), backwards);
}

bool PdfViewerWindow::find(const QString& text, bool backwards)
{
    if (m_findLineEdit->text() != text) {
        m_findLineEdit->setText(text);
    }
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || pageCount() == 0) {
        clearFind();
        return false;
    }
    if (wanted != m_searched) {
        // Every page at once: even a long register is searched in a moment, and the count is then known.
        m_searched = wanted;
        m_matches.clear();
        m_match = -1;
        m_searchModel->setSearchString(wanted);
        for (int page = 0; page < pageCount(); ++page) {
            for (const QPdfLink& link : m_searchModel->resultsOnPage(page)) {
                QRectF rect;
                for (const QRectF& part : link.rectangles()) {
                    rect = rect.isNull() ? part : rect.united(part);
                }
                m_matches.append(Match{page, rect});
            }
        }
        // The first match from the page shown on.
        const int from = currentPage();
        const auto first = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                        [from](const Match& match) { return match.page >= from; });
        const int start = first == m_matches.cend() ? 0 : static_cast<int>(first - m_matches.cbegin());
        m_match = m_matches.isEmpty() ? -1 : (backwards ? start - 1 : start);
    } else if (!m_matches.isEmpty()) {
        m_match += backwards ? -1 : 1;
    }
    if (m_matches.isEmpty()) {
        m_findLabel->setText(tr("Not found"));
        m_highlight->hide();
        return false;
    }
    const int count = static_cast<int>(m_matches.size());
    m_match = (m_match % count + count) % count;
    m_findLabel->setText(tr("%1 of %2").arg(m_match + 1).arg(count));

    // The match a third of the way down the window, where the eye looks first.
    const Match& match = m_matches.at(m_match);
    const qreal scale = pageSize(match.page).height() / m_document->pagePointSize(match.page).height();
    const int y = pageTop(match.page) + qRound(match.rect.top() * scale) - m_pdfView->viewport()->height() / 3;
    m_pdfView->verticalScrollBar()->setValue(std::max(0, y));
    updatePageControls();
    updateHighlight();
    return true;
}

void PdfViewerWindow::clearFind()
{
    m_searched.clear();
    m_matches.clear();
    m_match = -1;
    if (m_findLabel) {
        m_findLabel->clear();
        m_highlight->hide();
    }
}

void PdfViewerWindow::updateHighlight()
{
    if (!m_highlight || m_match < 0 || !m_document) {
        if (m_highlight) {
            m_highlight->hide();
        }
        return;
    }
    const Match& match = m_matches.at(m_match);
    const QSize size = pageSize(match.page);
    const qreal scale = size.height() / m_document->pagePointSize(match.page).height();
    // As QPdfView lays the pages out: centred across the widest page or the viewport, whichever is wider.
    int widest = 0;
    for (int page = 0; page < pageCount(); ++page) {
        widest = std::max(widest, pageSize(page).width());
    }
    const QMargins margins = m_pdfView->documentMargins();
    const int total = std::max(widest + margins.left() + margins.right(), m_pdfView->viewport()->width());
    const int left = (total - size.width()) / 2 - m_pdfView->horizontalScrollBar()->value();
    const int top = pageTop(match.page) - m_pdfView->verticalScrollBar()->value();
    const QRect rect(left + qFloor(match.rect.left() * scale) - 1, top + qFloor(match.rect.top() * scale) - 1,
                     qCeil(match.rect.width() * scale) + 2, qCeil(match.rect.height() * scale) + 2);
    m_highlight->setGeometry(rect);
    m_highlight->show();
    m_highlight->raise();
}

bool PdfViewerWindow::print(QPrinter* printer)
{
    if (pageCount() == 0) {
        return false;
    }
    printer->setDocName(QFileInfo(m_path).fileName());
    QPainter painter;
    if (!painter.begin(printer)) {
        return false;
    }
    const int dpi = std::min(printer->resolution(), kMaxPrintDpi);
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !printer->newPage()) {
            return false;
        }
        const QRect area = painter.viewport();
        const QSizeF points = m_document->pagePointSize(page);
        const QSizeF fitted = points.scaled(QSizeF(area.size()), Qt::KeepAspectRatio);
        const QSize pixels = (points * (dpi / 72.0)).toSize().boundedTo(fitted.toSize());
        const QImage rendered = m_document->render(page, pixels);
        if (rendered.isNull()) {
            return false;
        }
        // On white, as the page is on paper: the rendering's clear background would go to the printer as a mask.
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).drawImage(0, 0, rendered);
        const QRectF target(area.left() + (area.width() - fitted.width()) / 2,
                            area.top() + (area.height() - fitted.height()) / 2, fitted.width(), fitted.height());
        painter.drawImage(target, image);
    }
    return painter.end();
}

void PdfViewerWindow::printWithDialog()
{
    if (pageCount() == 0) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const QSizeF first = m_document->pagePointSize(0);
    printer.setPageOrientation(first.width() > first.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    PrintDialog::print(printer, this, tr("Print %1").arg(QFileInfo(m_path).fileName()),
                       [this](QPrinter* device) { return print(device); });
}

bool PdfViewerWindow::openInPdfReader()
{
    if (m_path.isEmpty()) {
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_path))) {
        MessageBox::warning(this, tr("Open in My PDF Reader"),
                            tr("No program to open PDF documents with was found; the file is %1.")
                                .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    return true;
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
