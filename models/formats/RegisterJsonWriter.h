#pragma once

#include "domain/Register.h"

#include <QByteArray>

namespace ropa::formats {

// Writes a register as .ropa.json version 1 (docs/file-format.md), the same bytes for the same register.
class RegisterJsonWriter
{
public:
    static QByteArray write(const Register& reg);
};

} // namespace ropa::formats
