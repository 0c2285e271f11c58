#pragma once

#include "core/Result.h"

namespace ropa::store::sqlcipher {

class Database;

// Forward-only schema changes, numbered by PRAGMA user_version.
class Migrations
{
public:
    static int latestVersion();
    static Result<int> currentVersion(Database& db);
    // Brings the schema up to targetVersion (the latest by default), one transaction per step.
    static Status migrate(Database& db, int targetVersion = -1);
};

} // namespace ropa::store::sqlcipher
