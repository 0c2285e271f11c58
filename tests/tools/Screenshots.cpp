// Writes a PNG of every page of the main window on a copy of the KJM demo register, for looking at and for the
// README:  screenshots OUTDIR
#include "CreateRegisterDialog.h"
#include "ExportDialog.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "ServerRegisterDialog.h"
#include "StartWindow.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "formats/DemoRegister.h"
#include "session/RegisterDocument.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "Usage: screenshots OUTDIR\n";
        return 2;
    }
    // Settings of its own, so the window opens at the same size every time.
    const auto settings = ropa::test::useTemporarySettings();

    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kjm-group.ropa"));
    if (!ropa::test::writeRegisterFile(path, ropa::formats::DemoRegister::load().value())) {
        return 4;
    }
    auto document = ropa::session::RegisterDocument::open(path, ropa::test::kPassphrase);
    if (!document) {
        err << document.error().message << '\n';
        return 3;
    }
    ropa::ui::MainWindow window;
    window.setDocument(std::move(document.value()));
    window.resize(1280, 800);
    window.show();

    const QStringList names = {QStringLiteral("overview"),        QStringLiteral("activities"),
                               QStringLiteral("data-categories"), QStringLiteral("subjects"),
                               QStringLiteral("recipients"),      QStringLiteral("sources"),
                               QStringLiteral("retention"),       QStringLiteral("checks"),
                               QStringLiteral("matrix"),          QStringLiteral("audit-log")};
    int written = 0;
    for (int page = 0; page < names.size(); ++page) {
        window.showPage(page);
        QApplication::processEvents();
        const QString file =
            out.filePath(QStringLiteral("%1-%2.png").arg(page + 1, 2, 10, QLatin1Char('0')).arg(names.at(page)));
        if (window.grab().save(file)) {
            ++written;
        }
    }
    // The status bar after an export, with the link to the file's folder.
    window.showPage(1);
    window.showWritten(out.filePath(QStringLiteral("kjm-group-register.pdf")));
    QApplication::processEvents();
    if (window.grab().save(out.filePath(QStringLiteral("17-status-bar.png")))) {
        ++written;
    }
    // The user guide (F1).
    if (auto* help = ropa::ui::HelpWindow::showGuide(&window)) {
        QApplication::processEvents();
        if (help->grab().save(out.filePath(QStringLiteral("18-user-guide.png")))) {
            ++written;
        }
        help->close();
    }
    // The dialogs a user meets on the way, drawn without running them.
    const auto saveWidget = [&](QWidget* widget, const QString& name) {
        widget->show();
        QApplication::processEvents();
        if (widget->grab().save(out.filePath(name))) {
            ++written;
        }
        widget->close();
    };
    ropa::ui::ExportDialog exportDialog(*window.document(), &window);
    saveWidget(&exportDialog, QStringLiteral("11-export.png"));
    ropa::ui::CreateRegisterDialog createDialog;
    saveWidget(&createDialog, QStringLiteral("12-create.png"));
    ropa::ui::StartWindow start;
    saveWidget(&start, QStringLiteral("13-start.png"));
    // Where Tab has got to shows.
    start.show();
    start.activateWindow();
    if (auto* demo = start.findChild<QWidget*>(QStringLiteral("demoButton"))) {
        demo->setFocus(Qt::TabFocusReason);
    }
    saveWidget(&start, QStringLiteral("16-start-focus.png"));
    ropa::ui::ServerRegisterDialog serverDialog;
    serverDialog.setUri(QStringLiteral("postgresql://priya@db.kjm-group.co.uk/ropa?register=kjm"));
    saveWidget(&serverDialog, QStringLiteral("14-server.png"));
    ropa::ui::UnlockDialog serverPassword(QStringLiteral("postgresql://priya@db.kjm-group.co.uk/ropa?register=kjm"));
    saveWidget(&serverPassword, QStringLiteral("15-server-password.png"));

    window.lock();
    QApplication::processEvents();
    if (window.grab().save(out.filePath(QStringLiteral("10-locked.png")))) {
        ++written;
    }
    QTextStream(stdout) << written << " screenshots in " << QDir::toNativeSeparators(out.absolutePath()) << '\n';
    window.close();
    return written == names.size() + 9 ? 0 : 4;
}
