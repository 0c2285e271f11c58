#pragma once

#include <QString>

namespace ropa {

// What went wrong, in categories that callers map to exit codes or dialogs.
enum class ErrorCode {
    Usage, // the caller asked for something that cannot be done as asked
    InvalidInput, // an input file or value is malformed
    WrongPassphrase, // the passphrase does not open the register
    NotARegister, // the file is not a RoPA register
    NewerFormat, // written by a newer version of RoPA Manager
    Locked, // another process has the register open
    Conflict, // the register changed since the change being saved was made
    Io, // a file could not be read or written
    ReadOnly, // the register file can no longer be written: moved, deleted or made read-only while open
    DiskFull, // the disk (or the user's share of it) is full
    Damaged, // the passphrase is right but part of the file is damaged
    Database, // the database engine reported a failure
    NotAllowed, // the user's role on a server register does not allow it (a viewer editing, say)
};

// An error with a sentence a user can act on.
struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;
};

} // namespace ropa
