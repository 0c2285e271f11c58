#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "domain/Register.h"

#include <QString>
#include <optional>

namespace ropa::store::sqlcipher {

class Database;

// The audit anchor: an HMAC-SHA256 over the revision, the content's fingerprint, the audit chain's last hash and the
// number of audit entries, keyed with a key derived from the register key, kept in the meta table and renewed in
// the transaction of every write. The hash chain alone shows an entry changed in the middle; the anchor also shows
// the chain's tail cut off, the chain made anew after an edit, rows changed with SQL, and pages of an older copy
// spliced in, to anyone who has the key but not this code. It cannot show the whole file replaced by an older copy
// of itself, which carries its own anchor.
class AuditAnchor
{
public:
    struct State
    {
        qint64 revision = 0;
        QString fingerprint;
        QString lastHash; // empty for an empty audit log
        qint64 entries = 0;
        QString legacyFingerprint; // fingerprint version 1, for an anchor of version 1; empty when not known
    };

    // The anchor's key: BLAKE2b of a fixed context keyed with the register's raw key, so the anchor never needs
    // the register key itself.
    static Result<SecureBytes> keyFrom(const SecureBytes& registerKey);
    // The meta table's value for state: "1;<revision>;<entries>;<HMAC in hex>".
    static QString seal(const SecureBytes& anchorKey, const State& state);
    // Whether stored is the seal of state.
    static bool holds(const SecureBytes& anchorKey, const QString& stored, const State& state);
    // The revision and the number of entries that stored says it sealed, as written in it (without checking it).
    static std::optional<State> sealedState(const QString& stored);

    // The state of the register in db (schema main) as it stands, inside the caller's transaction.
    static Result<State> stateOf(Database& db);
    // The anchor kept in the meta table of schema, or nullopt for a register made before anchors.
    static Result<std::optional<QString>> stored(Database& db, const QString& schema = QStringLiteral("main"));
    // Seals the state of main and keeps the seal in the meta table of schema.
    static Status renew(Database& db, const SecureBytes& anchorKey, const QString& schema = QStringLiteral("main"));
    // Renews the anchor in schema under newKey, where the one in main holds under oldKey; leaves it otherwise.
    // Fingerprint version 1 of a register migrated from schema 3, as that schema's content gave it.
    static QString legacyFingerprintOf(const Register& reg);
    // Replaces an anchor of version 1 that still holds with one of version 2; any other anchor is left alone.
    static Status upgrade(Database& db, const SecureBytes& anchorKey);
    static Status carryOver(Database& db, const SecureBytes& oldKey, const SecureBytes& newKey, const QString& schema);
};

} // namespace ropa::store::sqlcipher
