#include "store/sqlcipher/AuditAnchor.h"

#include "domain/Fingerprint.h"
#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/MetaKeys.h"
#include "store/sqlcipher/RegisterReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <initializer_list>
#include <sodium.h>

namespace ropa::store::sqlcipher {

namespace {

constexpr const char* kContext = "RoPA Manager audit anchor, format 1";
// Anchor version 1 sealed fingerprint version 1, version 2 seals fingerprint version 2; the key is the same.
const QString kVersion = QStringLiteral("2");
const QString kLegacyVersion = QStringLiteral("1");

// Fingerprint version 1 (docs/security.md), kept only to check an anchor written before fingerprint version 2:
// the content as schema 3 held it, which step 4 of the migrations turned into the fields it has now.
class LegacyEncoder
{
public:
    void text(const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        count(utf8.size());
        m_hash.addData(utf8);
    }
    void count(qsizetype n)
    {
        const auto v = static_cast<quint32>(n);
        const char bytes[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                               static_cast<char>(v)};
        m_hash.addData(QByteArrayView(bytes, 4));
    }
    void flag(bool on) { m_hash.addData(QByteArrayView(on ? "\1" : "\0", 1)); }
    void optionalText(const std::optional<QString>& value)
    {
        flag(value.has_value());
        if (value) {
            text(*value);
        }
    }
    void optionalDate(const std::optional<QDate>& date)
    {
        optionalText(date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt);
    }
    void texts(const QStringList& values)
    {
        count(values.size());
        for (const QString& value : values) {
            text(value);
        }
    }
    // Each text on its own, with no count before them: the fields of one item.
    void fields(std::initializer_list<QString> values)
    {
        for (const QString& value : values) {
            text(value);
        }
    }
    void raw(QByteArrayView bytes) { m_hash.addData(bytes); }
    QString result() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

QString legacyFingerprint(const Register& reg)
{
    LegacyEncoder e;
    e.raw("ropa-fingerprint");
    e.count(1);
    const Controller& c = reg.controller;
    for (const QString* field :
         {&c.name, &c.address, &c.email, &c.phone, &c.dpo, &c.representative, &c.icoRegistration}) {
        e.text(*field);
    }
    e.optionalDate(reg.lastReviewed);
    e.count(reg.dataCategories.size());
    for (const DataCategory& d : reg.dataCategories) {
        e.fields({d.id, d.name, d.description, specialCategoryKey(d.special)});
    }
    e.count(reg.subjectCategories.size());
    for (const SubjectCategory& s : reg.subjectCategories) {
        e.fields({s.id, s.name});
    }
    e.count(reg.recipients.size());
    for (const Recipient& r : reg.recipients) {
        e.fields({r.id, r.name, recipientKindKey(r.kind), r.country, r.purpose});
    }
    e.count(reg.sources.size());
    for (const Source& s : reg.sources) {
        e.fields({s.id, s.name});
    }
    e.count(reg.retentionRules.size());
    for (const RetentionRule& r : reg.retentionRules) {
        e.fields({r.id, r.description, r.period, r.trigger});
    }
    e.count(reg.activities.size());
    for (const Activity& a : reg.activities) {
        e.fields({a.id, a.purpose, a.description, a.businessFunction});
        e.count(a.bases.size());
        for (const LawfulBasis& b : a.bases) {
            const bool li = b.basis == Basis::LegitimateInterests;
            e.text(basisKey(b.basis));
            e.text(li ? b.interest : QString());
            e.optionalDate(li ? b.assessment.date : std::nullopt);
        }
        // Schema 3 held a Schedule 1 condition in the one condition column.
        e.optionalText(!a.specialCondition && !a.schedule1Condition.isEmpty()
                           ? std::optional<QString>(a.schedule1Condition)
                           : a.specialCondition);
        e.texts(a.dataCategories);
        e.texts(a.subjectCategories);
        e.texts(a.recipients);
        e.texts(a.sources);
        e.optionalText(a.retention);
        e.count(a.transfers.size());
        for (const Transfer& t : a.transfers) {
            e.fields({t.country, t.safeguard});
        }
        e.text(a.securityMeasures);
        e.text(dpiaStatusKey(a.dpia));
        e.flag(a.automatedDecisions.status == AutomatedDecisionStatus::Yes);
    }
    return e.result();
}

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
    state.legacyFingerprint = legacyFingerprint(reg.value());
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
    return legacyFingerprint(reg);
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
