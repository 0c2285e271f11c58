#pragma once

#include "core/Result.h"

#include <QMainWindow>
#include <QString>

class QAction;
class QPdfDocument;
class QPdfView;
class QSpinBox;

namespace ropa::ui {

// A window showing an exported PDF as an inspector will read it: every page in one continuous column, fitted to
// the window's width, with page navigation and zoom.
class PdfViewerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit PdfViewerWindow(QWidget* parent = nullptr);
    ~PdfViewerWindow() override;

    // Shows the PDF at path; on failure the window keeps what it showed and the error says why.
    Status open(const QString& path);
    // Opens path in a new viewer window of parent's that deletes itself when closed; a PDF that will not open is
    // said in a warning instead. False then.
    static bool showFile(QWidget* parent, const QString& path);
    QString path() const { return m_path; }
    int pageCount() const;
    // The page at the top of the view, from 0.
    int currentPage() const;
    void goToPage(int page);

    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();

private:
    void setZoom(qreal factor);
    void updatePageControls();
    // The size and place of a page in the view's scrolled content. QPdfView keeps its layout to itself, so this
    // mirrors it: the view reports which page is at 40% of its height, not at the top where "Page N" means.
    QSize pageSize(int page) const;
    int pageTop(int page) const;
    qreal effectiveZoom() const;

    QPdfView* m_pdfView = nullptr;
    QPdfDocument* m_document = nullptr;
    QSpinBox* m_pageSpinBox = nullptr;
    QAction* m_previousPageAction = nullptr;
    QAction* m_nextPageAction = nullptr;
    QString m_path;
};

} // namespace ropa::ui
