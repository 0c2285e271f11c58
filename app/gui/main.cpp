#include "MainWindow.h"
#include "io/DemoRegister.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoPA Manager"));
    QApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The register to open (.ropa)."));
    parser.process(app);

    ropa::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        const ropa::Result<ropa::Register> demo = ropa::io::DemoRegister::load();
        if (!demo) {
            QMessageBox::critical(nullptr, QApplication::applicationName(), demo.error().message);
            return 4;
        }
        window.showRegister(demo.value(), QApplication::translate("main", "KJM Group demo (read-only)"));
    } else {
        const QString path = files.first();
        while (true) {
            bool accepted = false;
            const QString secret = QInputDialog::getText(
                nullptr, QApplication::translate("main", "Unlock register"),
                QApplication::translate("main", "Passphrase for %1:").arg(QFileInfo(path).fileName()),
                QLineEdit::Password, {}, &accepted);
            if (!accepted) {
                return 0;
            }
            auto file = ropa::store::RegisterFile::open(path, secret.toUtf8());
            if (!file) {
                QMessageBox::warning(nullptr, QApplication::applicationName(), file.error().message);
                if (file.error().code == ropa::ErrorCode::WrongPassphrase) {
                    continue;
                }
                return 3;
            }
            const auto reg = ropa::store::RegisterStore(file.value()->database()).load();
            if (!reg) {
                QMessageBox::critical(nullptr, QApplication::applicationName(), reg.error().message);
                return 4;
            }
            window.showRegister(reg.value(), QFileInfo(path).fileName());
            break;
        }
    }
    window.show();
    return QApplication::exec();
}
