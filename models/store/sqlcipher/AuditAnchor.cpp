#include "store/sqlcipher/AuditAnchor.h"

#include "domain/Fingerprint.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/MetaKeys.h"
#include "store/sqlcipher/RegisterReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <sodium.h>

namespace ropa::store::sqlcipher {

namespace {

constexpr const char* kContext = "RoPA Manager audit anchor, format 1";
// Anchor version 1 sealed fingerprint version 1, version 2 seals fingerprint version 2; the key is the same.
const QString kVersion = QStringLiteral("2");
const QString kLegacyVersion = QStringLiteral("1");

QByteArray mac(const SecureBytes& anchorKey, const AuditAnchor::State& state, const QString& version = kVersion)
{
    const QChar separator(0x1f);
    const QByteArray material = (version + separator + QString::number(state.revision) + separator + state.fingerprint +
                                 separator + state.lastHash + separator + QString::number(state.entries))
                                    .toUtf8();
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state hmac;
    crypto_auth_hmacsha256_init(&hmac, anchorKey.data(), anchorKey.size());
    crypto_auth_hmacsha256_update(&hmac, reinterpret_cast<const unsigned char*>(material.constData()),
                                  static_cast<unsigned long long>(material.size()));
    crypto_auth_hmacsha256_final(&hmac, reinterpret_cast<unsigned char*>(out.data()));
    sodium_memzero(&hmac, sizeof hmac);
    return out;
}

} // namespace

Result<SecureBytes> AuditAnchor::keyFrom(const SecureBytes& registerKey)
{
    if (sodium_init() < 0) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("ropa::store::sqlcipher",
                                                 "The cryptography library could not be initialised.")};
    }
    SecureBytes key(crypto_auth_hmacsha256_KEYBYTES);
    if (key.isNull()) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("ropa::store::sqlcipher", "Not enough locked memory for the key.")};
    }
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(kContext),
                       std::char_traits<char>::length(kContext), registerKey.data(), registerKey.size());
    return key;
}

QString AuditAnchor::seal(const SecureBytes& anchorKey, const State& state)
{
    return QStringList{kVersion, QString::number(state.revision), QString::number(state.entries),
                       QString::fromLatin1(mac(anchorKey, state).toHex())}
        .join(QLatin1Char(';'));
}

bool AuditAnchor::holds(const SecureBytes& anchorKey, const QString& stored, const State& state)
{
    const QStringList parts = stored.split(QLatin1Char(';'));
    if (parts.size() != 4 || (parts.at(0) != kVersion && parts.at(0) != kLegacyVersion)) {
        return false;
    }
    if (parts.at(0) == kLegacyVersion && state.legacyFingerprint.isEmpty()) {
        return false;
    }
    State sealedOver = state;
    if (parts.at(0) == kLegacyVersion) {
        sealedOver.fingerprint = state.legacyFingerprint;
    }
    const QByteArray expected = mac(anchorKey, sealedOver, parts.at(0));
    const QByteArray given = QByteArray::fromHex(parts.at(3).toLatin1());
    return given.size() == expected.size() &&
        sodium_memcmp(given.constData(), expected.constData(), static_cast<std::size_t>(expected.size())) == 0;
}

std::optional<AuditAnchor::State> AuditAnchor::sealedState(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char(';'));
    if (parts.size() != 4 || (parts.at(0) != kVersion && parts.at(0) != kLegacyVersion)) {
        return std::nullopt;
    }
    bool revisionOk = false;
    bool entriesOk = false;
    State state;
    state.revision = parts.at(1).toLongLong(&revisionOk);
    state.entries = parts.at(2).toLongLong(&entriesOk);
    if (!revisionOk || !entriesOk) {
        return std::nullopt;
    }
    return state;
}

Result<AuditAnchor::State> AuditAnchor::stateOf(Database& db)
{
    State state;
    const Result<QString> revision = db.scalar(
        QStringLiteral("SELECT value FROM main.meta WHERE key = '%1'").arg(QLatin1StringView(MetaKeys::kRevision)));
    if (!revision) {
        return revision.error();
    }
    state.revision = revision.value().toLongLong();
    const Status head = db.forEachRow(
        QStringLiteral("SELECT count(*), coalesce((SELECT hash FROM main.audit_log ORDER BY seq DESC LIMIT 1), '') "
                       "FROM main.audit_log"),
        [&state](const Statement& row) {
            state.entries = row.integer(0);
            state.lastHash = row.text(1);
        });
    if (!head) {
        return head.error();
    }
    const Result<Register> reg = RegisterReader::read(db);
    if (!reg) {
        return reg.error();
    }
    state.fingerprint = Fingerprint::of(reg.value());
    state.legacyFingerprint = Fingerprint::ofVersion1(reg.value());
    return state;
}

Result<std::optional<QString>> AuditAnchor::stored(Database& db, const QString& schema)
{
    std::optional<QString> value;
    const Status status = db.forEachRow(QStringLiteral("SELECT value FROM %1.meta WHERE key = '%2'")
                                            .arg(schema, QLatin1StringView(MetaKeys::kAuditAnchor)),
                                        [&value](const Statement& row) { value = row.text(0); });
    if (!status) {
        return status.error();
    }
    return value;
}

namespace {
Status keep(Database& db, const QString& schema, const QString& seal)
{
    Result<Statement> write = db.prepare(QStringLiteral("INSERT OR REPLACE INTO %1.meta(key, value) VALUES ('%2', ?1)")
                                             .arg(schema, QLatin1StringView(MetaKeys::kAuditAnchor)));
    if (!write) {
        return write.error();
    }
    write->bind(1, seal);
    return write->run();
}
} // namespace

Status AuditAnchor::renew(Database& db, const SecureBytes& anchorKey, const QString& schema)
{
    const Result<State> state = stateOf(db);
    if (!state) {
        return state.error();
    }
    return keep(db, schema, seal(anchorKey, state.value()));
}

QString AuditAnchor::legacyFingerprintOf(const Register& reg)
{
    return Fingerprint::ofVersion1(reg);
}

Status AuditAnchor::upgrade(Database& db, const SecureBytes& anchorKey)
{
    const Result<std::optional<QString>> old = stored(db);
    if (!old) {
        return old.error();
    }
    if (!old.value() || !old.value()->startsWith(kLegacyVersion + QLatin1Char(';'))) {
        return {};
    }
    const Result<State> state = stateOf(db);
    if (!state) {
        return state.error();
    }
    if (!holds(anchorKey, *old.value(), state.value())) {
        return {}; // left as it is, for verify to report
    }
    return keep(db, QStringLiteral("main"), seal(anchorKey, state.value()));
}

Status AuditAnchor::carryOver(Database& db, const SecureBytes& oldKey, const SecureBytes& newKey, const QString& schema)
{
    const Result<std::optional<QString>> old = stored(db);
    if (!old) {
        return old.error();
    }
    if (!old.value()) {
        return {};
    }
    const Result<State> state = stateOf(db);
    if (!state) {
        return state.error();
    }
    if (!holds(oldKey, *old.value(), state.value())) {
        return {};
    }
    return keep(db, schema, seal(newKey, state.value()));
}

} // namespace ropa::store::sqlcipher
