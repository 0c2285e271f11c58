#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace ropa::session {
class RegisterDocument;
}

namespace ropa::ui {

class MainWindow;
class StartWindow;

// The desktop application's flow: the start window (or a file named on the command line), then the unlock or
// create dialog, then the main window over the opened register, remembered among the recent files. Closing the
// main window ends the application (Qt quits when the last window closes).
class AppController : public QObject
{
    Q_OBJECT

public:
    using DocumentPtr = std::unique_ptr<session::RegisterDocument>;
    // Asks for the passphrase of path and opens it; null when the user cancels.
    using UnlockFunction = std::function<DocumentPtr(const QString& path, QWidget* parent)>;
    // Asks for a new register's details and creates it; null when the user cancels.
    using CreateFunction = std::function<DocumentPtr(QWidget* parent)>;
    // Asks which backup of which register (path, if not empty, first) to restore, restores and opens it; null when
    // the user cancels.
    using RestoreFunction = std::function<DocumentPtr(const QString& path, QWidget* parent)>;

    // Asks where to keep a new register holding content, read from the .ropa.json named source, with what passphrase,
    // and creates it; null when the user cancels.
    using ImportFunction = std::function<DocumentPtr(const Register& content, const QString& source, QWidget* parent)>;
    // Asks where a register on a server is; its address, or empty when the user cancels.
    using ServerFunction = std::function<QString(QWidget* parent)>;

    static constexpr const char* kDemoPassphrase = "kjm-demo-passphrase";
    static constexpr const char* kDemoFileName = "kjm-group-demo.ropa";

    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // With a file, goes straight to unlocking it (and to the start window if that is cancelled); without one,
    // shows the start window.
    void start(const QString& file = {});
    // A file, or a register on a server when path is a server address (postgresql://...).
    void openFile(const QString& path);
    // Asks where a register on a server is, then opens it.
    void openServerRegister();
    // A file dropped on a window: a .ropa register opens as File → Open does, a .ropa.json export is imported into a
    // new register, anything else is refused in a sentence.
    void openDropped(const QString& path);
    // Reads a .ropa.json export and makes a new register of it.
    void importFile(const QString& path);
    void createRegister();
    // Opens the KJM demo register without asking, creating it first in the demo folder.
    void openDemo();
    // Restores a register from one of its automatic backups and opens it.
    void restoreFromBackup(const QString& path = {});

    StartWindow* startWindow() const { return m_startWindow.get(); }
    // Null until a register is open.
    MainWindow* mainWindow() const { return m_mainWindow.get(); }

    // By default these run the UnlockDialog and the CreateRegisterDialog modally; tests put in their own so they
    // never wait on a modal dialog.
    void setUnlockFunction(UnlockFunction unlock);
    void setCreateFunction(CreateFunction create);
    void setRestoreFunction(RestoreFunction restore);
    void setImportFunction(ImportFunction import);
    // The ServerRegisterDialog unless set. A server that wants a password gets it through the unlock function.
    void setServerFunction(ServerFunction askServer);
    // Where the demo register is kept: the application's data folder unless set.
    void setDemoFolder(const QString& folder);
    QString demoRegisterPath() const;

private:
    // remembered is what the recent list keeps: the document's path unless given (a server register's address as
    // the user gave it, which its document shows decoded).
    void showDocument(DocumentPtr document, bool remember, const QString& remembered = {});
    // Opens a register on a server: first with the password libpq finds itself (password file, service file), and
    // only when the server wants one it did not find, through the unlock function.
    void openServerLocation(const QString& uri);
    void showStartWindow(const QString& message = {});
    QWidget* dialogParent() const;
    // The demo register, created in the demo folder the first time.
    Result<DocumentPtr> openDemoDocument() const;

    std::unique_ptr<StartWindow> m_startWindow;
    std::unique_ptr<MainWindow> m_mainWindow;
    UnlockFunction m_unlock;
    CreateFunction m_create;
    RestoreFunction m_restore;
    ImportFunction m_import;
    ServerFunction m_askServer;
    QString m_demoFolder;
};

} // namespace ropa::ui
