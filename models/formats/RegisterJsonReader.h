#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QByteArray>
#include <QString>

namespace ropa::formats {

// Reads .ropa.json version 2, and version 1 migrated (docs/file-format.md); any problem is one sentence naming the file
// and the JSON path.
class RegisterJsonReader
{
public:
    static constexpr const char* kFormat = "ropa-register";
    static constexpr int kVersion = 2;

    // fileLabel names the input in error messages, usually its path.
    static Result<Register> read(const QByteArray& json, const QString& fileLabel);
    static Result<Register> readFile(const QString& path);
};

} // namespace ropa::formats
