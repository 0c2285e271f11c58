#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QCommandLinkButton;

namespace ropa::ui {

// The window shown when the application starts without a register: create one, open one, open the demo, or pick
// a recent one. It only asks; the AppController does the opening.
class StartWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartWindow(QWidget* parent = nullptr);

    // Lists the recent registers again; done each time the window is shown.
    void refreshRecentFiles();
    // A sentence about what just failed, shown above the buttons; an empty text hides it.
    void showMessage(const QString& text);

Q_SIGNALS:
    void createRequested();
    // A path, or a server register's address.
    void openRequested(const QString& path);
    // Open a register on a server, asking where it is.
    void serverRequested();
    void demoRequested();
    // Restore from a backup, starting from the register chosen in the recent list (empty when none is).
    void restoreRequested(const QString& path);
    // A file dropped on the window, for AppController to open or import.
    void fileDropped(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFile();
    // Ctrl+N, Ctrl+O and Ctrl+Q.
    void createShortcuts();

    QCommandLinkButton* m_createButton = nullptr;
    QCommandLinkButton* m_openButton = nullptr;
    QCommandLinkButton* m_serverButton = nullptr;
    QCommandLinkButton* m_demoButton = nullptr;
    QCommandLinkButton* m_restoreButton = nullptr;
    QListWidget* m_recentList = nullptr;
    QLabel* m_noRecentLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ropa::ui
