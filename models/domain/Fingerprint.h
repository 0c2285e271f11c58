#pragma once

#include "domain/Register.h"

#include <QString>

namespace ropa {

// The register's content summed up in 64 hex digits (SHA-256), printed on every document so that a reader can
// tell whether two documents describe the same register. It is defined on the content alone, field by field in a
// fixed order and encoding (docs/file-format.md, "Fingerprint"), not on any file layout, so the same content gives
// the same fingerprint in every version that keeps fingerprint version 2.
class Fingerprint
{
public:
    static constexpr int kVersion = 2;

    static QString of(const Register& reg);
    // Fingerprint version 1 (docs/security.md) of the content as schema 3 held it, which step 4 of the migrations
    // turned into the fields it has now: kept only to check an audit anchor sealed before version 2.
    static QString ofVersion1(const Register& reg);
};

} // namespace ropa
