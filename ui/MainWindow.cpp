#include "MainWindow.h"

#include "ActivitiesPage.h"
#include "AppSettings.h"
#include "AuditLogPage.h"
#include "CataloguePage.h"
#include "ChangePassphraseDialog.h"
#include "ChecksPage.h"
#include "DocumentPrinter.h"
#include "DroppedFile.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "FilteredTable.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "IdleWatcher.h"
#include "MatrixPage.h"
#include "MessageBox.h"
#include "OrganisationDialog.h"
#include "OverviewPage.h"
#include "PdfViewerWindow.h"
#include "PrintPreviewDialog.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "ReviewDialog.h"
#include "SaveCopyDialog.h"
#include "SaveFailedDialog.h"
#include "ScreenFit.h"
#include "SettingsDialog.h"
#include "UnlockDialog.h"
#include "checks/Finding.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"
#include "session/ServerConnection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

namespace ropa::ui {

namespace {
MainWindow::Page pageOf(Catalogue::Kind kind)
{
    switch (kind) {
    case Catalogue::Kind::DataCategories:
        return MainWindow::DataCategoriesPage;
    case Catalogue::Kind::Subjects:
        return MainWindow::SubjectsPage;
    case Catalogue::Kind::Recipients:
        return MainWindow::RecipientsPage;
    case Catalogue::Kind::Sources:
        return MainWindow::SourcesPage;
    case Catalogue::Kind::RetentionRules:
        return MainWindow::RetentionPage;
    }
    return MainWindow::DataCategoriesPage;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_workspace(new QWidget(this))
    , m_navigationList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_idleWatcher(new IdleWatcher(this))
{
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_navigationList->addItems({tr("Overview"), tr("Activities"), tr("Data categories"), tr("Subjects"),
                                tr("Recipients"), tr("Sources"), tr("Retention"), tr("Checks"), tr("Matrix"),
                                tr("Audit log")});
    const QStringList icons = {QStringLiteral("overview"),        QStringLiteral("activities"),
                               QStringLiteral("data-categories"), QStringLiteral("subjects"),
                               QStringLiteral("recipients"),      QStringLiteral("sources"),
                               QStringLiteral("retention"),       QStringLiteral("checks"),
                               QStringLiteral("matrix"),          QStringLiteral("audit-log")};
    for (int row = 0; row < m_navigationList->count(); ++row) {
        m_navigationList->item(row)->setToolTip(tr("Alt+%1").arg((row + 1) % 10));
        m_navigationList->item(row)->setIcon(Icons::get(icons.value(row)));
    }
    m_navigationList->setIconSize(QSize(22, 22));
    m_navigationList->setMinimumWidth(150);
    m_navigationList->setSpacing(2);
    QFont navigationFont = m_navigationList->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigationList->setFont(navigationFont);
    connect(m_navigationList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(m_workspace);
    splitter->addWidget(m_navigationList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1030});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QGridLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    createMenus();
    createFindAction();
    createToolBar();
    createStatusBar();
    setAcceptDrops(true);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    setAutoLockTimeout(std::chrono::minutes(AppSettings::autoLockMinutes.get()));

    fitToScreen(this, QSize(1280, 820));
    restoreGeometry(AppSettings::windowGeometry.get());
    restoreState(AppSettings::windowState.get());
}

MainWindow::~MainWindow()
{
    closeDocument();
}

void MainWindow::createFindAction()
{
    // One Ctrl+F for the whole window, so it reaches the shown page's search box wherever the focus is (the
    // navigation, a form); pages without a search (overview, matrix) let it pass.
    auto* find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        // Greyed out with the other document actions while locked, so a page is always there to search.
        if (QWidget* page = m_pages->currentWidget()) {
            if (auto* table = page->findChild<FilteredTable*>()) {
                table->focusSearch();
            }
        }
    });
    addAction(find);
    m_documentActions << find;
}

void MainWindow::createToolBar()
{
    // The actions most used, one click away; each is in a menu too, with its key, for whoever uses the keyboard.
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->setMovable(false);
    const QList<std::pair<const char*, QString>> shown = {
        {"newRegisterAction", tr("New")},
        {"openRegisterAction", tr("Open")},
        {nullptr, {}},
        {"exportAction", tr("Export")},
        {"printAction", tr("Print")},
        {"viewPdfAction", tr("View PDF")},
        {nullptr, {}},
        {"lockAction", tr("Lock")},
    };
    for (const auto& [name, text] : shown) {
        if (!name) {
            bar->addSeparator();
            continue;
        }
        if (auto* action = findChild<QAction*>(QLatin1String(name))) {
            action->setIconText(text);
            if (action->toolTip().isEmpty() || action->toolTip() == action->iconText()) {
                action->setToolTip(action->text().remove(QLatin1Char('&')));
            }
            bar->addAction(action);
        }
    }
}

void MainWindow::createStatusBar()
{
    // Permanent, so a passing message (a backup made, a passphrase changed) leaves them in place. None holds the
    // window wider than the screen: each gives way to the space there is.
    auto makeLabel = [this](const char* name) {
        auto* label = new QLabel(statusBar());
        label->setObjectName(QLatin1String(name));
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(40);
        return label;
    };
    m_writtenLabel = makeLabel("writtenLabel");
    m_writtenLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_writtenLabel->setOpenExternalLinks(false);
    connect(m_writtenLabel, &QLabel::linkActivated, this,
            [](const QString& folder) { QDesktopServices::openUrl(QUrl(folder)); });
    m_writtenLabel->hide();
    m_countsLabel = makeLabel("countsLabel");
    m_savedLabel = makeLabel("savedLabel");
    statusBar()->addPermanentWidget(m_writtenLabel, 2);
    statusBar()->addPermanentWidget(m_countsLabel, 2);
    statusBar()->addPermanentWidget(m_savedLabel, 1);
}

void MainWindow::watchDocumentForStatus()
{
    connect(m_document.get(), &session::RegisterDocument::changed, this, [this] {
        m_lastSaveFailed = false;
        updateStatus();
    });
    connect(m_document.get(), &session::RegisterDocument::reloaded, this, &MainWindow::updateStatus);
    connect(m_document.get(), &session::RegisterDocument::saveFailed, this, [this] {
        m_lastSaveFailed = true;
        updateStatus();
    });
    m_lastSaveFailed = false;
}

void MainWindow::updateStatus()
{
    const bool open = document() != nullptr;
    m_countsLabel->setVisible(open);
    m_savedLabel->setVisible(open);
    if (!open) {
        return; // locked: not even how much the register holds shows
    }
    const Register& reg = m_document->reg();
    m_countsLabel->setText(tr("%n activities", nullptr, int(reg.activities.size())) + QStringLiteral(" · ") +
                           tr("%n data categories", nullptr, int(reg.dataCategories.size())) + QStringLiteral(" · ") +
                           tr("%n recipients", nullptr, int(reg.recipients.size())));
    m_countsLabel->setToolTip(m_countsLabel->text());
    // Every change goes to the file as it is made; the label says whether the last one got there.
    m_savedLabel->setText(m_lastSaveFailed ? tr("Last change not saved") : tr("All changes saved"));
    m_savedLabel->setStyleSheet(m_lastSaveFailed ? QStringLiteral("color: #a40000;") : QString());
}

void MainWindow::showWritten(const QString& path)
{
    const QFileInfo info(path);
    m_writtenPath = info.absoluteFilePath();
    const QString folder = QUrl::fromLocalFile(info.absolutePath()).toString();
    m_writtenLabel->setText(
        tr("Written %1 <a href=\"%2\">Open folder</a>").arg(info.fileName().toHtmlEscaped(), folder.toHtmlEscaped()));
    m_writtenLabel->setToolTip(QDir::toNativeSeparators(m_writtenPath));
    m_writtenLabel->show();
}

void MainWindow::setPassphraseHint(const QString& text)
{
    m_passphraseHint = text;
}

QString MainWindow::lastWrittenPath() const
{
    return m_writtenPath;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    auto* newAction = file->addAction(tr("&New Register…"), this, &MainWindow::newRegisterRequested);
    newAction->setObjectName(QStringLiteral("newRegisterAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setIcon(Icons::get(QStringLiteral("new-register")));
    auto* openAction = file->addAction(tr("&Open Register…"), this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Open Register"), QFileInfo(m_path).absolutePath(),
                                                      tr("Registers (*.ropa)"));
        if (!path.isEmpty()) {
            Q_EMIT openRequested(path);
        }
    });
    openAction->setObjectName(QStringLiteral("openRegisterAction"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setIcon(Icons::get(QStringLiteral("open-register")));
    auto* serverAction = file->addAction(tr("Open &Server Register…"), this, &MainWindow::openServerRequested);
    serverAction->setObjectName(QStringLiteral("openServerAction"));
    serverAction->setToolTip(tr("Open your team's register, kept on a PostgreSQL server"));
    auto* recent = new RecentFilesMenu(file);
    recent->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openRequested);
    file->addMenu(recent);
    file->addAction(tr("Open the KJM &Demo Register"), this, &MainWindow::demoRequested);
    file->addSeparator();
    auto* organisation = file->addAction(tr("Or&ganisation Details…"), this, [this] {
        OrganisationDialog dialog(*m_document, this);
        dialog.exec();
    });
    organisation->setObjectName(QStringLiteral("organisationAction"));
    organisation->setToolTip(tr("The organisation's name, address and contacts, and when the register was last "
                                "reviewed"));
    m_documentActions << organisation;
    file->addSeparator();
    auto* saveCopyAction = file->addAction(tr("Save a Cop&y…"), this, &MainWindow::saveCopy);
    saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveCopyAction->setToolTip(tr("Save the register as it is now into a new encrypted file"));
    auto* backUpAction = file->addAction(tr("&Back Up…"), this, &MainWindow::backUp);
    backUpAction->setObjectName(QStringLiteral("backUpAction"));
    backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backUpAction->setToolTip(tr("Save an encrypted copy that opens with the same passphrase, for safe keeping"));
    auto* passphraseAction = file->addAction(tr("C&hange Passphrase…"), this, &MainWindow::changePassphrase);
    passphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    m_passphraseAction = passphraseAction;
    m_documentActions << saveCopyAction << backUpAction << passphraseAction;
    file->addSeparator();
    auto* exportAction = file->addAction(tr("&Export…"), this, [this] {
        auto* dialog = new ExportDialog(*m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::confirmed, this,
                [this](const QString& message) { statusBar()->showMessage(message); });
        connect(dialog, &ExportDialog::exported, this, &MainWindow::showWritten);
        dialog->open();
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setIcon(Icons::get(QStringLiteral("export")));
    exportAction->setToolTip(tr("Write the register, the matrix, the notice or the ICO template to a file"));
    // Print and its preview take the document of the page shown: the matrix on the Matrix page, else the register;
    // the preview offers the privacy notice too.
    const auto printedKind = [this] {
        return currentPage() == MatrixPage ? report::DocumentKind::Type::MatrixPdf
                                           : report::DocumentKind::Type::RegisterPdf;
    };
    auto* printAction = file->addAction(tr("&Print…"), this, [this, printedKind] {
        DocumentPrinter(*m_document, printedKind()).printWithDialog(this);
    });
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setIcon(Icons::get(QStringLiteral("print")));
    printAction->setToolTip(tr("Print the register, or the matrix from the Matrix page"));
    auto* previewAction = file->addAction(tr("Print Previe&w…"), this, [this, printedKind] {
        auto* preview = new PrintPreviewDialog(*m_document, printedKind(), this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->open();
    });
    previewAction->setObjectName(QStringLiteral("printPreviewAction"));
    previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    previewAction->setToolTip(tr("See the register, the matrix or the privacy notice as it will print"));
    m_documentActions << exportAction << printAction << previewAction;
    auto* viewPdf = file->addAction(tr("&View a PDF…"), this, [this] {
        const QString path = FileDialog::openFileName(this, tr("View a PDF"), QFileInfo(m_path).absolutePath(),
                                                      tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) {
            PdfViewerWindow::showFile(this, path);
        }
    });
    viewPdf->setObjectName(QStringLiteral("viewPdfAction"));
    viewPdf->setIcon(Icons::get(QStringLiteral("pdf")));
    file->addSeparator();
    auto* lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setIcon(Icons::get(QStringLiteral("lock")));
    lockAction->setToolTip(tr("Close the register and ask for its passphrase again"));
    m_documentActions << lockAction;
    file->addSeparator();
    auto* closeAction = file->addAction(tr("&Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);
    auto* quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    // Spelt out: QKeySequence::Quit is no key at all on Windows, where the office manager works.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    // The undo and redo actions come and go with the register; preferences stay.
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            setAutoLockTimeout(std::chrono::minutes(AppSettings::autoLockMinutes.get()));
        }
    });
    m_editMenu->addAction(m_preferencesAction);

    QMenu* registerMenu = menuBar()->addMenu(tr("&Register"));
    auto* reviewAction = registerMenu->addAction(tr("&Review…"), this, [this] {
        ReviewDialog dialog(*m_document, this);
        dialog.exec();
    });
    reviewAction->setObjectName(QStringLiteral("reviewAction"));
    reviewAction->setToolTip(tr("Record a review of the register and see what changed since the last one"));
    m_documentActions << reviewAction;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* go = view->addAction(m_navigationList->item(page)->text(), this, [this, page] { showPage(page); });
        // The tenth page is Alt+0, as the keys lie.
        go->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(page < 9 ? Qt::Key_1 + page : Qt::Key_0)));
        m_documentActions << go;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addUserGuideAction(help);
    auto* about = help->addAction(tr("&About RoPA Manager"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addUserGuideAction(QMenu* help)
{
    auto* guide = help->addAction(tr("&User Guide"), this, [this] { HelpWindow::showGuide(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("Lawful bases, the matrix, the checks and the documents, explained"));
    help->addSeparator();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RoPA Manager"),
                       tr("<h3>RoPA Manager %1</h3>"
                          "<p>Keeps an organisation's Record of Processing Activities (UK GDPR Article 30) in an "
                          "encrypted file, and makes from it the lawful-basis matrix, the Article 30 register, a "
                          "privacy notice and the ICO template.</p>"
                          "<p>Register files are encrypted with SQLCipher; the key comes from your passphrase "
                          "through Argon2id.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    finishEditing();
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowSettings() const
{
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    AppSettings::lastPage.set(isLocked() ? m_pageBeforeLock : m_navigationList->currentRow());
}

int MainWindow::currentPage() const
{
    return m_navigationList->currentRow();
}

void MainWindow::showPage(int page)
{
    m_navigationList->setCurrentRow(qBound(0, page, PageCount - 1));
}

void MainWindow::finishEditing()
{
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        focus->clearFocus();
    }
}

void MainWindow::removePages()
{
    // Dialogs over the register (export, print preview, a save failure with typed text) show its content.
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible()) {
            dialog->reject();
        }
    }
    // Pages and models refer to the document; they go first, from the last, so no other page is shown (and laid
    // out) as each one goes.
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(m_pages->count() - 1);
        m_pages->removeWidget(page);
        delete page;
    }
    // The undo and redo actions belong to the document's stack.
    for (QAction* action : m_editMenu->actions()) {
        if (action != m_preferencesAction) {
            m_editMenu->removeAction(action);
            if (action->parent() == m_editMenu) {
                delete action;
            }
        }
    }
}

void MainWindow::closeDocument()
{
    removePages();
    m_document.reset();
}

session::RegisterDocument* MainWindow::document() const
{
    return isLocked() ? nullptr : m_document.get();
}

void MainWindow::setDocument(std::unique_ptr<session::RegisterDocument> document)
{
    closeDocument();
    m_document = std::move(document);
    m_passphraseHint.clear();
    watchDocumentForStatus();
    // Queued, so the box comes once the failed edit has unwound (the user may carry on in a copy from it), with
    // what the document said at the time.
    connect(m_document.get(), &session::RegisterDocument::saveFailed, this, [this](const QString& message) {
        const QString unsaved = m_document->unsavedText();
        const bool unwritable = m_document->storeUnwritable();
        QMetaObject::invokeMethod(
            this, [this, message, unsaved, unwritable] { showSaveFailure(message, unsaved, unwritable); },
            Qt::QueuedConnection);
    });
    showDocument();
}

void MainWindow::showDocument()
{
    const int page = isLocked() ? m_pageBeforeLock : qBound(0, AppSettings::lastPage.get(), PageCount - 1);
    m_path = m_document->path();
    QUndoStack* stack = m_document->undoStack();

    // The Edit menu's actions take their text from the stack: "Undo Change basis of 'Verifying your identity'".
    QAction* undo = stack->createUndoAction(m_editMenu, tr("&Undo"));
    QAction* redo = stack->createRedoAction(m_editMenu, tr("&Redo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->insertAction(m_preferencesAction, undo);
    m_editMenu->insertAction(m_preferencesAction, redo);
    m_editMenu->insertSeparator(m_preferencesAction);

    using Kind = Catalogue::Kind;
    const QList<QWidget*> pages = {
        new ui::OverviewPage(*m_document, m_pages),
        new ui::ActivitiesPage(*m_document, m_pages),
        new CataloguePage(*m_document, Kind::DataCategories, m_pages),
        new CataloguePage(*m_document, Kind::Subjects, m_pages),
        new CataloguePage(*m_document, Kind::Recipients, m_pages),
        new CataloguePage(*m_document, Kind::Sources, m_pages),
        new CataloguePage(*m_document, Kind::RetentionRules, m_pages),
        new ui::ChecksPage(*m_document, m_pages),
        new ui::MatrixPage(*m_document, m_pages),
        new ui::AuditLogPage(*m_document, m_pages),
    };
    const QStringList names = {QStringLiteral("overviewPage"),       QStringLiteral("activitiesPage"),
                               QStringLiteral("dataCategoriesPage"), QStringLiteral("subjectsPage"),
                               QStringLiteral("recipientsPage"),     QStringLiteral("sourcesPage"),
                               QStringLiteral("retentionPage"),      QStringLiteral("checksPage"),
                               QStringLiteral("matrixPage"),         QStringLiteral("auditLogPage")};
    for (int i = 0; i < pages.size(); ++i) {
        pages.at(i)->setObjectName(names.at(i));
        m_pages->addWidget(pages.at(i));
    }
    auto* checksPage = static_cast<ui::ChecksPage*>(pages.at(ChecksPage));
    connect(checksPage, &ui::ChecksPage::goToRequested, this, &MainWindow::goTo);
    connect(checksPage, &ui::ChecksPage::findingsChanged, this, &MainWindow::updateChecksBadge);
    // The overview's figures and findings chart lead to the pages behind them.
    auto* overview = static_cast<ui::OverviewPage*>(pages.at(OverviewPage));
    connect(overview, &ui::OverviewPage::activitiesRequested, this, [this] { showPage(ActivitiesPage); });
    connect(overview, &ui::OverviewPage::catalogueRequested, this,
            [this](Catalogue::Kind kind) { showPage(pageOf(kind)); });
    connect(overview, &ui::OverviewPage::findingsRequested, this,
            [this, checksPage](std::optional<checks::Severity> severity) {
                checksPage->setSeverityFilter(severity);
                showPage(ChecksPage);
            });
    updateChecksBadge();

    if (m_lockScreen) {
        m_lockScreen->deleteLater();
        m_lockScreen = nullptr;
    }
    m_central->setCurrentWidget(m_workspace);
    for (QAction* action : std::as_const(m_documentActions)) {
        action->setEnabled(true);
    }
    // A server password is changed on the server, by its administrator; the register has no passphrase of its own.
    m_passphraseAction->setEnabled(!session::RegisterLocation(m_path).isServer());
    m_navigationList->setCurrentRow(-1);
    showPage(page);
    m_pageBeforeLock = -1;
    setWindowTitle(tr("%1 - RoPA Manager").arg(shownName()));
    updateStatus();
    m_idleWatcher->restart();
}

void MainWindow::updateChecksBadge()
{
    auto* checksPage = qobject_cast<ui::ChecksPage*>(m_pages->widget(ChecksPage));
    const int count = checksPage ? checksPage->attentionCount() : 0;
    QListWidgetItem* item = m_navigationList->item(ChecksPage);
    item->setText(count > 0 ? tr("Checks (%1)").arg(count) : tr("Checks"));
    item->setToolTip(count > 0
                         ? tr("%n error(s) and warning(s) to look at (Alt+%1)", nullptr, count).arg(ChecksPage + 1)
                         : tr("Alt+%1").arg(ChecksPage + 1));
}

void MainWindow::goTo(const checks::FindingTarget& target)
{
    using Kind = checks::FindingTarget::Kind;
    switch (target.kind) {
    case Kind::Activity:
        showPage(ActivitiesPage);
        static_cast<ui::ActivitiesPage*>(m_pages->widget(ActivitiesPage))->showActivity(target.id, target.field);
        return;
    case Kind::CatalogueEntry: {
        const int page = pageOf(target.catalogue);
        showPage(page);
        static_cast<CataloguePage*>(m_pages->widget(page))->goToEntry(target.id, target.field);
        return;
    }
    case Kind::Controller:
    case Kind::Register:
        openOrganisationDialog();
        return;
    }
}

void MainWindow::openOrganisationDialog()
{
    auto* dialog = new OrganisationDialog(*m_document, this);
    dialog->setObjectName(QStringLiteral("organisationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSaveFailure(const QString& message, const QString& unsavedText, bool fileUnwritable)
{
    if (isLocked()) {
        return; // the failure came as the register locked; what was typed is not shown over the lock screen
    }
    if (!m_saveFailedDialog) {
        m_saveFailedDialog = new SaveFailedDialog(this);
        m_saveFailedDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_saveFailedDialog, &QObject::destroyed, this, [this] { m_saveFailedDialog = nullptr; });
        connect(m_saveFailedDialog, &SaveFailedDialog::saveCopyRequested, this, &MainWindow::saveCopy,
                Qt::QueuedConnection);
        connect(
            m_saveFailedDialog, &SaveFailedDialog::keepTheirsRequested, this,
            [this] {
                if (document()) {
                    document()->keepTheirs();
                }
            },
            Qt::QueuedConnection);
        connect(
            m_saveFailedDialog, &SaveFailedDialog::overwriteRequested, this,
            [this] {
                if (document()) {
                    document()->overwriteWithMine();
                }
            },
            Qt::QueuedConnection);
    }
    m_saveFailedDialog->addFailure(message, unsavedText, fileUnwritable);
    m_saveFailedDialog->offerConflictChoice(document() && document()->hasConflict());
    // Shown without blocking: a test, or the user, can read it and go on.
    m_saveFailedDialog->open();
}

void MainWindow::saveCopy()
{
    if (!document()) {
        return;
    }
    auto* dialog = new SaveCopyDialog(*m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_copy = dialog->takeCopy();
        // Asked once the dialog has gone, since carrying on in the copy replaces the register the dialog is over.
        QMetaObject::invokeMethod(
            this, [this, path = dialog->targetPath()] { offerCopy(path); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void MainWindow::backUp()
{
    if (!document()) {
        return;
    }
    const QString name = QFileInfo(m_path).completeBaseName();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1 %2.ropa").arg(name, QDate::currentDate().toString(Qt::ISODate)));
    QString path = FileDialog::saveFileName(this, tr("Back Up %1").arg(QFileInfo(m_path).fileName()), suggested,
                                            tr("RoPA registers (*.ropa)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".ropa"), Qt::CaseInsensitive)) {
        path += QLatin1String(".ropa");
    }
    // The file dialog has asked about replacing an existing file, but a backup never replaces one: the store refuses.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status made = m_document->backUp(path);
    QApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::warning(this, tr("Not Backed Up"), made.error().message);
        return;
    }
    const QString said =
        tr("Backed up to %1. It opens with the register's passphrase.").arg(QDir::toNativeSeparators(path));
    statusBar()->showMessage(said);
}

void MainWindow::changePassphrase()
{
    if (!document()) {
        return;
    }
    finishEditing();
    auto* dialog = new ChangePassphraseDialog(*m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (m_document && !m_document->isStoreAttached()) {
            // The current passphrase was wrong and the file is closed: nobody gets in without the passphrase.
            QMetaObject::invokeMethod(this, &MainWindow::lock, Qt::QueuedConnection);
            return;
        }
        if (result == QDialog::Accepted) {
            statusBar()->showMessage(tr("The passphrase of %1 was changed; the old one no longer opens it.")
                                         .arg(QFileInfo(m_path).fileName()));
        }
    });
    dialog->open();
}

void MainWindow::showWarning(const QString& text)
{
    statusBar()->showMessage(text);
}

void MainWindow::offerCopy(const QString& path)
{
    std::unique_ptr<session::RegisterDocument> copy = std::move(m_copy);
    const auto answer = MessageBox::question(
        this, tr("Copy Saved"),
        tr("The register was saved to %1.\n\nDo you want to carry on working in the copy from now on?")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!copy) {
        Q_EMIT openRequested(path); // the copy has the register's passphrase, which is asked for
        return;
    }
    RecentFiles::add(copy->path());
    setDocument(std::move(copy));
}

QString MainWindow::shownName() const
{
    return session::RegisterLocation(m_path).isServer() ? session::ServerConnection::shortName(m_path)
                                                        : QFileInfo(m_path).fileName();
}

bool MainWindow::isLocked() const
{
    return m_lockScreen != nullptr;
}

void MainWindow::setAutoLockTimeout(std::chrono::milliseconds timeout)
{
    m_idleWatcher->setTimeout(timeout);
}

void MainWindow::lock()
{
    if (!m_document || isLocked()) {
        return;
    }
    finishEditing();
    m_pageBeforeLock = currentPage();
    removePages();
    // The key goes with the open file; the register in memory and its undo history stay for the unlock.
    m_document->detachStore();
    for (QAction* action : std::as_const(m_documentActions)) {
        action->setEnabled(false);
    }

    m_lockScreen = new QWidget(m_central);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    auto* unlock = new UnlockDialog(m_path, m_lockScreen);
    unlock->setWindowFlags(Qt::Widget); // in the window, not over it
    auto* title = new QLabel(session::RegisterLocation(m_path).isServer()
                                 ? tr("<h2>The register is locked</h2><p>Enter your server password to carry on "
                                      "where you were; leave it empty if your password file holds it.</p>")
                                 : tr("<h2>The register is locked</h2><p>Enter the passphrase to carry on where you "
                                      "were.</p>"),
                             m_lockScreen);
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    auto* layout = new QGridLayout(m_lockScreen);
    layout->setRowStretch(0, 1);
    layout->setColumnStretch(0, 1);
    layout->addWidget(title, 1, 1);
    layout->addWidget(unlock, 2, 1);
    layout->setRowStretch(3, 2);
    layout->setColumnStretch(2, 1);
    connect(unlock, &QDialog::accepted, this, [this, unlock] { unlockWith(unlock->takeDocument()); });
    connect(unlock, &QDialog::rejected, this, &QWidget::close);
    unlock->setCancelText(tr("&Close window"));
    unlock->setHint(m_passphraseHint);
    m_central->addWidget(m_lockScreen);
    m_central->setCurrentWidget(m_lockScreen);
    unlock->show();
    // The passphrase box takes the focus now and once more after whatever locked the window has finished (a closing
    // menu gives the focus back to where it was, a widget that is gone); the lock screen passes its focus on to it.
    m_lockScreen->setFocusProxy(unlock);
    unlock->focusPassphrase();
    QMetaObject::invokeMethod(unlock, &UnlockDialog::focusPassphrase, Qt::QueuedConnection);
    setWindowTitle(tr("%1 (locked) - RoPA Manager").arg(shownName()));
    updateStatus();
    Q_EMIT locked();
}

void MainWindow::unlockWith(std::unique_ptr<session::RegisterDocument> reopened)
{
    const Status attached = m_document->reattach(*reopened);
    if (attached) {
        reopened.reset();
        showDocument();
    } else {
        setDocument(std::move(reopened));
        MessageBox::warning(this, tr("Undo History Cleared"), attached.error().message);
    }
    Q_EMIT unlocked();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    acceptFileDrag(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // Opened once the drop is over, so the file manager is not left waiting on the passphrase dialog.
    if (const QString path = takeDroppedFile(event); !path.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, path] { Q_EMIT fileDropped(path); }, Qt::QueuedConnection);
    }
}

} // namespace ropa::ui
