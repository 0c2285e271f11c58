#pragma once

#include "core/Result.h"

namespace ropa::store::postgres {

class Connection;

// The tables, row-level security policies, functions and grants of the registers on a server, in schema "ropa",
// versioned like the file's schema: each step takes version N-1 to N, in one transaction.
//
// Clients never write the audit log or a register's revision: they open a change with ropa.begin_change(), which
// checks their role, counts the revision up and appends the hash-chained audit entry, and entries can be written
// only inside such a change. Reads and writes see only the registers the user's roles are granted.
class ServerSchema
{
public:
    static int latestVersion();
    // The version of the schema in the database the connection is to; 0 where there is none.
    static Result<int> currentVersion(Connection& connection);
    // Brings the schema to the latest version; run by the schema's owner (an administrator), never by a client.
    static Status migrate(Connection& connection);
    // Whether the schema is there at the latest version: a client's check before it uses it.
    static Status check(Connection& connection);
};

} // namespace ropa::store::postgres
