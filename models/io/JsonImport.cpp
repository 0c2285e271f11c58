#include "io/JsonImport.h"

#include "io/RegisterJsonReader.h"
#include "store/RegisterStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ropa::io {

Result<qsizetype> JsonImport::importFile(store::RegisterStore& target, const QString& path, Mode mode)
{
    Result<Register> incoming = RegisterJsonReader::readFile(path);
    if (!incoming) {
        return incoming.error();
    }
    return importRegister(target, incoming.value(), path, mode);
}

Result<qsizetype> JsonImport::importRegister(store::RegisterStore& target, const Register& incoming,
                                             const QString& path, Mode mode)
{
    if (mode == Mode::OnlyIntoEmpty) {
        const Result<Register> current = target.load();
        if (!current) {
            return current.error();
        }
        if (!current->isEmpty()) {
            return Error{ErrorCode::Usage,
                         QCoreApplication::translate("ropa::io::JsonImport",
                                                     "The register already holds %1 activities; "
                                                     "importing %2 would replace them.")
                             .arg(current->activities.size())
                             .arg(QDir::toNativeSeparators(path))};
        }
    }
    const qsizetype count = incoming.activities.size();
    const QString detail = QCoreApplication::translate("ropa::io::JsonImport", "%1 activities from %2")
                               .arg(count)
                               .arg(QFileInfo(path).fileName());
    if (Status status =
            target.replace(incoming, QCoreApplication::translate("ropa::io::JsonImport", "Imported register"), detail);
        !status) {
        return status.error();
    }
    return count;
}

} // namespace ropa::io
