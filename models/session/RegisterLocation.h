#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "domain/Register.h"
#include "store/RegisterRepository.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace ropa::session {

// Where a register is kept, as a user names it: the path of an encrypted .ropa file, or the address of a register on
// a PostgreSQL server (team mode), "postgresql://host/database?register=name". Opens and creates the store behind
// it, so nothing above this layer knows which kind of store that is. For a server register the passphrase, where
// given, is the user's server password; otherwise libpq looks for it in the password file or service file.
class RegisterLocation
{
public:
    explicit RegisterLocation(QString location);

    const QString& text() const { return m_location; }
    // The location as messages show it (native separators for a path).
    QString displayName() const;
    bool exists() const;
    // Whether this names a register on a server rather than a file.
    bool isServer() const;

    Result<std::unique_ptr<store::RegisterRepository>> open(QByteArrayView passphrase) const;
    // Creates a new register holding reg, its first audit entry audit; never over an existing one.
    Result<std::unique_ptr<store::RegisterRepository>> create(QByteArrayView passphrase, const Register& reg,
                                                              const store::AuditRecord& audit) const;
    // Opens, reads the whole register with its revision and fingerprint, and closes again.
    Result<store::RegisterSnapshot> read(QByteArrayView passphrase) const;
    // An error when writing a document to path would overwrite this register or a file that belongs to it (its lock,
    // its journal), whatever name or link path reaches it by; success otherwise, and for an empty location.
    Status refuseAsOutput(const QString& path) const;

    // An error when the register file is open in another window or program (its lock is held), to say before its
    // passphrase is asked for; success otherwise, and for a server register, which many people open at once.
    Status checkNotOpenElsewhere() const;

    // Deletes the register, for replacing it with a new one; it must not be open.
    Status remove() const;

    // A server password given as a passphrase, in guarded memory; null where none was given (libpq then looks in
    // the password file and service file).
    static SecureBytes serverPassword(QByteArrayView passphrase);

    // The storage engine and its version, e.g. "SQLCipher 3.4.1".
    static QString engineVersion();
    // How a register kept with a review is written and read back: as its .ropa.json.
    static store::SnapshotCodec snapshotCodec();

private:
    QString m_location;
};

} // namespace ropa::session
