#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QString>

namespace ropa::store {
class RegisterStore;
}

namespace ropa::io {

// Imports a .ropa.json file into a stored register, all or nothing.
class JsonImport
{
public:
    enum class Mode { OnlyIntoEmpty, ReplaceExisting };

    // Returns the number of activities imported. The file is read and checked in full before the register is
    // touched; a register that already has content is only overwritten with Mode::ReplaceExisting.
    static Result<qsizetype> importFile(store::RegisterStore& target, const QString& path, Mode mode);
    // The same for a register already read from sourcePath.
    static Result<qsizetype> importRegister(store::RegisterStore& target, const Register& incoming,
                                            const QString& sourcePath, Mode mode);
};

} // namespace ropa::io
