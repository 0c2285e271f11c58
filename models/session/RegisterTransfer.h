#pragma once

#include "core/Result.h"
#include "session/RegisterLocation.h"
#include "store/RegisterRepository.h"

#include <QByteArrayView>
#include <QString>

namespace ropa::session {

// Copies a register from one kind of store to the other, for team mode: a file pushed to a server register, and a
// server register pulled into a new encrypted file (for travel, or as the inspector's copy). The copy holds the
// same register, so it has the same fingerprint; its audit log starts with an entry naming where it came from.
class RegisterTransfer
{
public:
    enum class Mode { NewOnly, ReplaceExisting };

    // Writes snapshot's register to target: a new register there, or with Mode::ReplaceExisting the content of one
    // that is there replaced, at the revision it has. A file is never written over unless asked; from names the
    // source in the audit log. Returns the target's revision.
    static Result<qint64> copy(const store::RegisterSnapshot& snapshot, const QString& from,
                               const RegisterLocation& target, QByteArrayView targetSecret, Mode mode,
                               const QString& actor);
};

} // namespace ropa::session
