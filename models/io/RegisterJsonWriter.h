#pragma once

#include "domain/Register.h"

#include <QByteArray>

namespace ropa::io {

// Writes a register as .ropa.json version 1 (docs/file-format.md), the same bytes for the same register.
class RegisterJsonWriter
{
public:
    static QByteArray write(const Register& reg);
    // SHA-256 of the canonical JSON, in hex: the same content always gives the same fingerprint.
    static QString fingerprint(const Register& reg);
};

} // namespace ropa::io
