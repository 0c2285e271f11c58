#pragma once

#include <QMainWindow>
#include <chrono>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::checks {
struct FindingTarget;
}

namespace ropa::ui {

class IdleWatcher;
class SaveFailedDialog;

// The main window over one open register: navigation on the left, a page per part of the register, the Edit
// menu's undo and redo for every change, and the lock that closes the register after idle time or on Ctrl+L.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages in navigation order.
    enum Page {
        OverviewPage,
        ActivitiesPage,
        DataCategoriesPage,
        SubjectsPage,
        RecipientsPage,
        SourcesPage,
        RetentionPage,
        ChecksPage,
        MatrixPage,
        AuditLogPage,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDocument(std::unique_ptr<session::RegisterDocument> document);
    // The open register; null while locked, when it cannot be read or changed.
    session::RegisterDocument* document() const;
    // The open register's path or address, kept while it is locked; empty before one is set.
    QString registerPath() const { return m_path; }
    int currentPage() const;
    void showPage(int page);
    // Window size and place and the page shown, for the next start.
    void saveWindowSettings() const;

    // Closes the register file, wiping its key, and shows the passphrase field in the window's place; the right
    // passphrase brings back the page that was shown and the undo history, unless the file was changed elsewhere
    // meanwhile (then it opens as it is now, without the history).
    void lock();
    bool isLocked() const;
    // A warning that needs no answer, in the status bar (a backup on opening that failed, say).
    void showWarning(const QString& text);
    // "Written FILE" in the status bar, with a link that opens its folder: after an export.
    void showWritten(const QString& path);
    // The file the last export wrote, as the status bar names it; empty before any.
    QString lastWrittenPath() const;
    // Said on the lock screen under the passphrase box (the demo's passphrase); cleared by the next setDocument().
    void setPassphraseHint(const QString& text);
    // Idle time before lock() happens by itself; zero never locks. From the settings unless set here.
    void setAutoLockTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void locked();
    void unlocked();
    // File menu requests for whoever opens registers (AppController).
    void newRegisterRequested();
    void openRequested(const QString& path);
    void openServerRequested();
    void demoRequested();
    // A file dropped on the window, for AppController to open or import.
    void fileDropped(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    // Ctrl+F: the search box of the page shown.
    void createFindAction();
    void createToolBar();
    // Help → User Guide, F1.
    void addUserGuideAction(QMenu* help);
    // Whether the last change was saved, what the register holds, and the file an export last wrote.
    void createStatusBar();
    void watchDocumentForStatus();
    void updateStatus();
    // The register's file name, or its name and server, for the title.
    QString shownName() const;
    void closeDocument();
    // Builds the pages and the undo actions over m_document.
    void showDocument();
    // Takes the pages and the undo actions away, and closes the dialogs over the register.
    void removePages();
    void unlockWith(std::unique_ptr<session::RegisterDocument> reopened);
    void showSaveFailure(const QString& message, const QString& unsavedText, bool fileUnwritable);
    // File → Save a Copy: writes the register to a new file, then offers to carry on in it.
    void saveCopy();
    // File → Back Up: an encrypted copy under the same passphrase, where the user says.
    void backUp();
    void changePassphrase();
    // Offers to carry on in the copy at path (held open in m_copy when it was made with a new passphrase).
    void offerCopy(const QString& path);
    // Sends the field being typed in its focus-out, so its edit is saved before the register goes.
    void finishEditing();
    void showAbout();
    // Shows the item a finding concerns: the activity's field, the catalogue entry or the organisation's details.
    void goTo(const checks::FindingTarget& target);
    // The Checks entry of the navigation with the number of errors and warnings.
    void updateChecksBadge();
    // The organisation dialog, not blocking the window (from the Checks page).
    void openOrganisationDialog();

    std::unique_ptr<session::RegisterDocument> m_document;
    QString m_path; // of the register, kept while locked
    QStackedWidget* m_central = nullptr; // the register's pages, or the lock screen
    QWidget* m_workspace = nullptr;
    QListWidget* m_navigationList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_lockScreen = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_preferencesAction = nullptr;
    QList<QAction*> m_documentActions; // need an open register
    QAction* m_passphraseAction = nullptr; // only for a register file: a server register has the user's password
    IdleWatcher* m_idleWatcher = nullptr;
    SaveFailedDialog* m_saveFailedDialog = nullptr; // while one is shown
    std::unique_ptr<session::RegisterDocument> m_copy; // just saved, until the user says whether to carry on in it
    int m_pageBeforeLock = -1;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_savedLabel = nullptr;
    QLabel* m_writtenLabel = nullptr;
    QString m_writtenPath;
    bool m_lastSaveFailed = false;
    QString m_passphraseHint;
};

} // namespace ropa::ui
