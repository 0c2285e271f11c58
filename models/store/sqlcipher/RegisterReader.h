#pragma once

#include "core/Result.h"
#include "domain/Register.h"

namespace ropa::store::sqlcipher {

class Database;

// Reads the whole register out of an open file, in display order. A stored value this version does not know is
// an error naming the file, the table and the row.
class RegisterReader
{
public:
    static Result<Register> read(Database& db);
};

} // namespace ropa::store::sqlcipher
