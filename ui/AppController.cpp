#include "AppController.h"

#include "AppSettings.h"
#include "CreateRegisterDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecentFiles.h"
#include "RestoreDialog.h"
#include "ServerRegisterDialog.h"
#include "StartWindow.h"
#include "UnlockDialog.h"
#include "report/DocumentKind.h"
#include "session/DemoFolder.h"
#include "session/ImportRegister.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ropa::ui {

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_startWindow(std::make_unique<StartWindow>())
    , m_unlock([](const QString& path, QWidget* dialogParent) -> DocumentPtr {
        UnlockDialog dialog(path, dialogParent);
        return dialog.exec() == QDialog::Accepted ? dialog.takeDocument() : nullptr;
    })
    , m_create([](QWidget* dialogParent) -> DocumentPtr {
        CreateRegisterDialog dialog(dialogParent);
        return dialog.exec() == QDialog::Accepted ? dialog.takeDocument() : nullptr;
    })
    , m_restore([](const QString& path, QWidget* dialogParent) -> DocumentPtr {
        RestoreDialog dialog(path, dialogParent);
        return dialog.exec() == QDialog::Accepted ? dialog.takeDocument() : nullptr;
    })
    , m_import([](const Register& content, const QString& source, QWidget* dialogParent) -> DocumentPtr {
        CreateRegisterDialog dialog(dialogParent);
        dialog.setContent(content, source);
        return dialog.exec() == QDialog::Accepted ? dialog.takeDocument() : nullptr;
    })
    , m_askServer([](QWidget* dialogParent) -> QString {
        ServerRegisterDialog dialog(dialogParent);
        // Starting from the last server register opened, another on the same server is its name away.
        for (const QString& recent : RecentFiles::list()) {
            if (session::RegisterLocation(recent).isServer()) {
                dialog.setUri(recent);
                break;
            }
        }
        return dialog.exec() == QDialog::Accepted ? dialog.uri() : QString();
    })
    , m_demoFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
    connect(m_startWindow.get(), &StartWindow::openRequested, this, &AppController::openFile);
    connect(m_startWindow.get(), &StartWindow::createRequested, this, &AppController::createRegister);
    connect(m_startWindow.get(), &StartWindow::serverRequested, this, &AppController::openServerRegister);
    connect(m_startWindow.get(), &StartWindow::demoRequested, this, &AppController::openDemo);
    connect(m_startWindow.get(), &StartWindow::restoreRequested, this, &AppController::restoreFromBackup);
    connect(m_startWindow.get(), &StartWindow::fileDropped, this, &AppController::openDropped);
}

AppController::~AppController() = default;

void AppController::setUnlockFunction(UnlockFunction unlock)
{
    m_unlock = std::move(unlock);
}

void AppController::setCreateFunction(CreateFunction create)
{
    m_create = std::move(create);
}

void AppController::setRestoreFunction(RestoreFunction restore)
{
    m_restore = std::move(restore);
}

void AppController::setImportFunction(ImportFunction import)
{
    m_import = std::move(import);
}

void AppController::openDropped(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (report::DocumentKind::of(report::DocumentKind::Type::RegisterJson).isNamedFor(name)) {
        importFile(path);
    } else if (name.endsWith(QLatin1String(".ropa"), Qt::CaseInsensitive)) {
        openFile(path);
    } else {
        showStartWindow(tr("%1 is neither a register (.ropa) nor a register export (.ropa.json), so it cannot be "
                           "opened here.")
                            .arg(name));
    }
}

void AppController::importFile(const QString& path)
{
    m_startWindow->showMessage({});
    Result<Register> content = session::ImportRegister::readExport(path);
    if (!content) {
        showStartWindow(content.error().message);
        return;
    }
    DocumentPtr document = m_import(content.value(), QFileInfo(path).fileName(), dialogParent());
    if (!document) {
        showStartWindow();
        return;
    }
    showDocument(std::move(document), true);
}

void AppController::setServerFunction(ServerFunction askServer)
{
    m_askServer = std::move(askServer);
}

void AppController::restoreFromBackup(const QString& path)
{
    m_startWindow->showMessage({});
    DocumentPtr document = m_restore(path, dialogParent());
    if (!document) {
        showStartWindow();
        return;
    }
    showDocument(std::move(document), true);
}

void AppController::setDemoFolder(const QString& folder)
{
    m_demoFolder = folder;
}

QString AppController::demoRegisterPath() const
{
    return QDir(m_demoFolder).filePath(QLatin1String(kDemoFileName));
}

void AppController::start(const QString& file)
{
    if (file.isEmpty()) {
        showStartWindow();
        return;
    }
    openFile(file);
}

void AppController::openFile(const QString& path)
{
    m_startWindow->showMessage({});
    if (session::RegisterLocation(path).isServer()) {
        openServerLocation(path);
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Open in this program's window, even locked (its lock screen asks for the passphrase): that window comes to the
    // front.
    if (m_mainWindow && !m_mainWindow->registerPath().isEmpty() && QFileInfo::exists(absolute) &&
        QFileInfo(m_mainWindow->registerPath()) == QFileInfo(absolute)) {
        m_mainWindow->show();
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
        return;
    }
    // The demo's passphrase is the program's own, so the demo opens as from the start window, without asking.
    if (QFileInfo::exists(absolute) && QFileInfo(absolute) == QFileInfo(demoRegisterPath())) {
        openDemo();
        return;
    }
    if (!QFileInfo(absolute).isFile()) {
        RecentFiles::remove(absolute);
        showStartWindow(tr("%1 does not exist.").arg(QDir::toNativeSeparators(absolute)));
        return;
    }
    // Open in another program (or another copy of this one): said now, rather than after the passphrase is typed.
    if (const Status free = session::RegisterLocation(absolute).checkNotOpenElsewhere(); !free) {
        showStartWindow(free.error().message);
        return;
    }
    DocumentPtr document = m_unlock(absolute, dialogParent());
    if (!document) {
        showStartWindow();
        return;
    }
    showDocument(std::move(document), true);
}

void AppController::openServerRegister()
{
    m_startWindow->showMessage({});
    const QString uri = m_askServer(dialogParent());
    if (uri.isEmpty()) {
        showStartWindow();
        return;
    }
    openServerLocation(uri);
}

void AppController::openServerLocation(const QString& uri)
{
    // The same address, however much of it is percent-encoded, is the same register.
    const QString shown = session::RegisterLocation(uri).displayName();
    if (m_mainWindow && m_mainWindow->document() &&
        session::RegisterLocation(m_mainWindow->document()->path()).displayName() == shown) {
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
        return;
    }
    // The server may take a moment to answer, or to say it is not there.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = session::RegisterDocument::open(uri, {});
    QApplication::restoreOverrideCursor();
    if (opened) {
        showDocument(std::move(opened.value()), true, uri);
        return;
    }
    if (opened.error().code != ErrorCode::WrongPassphrase) {
        showStartWindow(opened.error().message);
        return;
    }
    // The unlock dialog asks for the server password, keeps it only in guarded memory while it connects, and says a
    // wrong one in place for another try.
    DocumentPtr document = m_unlock(uri, dialogParent());
    if (!document) {
        showStartWindow();
        return;
    }
    showDocument(std::move(document), true, uri);
}

void AppController::createRegister()
{
    m_startWindow->showMessage({});
    DocumentPtr document = m_create(dialogParent());
    if (!document) {
        showStartWindow();
        return;
    }
    showDocument(std::move(document), true);
}

void AppController::openDemo()
{
    m_startWindow->showMessage({});
    auto opened = openDemoDocument();
    if (!opened) {
        showStartWindow(opened.error().message);
        return;
    }
    // Not a recent file: reopened from the list it would ask for a passphrase nobody was told.
    showDocument(std::move(opened.value()), false);
    // Locked (Ctrl+L, idle time), it asks for that passphrase after all: the lock screen says it.
    m_mainWindow->setPassphraseHint(
        tr("This is the KJM demo register. Its passphrase is: %1").arg(QLatin1String(kDemoPassphrase)));
}

void AppController::showDocument(DocumentPtr document, bool remember, const QString& remembered)
{
    if (remember) {
        RecentFiles::add(remembered.isEmpty() ? document->path() : remembered);
    }
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>();
        connect(m_mainWindow.get(), &MainWindow::openRequested, this, &AppController::openFile);
        connect(m_mainWindow.get(), &MainWindow::newRegisterRequested, this, &AppController::createRegister);
        connect(m_mainWindow.get(), &MainWindow::openServerRequested, this, &AppController::openServerRegister);
        connect(m_mainWindow.get(), &MainWindow::demoRequested, this, &AppController::openDemo);
        connect(m_mainWindow.get(), &MainWindow::fileDropped, this, &AppController::openDropped);
    }
    // A backup each time a register is opened from a file (the demo can be made again, so it gets none, and a
    // server's administrator backs the server up); a backup that fails is said, and the register opens all the same.
    const int keep = AppSettings::keepBackups.get();
    const bool fromFile = remember && !session::RegisterLocation(document->path()).isServer();
    Result<session::BackupFile> backup =
        fromFile && keep > 0 ? document->rotateBackups(keep) : Result<session::BackupFile>(session::BackupFile{});
    m_mainWindow->setDocument(std::move(document));
    if (!backup) {
        m_mainWindow->showWarning(tr("No automatic backup was made: %1").arg(backup.error().message));
    }
    // Shown before the start window hides, so there is never a moment without a window for Qt to quit on.
    m_mainWindow->show();
    m_mainWindow->raise();
    m_startWindow->hide();
}

void AppController::showStartWindow(const QString& message)
{
    // Once a register is open the main window stays the place to be; the start window does not come back.
    if (m_mainWindow && m_mainWindow->isVisible()) {
        if (!message.isEmpty()) {
            MessageBox::warning(m_mainWindow.get(), tr("Cannot Open Register"), message);
        }
        return;
    }
    m_startWindow->showMessage(message);
    m_startWindow->show();
    m_startWindow->raise();
}

QWidget* AppController::dialogParent() const
{
    if (m_mainWindow && m_mainWindow->isVisible()) {
        return m_mainWindow.get();
    }
    return m_startWindow->isVisible() ? m_startWindow.get() : nullptr;
}

Result<AppController::DocumentPtr> AppController::openDemoDocument() const
{
    return session::DemoFolder::openDocument(demoRegisterPath(), kDemoPassphrase);
}

} // namespace ropa::ui
