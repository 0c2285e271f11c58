#pragma once

#include "core/Result.h"
#include "domain/Register.h"

namespace ropa::formats {

// The bundled KJM Group Ltd register, built from the company's published privacy policy.
class DemoRegister
{
public:
    static constexpr const char* kResourcePath = ":/demo/kjm-group.ropa.json";
    static Result<Register> load();
};

} // namespace ropa::formats
