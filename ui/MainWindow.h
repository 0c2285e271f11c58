#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QTableView;

namespace ropa::document {
class RegisterDocument;
}

namespace ropa::itemmodels {
class ActivityTableModel;
}

namespace ropa::ui {

class MatrixPage;

// The main window over one open register: navigation on the left, a page per part of the register, and the
// Edit menu's undo and redo for every change.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDocument(std::unique_ptr<document::RegisterDocument> document);
    document::RegisterDocument* document() const { return m_document.get(); }
    // Window size and place and the page shown, for the next start.
    void saveWindowSettings() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void refreshActivities();
    void closeDocument();

    std::unique_ptr<document::RegisterDocument> m_document;
    QListWidget* m_navigationList = nullptr;
    QStackedWidget* m_pages = nullptr;
    itemmodels::ActivityTableModel* m_activityModel = nullptr;
    QTableView* m_activityTableView = nullptr;
    MatrixPage* m_matrixPage = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace ropa::ui
