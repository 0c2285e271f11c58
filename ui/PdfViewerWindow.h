#pragma once

#include "core/Result.h"

#include <QList>
#include <QMainWindow>
#include <QRectF>
#include <QString>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QPrinter;
class QSpinBox;

namespace ropa::ui {

// A window showing an exported PDF as an inspector will read it: every page in one continuous column, fitted to
// the window's width, with page navigation and zoom, Find (Ctrl+F, F3 for the next match), Print (Ctrl+P) and a
// way out to the PDF reader the system has.
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

    // Shows the next (or previous) place the text is found, from the page shown, round to the start again; false
    // where the document does not have it. The same text again goes on to the next match.
    bool find(const QString& text, bool backwards = false);
    // The match shown, from 0, or -1; and how many there are of the text last looked for.
    int currentMatch() const { return m_match; }
    int matchCount() const { return static_cast<int>(m_matches.size()); }
    // The page the match shown is on, or -1.
    int matchPage() const;

    // Paints every page on printer, each fitted to the printer's page, as the document's own images: the PDF's
    // layout exactly, whatever made it.
    bool print(QPrinter* printer);
    // Ctrl+P: the system's print dialog, then the pages.
    void printWithDialog();
    // Opens the file in the program the system opens PDFs with; a warning says so where there is none.
    bool openInPdfReader();

private:
    struct Match
    {
        int page = 0;
        QRectF rect; // in the page's points
    };

    void createFindAndPrint();
    void findFromField(bool backwards);
    void clearFind();
    // Places the highlight over the match shown, where it is now on the screen.
    void updateHighlight();
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
    QPdfSearchModel* m_searchModel = nullptr;
    QLineEdit* m_findLineEdit = nullptr;
    QLabel* m_findLabel = nullptr;
    QFrame* m_highlight = nullptr;
    QString m_searched; // the text m_matches are of
    QList<Match> m_matches;
    int m_match = -1;
};

} // namespace ropa::ui
