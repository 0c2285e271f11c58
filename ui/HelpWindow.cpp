#include "HelpWindow.h"

#include "ScreenFit.h"

#include <QAction>
#include <QKeySequence>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ropa::ui {

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("RoPA Manager User Guide"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links within the guide move in it; any address outside it opens in the browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QLatin1String(kGuideUrl)));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    auto* close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    fitToScreen(this, QSize(760, 860), 0.8);
}

HelpWindow* HelpWindow::showGuide(QWidget* parent)
{
    auto* window = parent ? parent->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) {
        window = new HelpWindow(parent);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace ropa::ui
