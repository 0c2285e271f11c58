#include "MainWindow.h"
#include "UnlockDialog.h"
#include "document/RegisterDocument.h"
#include "io/DemoRegister.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

constexpr const char* kDemoPassphrase = "kjm-demo-passphrase";

// The KJM demo register in the user's data folder, created on first use with the demo passphrase.
ropa::Result<QString> demoRegisterPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("kjm-group-demo.ropa"));
    if (QFileInfo::exists(path)) {
        return path;
    }
    const ropa::Result<ropa::Register> demo = ropa::io::DemoRegister::load();
    if (!demo) {
        return demo.error();
    }
    const auto file = ropa::store::RegisterStore::createFile(path, kDemoPassphrase, demo.value(),
                                                             QApplication::translate("main", "Created demo register"));
    if (!file) {
        return file.error();
    }
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RoPA Manager"));
    QApplication::setOrganizationName(QStringLiteral("RoPA Manager"));
    QApplication::setApplicationVersion(QStringLiteral(ROPA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "The register to open (.ropa); the KJM demo without one."));
    parser.process(app);

    std::unique_ptr<ropa::document::RegisterDocument> document;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        const ropa::Result<QString> path = demoRegisterPath();
        auto opened = path ? ropa::document::RegisterDocument::open(path.value(), kDemoPassphrase)
                           : ropa::Result<std::unique_ptr<ropa::document::RegisterDocument>>(path.error());
        if (!opened) {
            QMessageBox::critical(nullptr, QApplication::applicationName(), opened.error().message);
            return 4;
        }
        document = std::move(opened.value());
    } else {
        ropa::ui::UnlockDialog unlock(files.first());
        if (unlock.exec() != QDialog::Accepted) {
            return 0;
        }
        document = unlock.takeDocument();
    }
    ropa::ui::MainWindow window;
    window.setDocument(std::move(document));
    window.show();
    return QApplication::exec();
}
