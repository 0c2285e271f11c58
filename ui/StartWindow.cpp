#include "StartWindow.h"

#include "DroppedFile.h"
#include "FileDialog.h"
#include "Icons.h"
#include "RecentFiles.h"
#include "ScreenFit.h"
#include "session/RegisterLocation.h"
#include "session/ServerConnection.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace ropa::ui {

namespace {

QCommandLinkButton* bigButton(QWidget* parent, const char* objectName, const QString& text, const QString& description)
{
    auto* button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

StartWindow::StartWindow(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startWindow"));
    setWindowTitle(QStringLiteral("RoPA Manager"));

    auto* title = new QLabel(QStringLiteral("RoPA Manager"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Your Record of Processing Activities under Article 30 of the UK GDPR, kept in "
                                   "one encrypted file."),
                                this);
    subtitle->setWordWrap(true);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_messageLabel->hide();

    m_createButton = bigButton(this, "createButton", tr("Create a new register…"),
                               tr("Start an empty register for your organisation."));
    m_openButton = bigButton(this, "openButton", tr("Open a register…"), tr("Open a .ropa file kept elsewhere."));
    m_serverButton = bigButton(this, "serverButton", tr("Open a register on a &server…"),
                               tr("Work on your team's register, kept on a PostgreSQL server."));
    m_demoButton = bigButton(this, "demoButton", tr("Open the KJM demo register"),
                             tr("Explore a filled-in example: a double-glazing firm's 19 processing activities."));
    m_restoreButton = bigButton(this, "restoreButton", tr("Restore from a &backup…"),
                                tr("Bring back a register as one of its automatic backups kept it."));

    auto* recentTitle = new QLabel(tr("&Recent registers"), this);
    QFont headingFont = recentTitle->font();
    headingFont.setBold(true);
    recentTitle->setFont(headingFont);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("recentFilesList"));
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentList->setUniformItemSizes(true);
    m_recentList->setSpacing(3);
    m_recentList->setIconSize(QSize(32, 32));
    recentTitle->setBuddy(m_recentList);
    m_noRecentLabel = new QLabel(tr("Registers you open will be listed here."), this);
    m_noRecentLabel->setObjectName(QStringLiteral("noRecentFilesLabel"));
    m_noRecentLabel->setWordWrap(true);
    m_noRecentLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noRecentLabel->setEnabled(false);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_serverButton);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_restoreButton);
    buttons->addStretch();
    auto* recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recentList, 1);
    recent->addWidget(m_noRecentLabel, 1);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(buttons, 1);
    columns->addLayout(recent, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_messageLabel);
    layout->addLayout(columns, 1);
    fitToScreen(this, QSize(820, 540));

    m_createButton->setIcon(Icons::get(QStringLiteral("new-register")));
    m_openButton->setIcon(Icons::get(QStringLiteral("open-register")));
    m_serverButton->setIcon(Icons::get(QStringLiteral("open-register")));
    m_demoButton->setIcon(Icons::get(QStringLiteral("demo")));
    m_restoreButton->setIcon(Icons::get(QStringLiteral("open-register")));
    for (QCommandLinkButton* button : {m_createButton, m_openButton, m_serverButton, m_demoButton, m_restoreButton}) {
        button->setIconSize(QSize(32, 32));
        // Enter presses the button with the focus, as Space does; outside a dialog only an explicit auto-default does.
        button->setAutoDefault(true);
    }
    // The style draws no focus frame around a command link; a highlighted border shows where Tab has got to.
    setStyleSheet(QStringLiteral("QCommandLinkButton:focus { border: 2px solid palette(highlight); "
                                 "border-radius: 4px; background: palette(alternate-base); }"));
    connect(m_createButton, &QCommandLinkButton::clicked, this, &StartWindow::createRequested);
    connect(m_openButton, &QCommandLinkButton::clicked, this, &StartWindow::chooseFile);
    connect(m_serverButton, &QCommandLinkButton::clicked, this, &StartWindow::serverRequested);
    connect(m_demoButton, &QCommandLinkButton::clicked, this, &StartWindow::demoRequested);
    connect(m_restoreButton, &QCommandLinkButton::clicked, this, [this] {
        const QListWidgetItem* item = m_recentList->currentItem();
        Q_EMIT restoreRequested(item ? item->data(Qt::UserRole).toString() : QString());
    });
    createShortcuts();
    setAcceptDrops(true);
    // Activation covers a double click and Enter, and a single click where the platform opens items so.
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openRequested(item->data(Qt::UserRole).toString()); });
    // The recent list is filled when the window shows (showEvent); a start with a file named never needs it.
}

void StartWindow::createShortcuts()
{
    // The same keys as the main window's File menu, which this window has none of.
    auto add = [this](const QString& name, const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QStringLiteral("newAction"), QKeySequence::New, [this] { Q_EMIT createRequested(); });
    add(QStringLiteral("openAction"), QKeySequence::Open, [this] { chooseFile(); });
    // Spelt out: QKeySequence::Quit is no key at all on Windows.
    add(QStringLiteral("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q), [] { QApplication::closeAllWindows(); });
}

void StartWindow::refreshRecentFiles()
{
    m_recentList->clear();
    const QIcon icon = Icons::get(QStringLiteral("open-register"));
    for (const QString& path : RecentFiles::list()) {
        const session::RegisterLocation location(path);
        const QFileInfo info(path);
        // A server register by its name and server, then its whole address (which holds no password).
        const QString text = location.isServer()
            ? session::ServerConnection::shortName(path) + QLatin1Char('\n') + location.displayName()
            : info.fileName() + QLatin1Char('\n') + QDir::toNativeSeparators(info.absolutePath());
        auto* item = new QListWidgetItem(text, m_recentList);
        item->setIcon(icon);
        item->setData(Qt::UserRole, path);
        item->setToolTip(location.displayName());
    }
    const bool any = m_recentList->count() > 0;
    m_recentList->setVisible(any);
    m_noRecentLabel->setVisible(!any);
    if (any) {
        m_recentList->setCurrentRow(0);
    }
}

void StartWindow::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void StartWindow::showEvent(QShowEvent* event)
{
    refreshRecentFiles();
    // The latest register is then one Enter away; Tab reaches the buttons.
    if (m_recentList->count() > 0) {
        m_recentList->setFocus();
    }
    QWidget::showEvent(event);
}

void StartWindow::chooseFile()
{
    const QString path = FileDialog::openFileName(this, tr("Open a Register"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                  tr("RoPA registers (*.ropa)"));
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path);
    }
}

void StartWindow::dragEnterEvent(QDragEnterEvent* event)
{
    acceptFileDrag(event);
}

void StartWindow::dropEvent(QDropEvent* event)
{
    // Opened once the drop is over, so the file manager is not left waiting on the passphrase dialog.
    if (const QString path = takeDroppedFile(event); !path.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, path] { Q_EMIT fileDropped(path); }, Qt::QueuedConnection);
    }
}

} // namespace ropa::ui
