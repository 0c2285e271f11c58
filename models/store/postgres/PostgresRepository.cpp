#include "store/postgres/PostgresRepository.h"

#include "domain/Fingerprint.h"
#include "store/AuditChain.h"
#include "store/Reviews.h"
#include "store/postgres/Connection.h"
#include "store/postgres/ServerSchema.h"
#include "store/postgres/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace ropa::store::postgres {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::postgres)
};

const QString kOrganisation = QStringLiteral("organisation");
const QString kActivity = QStringLiteral("activity");
// Positions leave gaps this wide, so that an entry placed between two others is the only row written.
constexpr qint64 kGap = 1024;
// Rows one INSERT writes when the whole register is written.
constexpr int kRowsPerInsert = 200;

QString kindName(Catalogue::Kind kind)
{
    return Catalogue::kindKey(kind);
}

Parameter text(const QString& value)
{
    return value.toUtf8();
}

// A text array in PostgreSQL's literal form, for a parameter: every element quoted, quotes and backslashes escaped.
QByteArray arrayOf(const QStringList& items)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < items.size(); ++i) {
        QByteArray item = items.at(i).toUtf8();
        item.replace('\\', "\\\\").replace('"', "\\\"");
        out += (i == 0 ? "\"" : ",\"") + item + '"';
    }
    return out + '}';
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// When something happened, as a person says it: "just now", "2 minutes ago", "3 hours ago", "on 2026-12-01".
QString agoInWords(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return isoUtc;
    }
    const qint64 seconds = std::max<qint64>(at.secsTo(QDateTime::currentDateTimeUtc()), 0);
    const char* context = "ropa::store::postgres";
    if (seconds < 60) {
        return QCoreApplication::translate(context, "just now");
    }
    if (seconds < 3600) {
        return QCoreApplication::translate(context, "%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    }
    if (seconds < 86400) {
        return QCoreApplication::translate(context, "%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    }
    return QCoreApplication::translate(context, "on %1").arg(at.date().toString(Qt::ISODate));
}

RegisterChange::UpdateOrganisation organisationOf(const Register& reg)
{
    return {reg.controller, reg.lastReviewed, reg.reviewedBy, reg.pecrDeclared};
}

// Merges a change of an entry made on base with the entry as someone else has changed it since (theirs), field by
// field: a field only one side changed takes that side's value. The names of the fields both changed differently
// are left in clashes.
QJsonObject merged(const QJsonObject& base, const QJsonObject& theirs, const QJsonObject& mine, QStringList& clashes)
{
    QJsonObject out = theirs;
    QStringList keys = base.keys() + theirs.keys() + mine.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        const QJsonValue was = base.value(key);
        const QJsonValue ours = mine.value(key);
        const QJsonValue other = theirs.value(key);
        if (ours == was || ours == other) {
            continue;
        }
        if (other == was) {
            if (ours.isUndefined()) {
                out.remove(key);
            } else {
                out.insert(key, ours);
            }
            continue;
        }
        clashes << key;
    }
    return out;
}

} // namespace

PostgresRepository::PostgresRepository(std::unique_ptr<Connection> connection, ServerAddress address, EntryCodec codec)
    : m_connection(std::move(connection))
    , m_address(std::move(address))
    , m_entries(std::move(codec))
{ }

PostgresRepository::~PostgresRepository() = default;

Result<std::unique_ptr<Connection>> PostgresRepository::connect(const ServerAddress& address,
                                                                const SecureBytes* password)
{
    Result<std::unique_ptr<Connection>> connection = Connection::open(address.parameters(), address.label(), password);
    if (!connection) {
        return connection.error();
    }
    if (Status status = ServerSchema::check(*connection.value()); !status) {
        return status.error();
    }
    return connection;
}

Result<std::unique_ptr<PostgresRepository>> PostgresRepository::open(const ServerAddress& address, EntryCodec codec,
                                                                     const SecureBytes* password)
{
    Result<std::unique_ptr<Connection>> connection = connect(address, password);
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<PostgresRepository> repository(
        new PostgresRepository(std::move(connection.value()), address, std::move(codec)));
    if (Result<QString> access = repository->access(); !access) {
        return access.error();
    }
    if (Status status = repository->listen(); !status) {
        return status.error();
    }
    return repository;
}

Result<std::unique_ptr<PostgresRepository>> PostgresRepository::create(const ServerAddress& address, EntryCodec codec,
                                                                       const Register& reg, const AuditRecord& audit,
                                                                       const SecureBytes* password)
{
    Result<std::unique_ptr<Connection>> connection = connect(address, password);
    if (!connection) {
        return connection.error();
    }
    std::unique_ptr<PostgresRepository> repository(
        new PostgresRepository(std::move(connection.value()), address, std::move(codec)));
    Connection& db = *repository->m_connection;
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    Result<QueryResult> created = db.exec("SELECT ropa.create_register($1, $2, $3)",
                                          {text(address.registerName()), text(audit.action), text(audit.detail())});
    if (!created) {
        return created.error();
    }
    if (Status status = repository->writeAll(reg); !status) {
        return status.error();
    }
    if (Status status = transaction->commit(); !status) {
        return status.error();
    }
    if (Status status = repository->listen(); !status) {
        return status.error();
    }
    return repository;
}

namespace {

// The channel ropa.begin_change() notifies for a register: "ropa_" and the MD5 of its name in hex, an identifier
// that needs no quoting whatever the name.
QByteArray channelOf(const QString& registerName)
{
    return "ropa_" + QCryptographicHash::hash(registerName.toUtf8(), QCryptographicHash::Md5).toHex();
}

} // namespace

Status PostgresRepository::listen()
{
    return m_connection->listen(channelOf(m_address.registerName()));
}

qintptr PostgresRepository::changeSocket() const
{
    return m_connection->socket();
}

Result<qint64> PostgresRepository::announcedRevision()
{
    const Result<QList<QByteArray>> payloads = m_connection->notifications(channelOf(m_address.registerName()));
    if (!payloads) {
        return payloads.error();
    }
    qint64 newest = 0;
    for (const QByteArray& payload : payloads.value()) {
        newest = std::max(newest, payload.toLongLong());
    }
    return newest;
}

QString PostgresRepository::location() const
{
    // As given, so that opening it again (after a lock, from the recent list) reaches the same register.
    return m_address.uri();
}

Result<QString> PostgresRepository::access() const
{
    Result<QueryResult> access = m_connection->exec("SELECT ropa.access_of($1)", {text(m_address.registerName())});
    if (!access) {
        return access.error();
    }
    if (access->isNull(0, 0)) {
        // The same words whether the register is not there or the user may not see it: a name is not a secret, but
        // whether someone else's register exists is.
        return Error{ErrorCode::NotARegister,
                     Text::tr("There is no register \"%1\" on %2 that you may open.")
                         .arg(m_address.registerName(), m_address.label())};
    }
    return access->text(0, 0);
}

Result<RegisterSnapshot> PostgresRepository::read() const
{
    const Parameter name = text(m_address.registerName());
    Result<QueryResult> head =
        m_connection->exec("SELECT revision, created_at, modified_at FROM ropa.register WHERE id = $1", {name});
    if (!head) {
        return head.error();
    }
    if (head->rows() != 1) {
        return Error{ErrorCode::NotARegister,
                     Text::tr("There is no register \"%1\" on %2 that you may open.")
                         .arg(m_address.registerName(), m_address.label())};
    }
    RegisterSnapshot snapshot;
    snapshot.info.revision = head->integer(0, 0);
    snapshot.info.createdAt = head->text(0, 1);
    snapshot.info.modifiedAt = head->text(0, 2);
    snapshot.info.anchored = true; // the server writes the log itself: there is no anchor to keep beside it

    Result<QueryResult> rows = m_connection->exec(
        "SELECT kind, id, body::text FROM ropa.entry WHERE register_id = $1 ORDER BY kind, position", {name});
    if (!rows) {
        return rows.error();
    }
    Register& reg = snapshot.reg;
    for (int row = 0; row < rows->rows(); ++row) {
        const QString kind = rows->text(row, 0);
        const QByteArray body = rows->bytes(row, 2);
        const QString label =
            Text::tr("%1 of register \"%2\" on %3")
                .arg(kind + QLatin1Char(' ') + rows->text(row, 1), m_address.registerName(), m_address.label());
        if (kind == kActivity) {
            Result<Activity> activity = m_entries.decodeActivity(body, label);
            if (!activity) {
                return activity.error();
            }
            reg.activities.append(std::move(activity.value()));
        } else if (kind == kOrganisation) {
            Result<RegisterChange::UpdateOrganisation> organisation = m_entries.decodeOrganisation(body, label);
            if (!organisation) {
                return organisation.error();
            }
            reg.controller = organisation->controller;
            reg.lastReviewed = organisation->lastReviewed;
            reg.reviewedBy = organisation->reviewedBy;
            reg.pecrDeclared = organisation->pecrDeclared;
        } else if (const std::optional<Catalogue::Kind> catalogue = Catalogue::kindFromKey(kind)) {
            Result<CatalogueEntry> entry = m_entries.decodeEntry(*catalogue, body, label);
            if (!entry) {
                return entry.error();
            }
            Catalogue::insert(reg, entry.value(), Catalogue::count(reg, *catalogue));
        } else {
            return Error{ErrorCode::NewerFormat,
                         Text::tr("%1 holds an entry of a kind this version does not know (%2).").arg(label, kind)};
        }
    }
    snapshot.info.fingerprint = Fingerprint::of(reg);
    return snapshot;
}

Result<RegisterSnapshot> PostgresRepository::load() const
{
    Result<Transaction> transaction = Transaction::begin(*m_connection, Transaction::Kind::ReadOnlySnapshot);
    if (!transaction) {
        return transaction.error();
    }
    Result<RegisterSnapshot> snapshot = read();
    if (!snapshot) {
        return snapshot.error();
    }
    if (Status status = transaction->commit(); !status) {
        return status.error();
    }
    return snapshot;
}

Result<RegisterInfo> PostgresRepository::info() const
{
    Result<RegisterSnapshot> snapshot = load();
    if (!snapshot) {
        return snapshot.error();
    }
    return snapshot->info;
}

Result<qint64> PostgresRepository::revision() const
{
    Result<QueryResult> head =
        m_connection->exec("SELECT revision FROM ropa.register WHERE id = $1", {text(m_address.registerName())});
    if (!head) {
        return head.error();
    }
    if (head->rows() != 1) {
        return Error{ErrorCode::NotARegister,
                     Text::tr("There is no register \"%1\" on %2 that you may open.")
                         .arg(m_address.registerName(), m_address.label())};
    }
    return head->integer(0, 0);
}

Result<qint64> PostgresRepository::beginChange(const AuditRecord& audit)
{
    Result<QueryResult> revision =
        m_connection->exec("SELECT ropa.begin_change($1, $2, $3)",
                           {text(m_address.registerName()), text(audit.action), text(audit.detail())});
    if (!revision) {
        return revision.error();
    }
    return revision->integer(0, 0);
}

Result<qint64> PostgresRepository::apply(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                         const AuditRecord& audit)
{
    const std::optional<QDate> reviewedOn = Reviews::dateSetBy(changes);
    Result<Transaction> transaction = Transaction::begin(*m_connection);
    if (!transaction) {
        return transaction.error();
    }
    bool isReview = false;
    if (reviewedOn) {
        const Result<RegisterSnapshot> before = read();
        if (!before) {
            return before.error();
        }
        isReview = Reviews::isReview(reviewedOn, before->reg.lastReviewed);
        if (isReview && (!m_snapshots.encode || !m_snapshots.decode)) {
            return Error{ErrorCode::Usage,
                         Text::tr("%1 cannot keep the register as reviewed: this program was not given a "
                                  "way to write it.")
                             .arg(m_address.label())};
        }
    }
    const Result<qint64> revision = beginChange(audit);
    if (!revision) {
        return revision.error();
    }
    m_changeRevision = revision.value();
    for (const RegisterChange& change : changes) {
        if (Status status = write(change, expectedRevision); !status) {
            return status.error();
        }
    }
    if (isReview) {
        const Result<RegisterSnapshot> reviewed = read();
        if (!reviewed) {
            return reviewed.error();
        }
        if (Status status = keepReview(reviewed->reg); !status) {
            return status.error();
        }
    }
    if (Status status = transaction->commit(); !status) {
        return status.error();
    }
    return revision.value();
}

Result<qint64> PostgresRepository::applyOverwriting(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                                    const AuditRecord& audit)
{
    m_mineWins = true;
    Result<qint64> applied = apply(changes, expectedRevision, audit);
    m_mineWins = false;
    return applied;
}

Status PostgresRepository::write(const RegisterChange& change, qint64 expectedRevision)
{
    if (const auto* insert = change.as<RegisterChange::InsertActivity>()) {
        const Status inserted =
            insertEntry(kActivity, insert->activity.id, insert->index, m_entries.encodeActivity(insert->activity));
        return inserted ? writeReferences(&insert->activity) : inserted;
    }
    if (const auto* update = change.as<RegisterChange::UpdateActivity>()) {
        const Result<Written> written =
            updateEntry(kActivity, update->activity.id, m_entries.encodeActivity(update->activity), expectedRevision);
        if (!written) {
            return written.error();
        }
        if (!written->merged) {
            return writeReferences(&update->activity);
        }
        // A merged change refers to what the merged activity refers to.
        const Result<Activity> activity = m_entries.decodeActivity(written->body, m_address.label());
        return activity ? writeReferences(&activity.value()) : Status(activity.error());
    }
    if (const auto* remove = change.as<RegisterChange::RemoveActivity>()) {
        return removeEntry(kActivity, remove->id, expectedRevision);
    }
    if (const auto* move = change.as<RegisterChange::MoveActivity>()) {
        return moveEntry(kActivity, move->id, move->index);
    }
    if (const auto* insert = change.as<RegisterChange::InsertEntry>()) {
        return insertEntry(kindName(Catalogue::kindOf(insert->entry)), Catalogue::idOf(insert->entry), insert->index,
                           m_entries.encodeEntry(insert->entry));
    }
    if (const auto* update = change.as<RegisterChange::UpdateEntry>()) {
        const Result<Written> written =
            updateEntry(kindName(Catalogue::kindOf(update->entry)), Catalogue::idOf(update->entry),
                        m_entries.encodeEntry(update->entry), expectedRevision);
        return written ? Status() : Status(written.error());
    }
    if (const auto* remove = change.as<RegisterChange::RemoveEntry>()) {
        return removeEntry(kindName(remove->kind), remove->id, expectedRevision);
    }
    const auto* organisation = change.as<RegisterChange::UpdateOrganisation>();
    const Result<Written> written =
        updateEntry(kOrganisation, kOrganisation, m_entries.encodeOrganisation(*organisation), expectedRevision);
    return written ? Status() : Status(written.error());
}

Status PostgresRepository::writeReferences(const Activity* activity)
{
    QStringList kinds;
    QStringList ids;
    if (activity) {
        for (const Catalogue::Kind kind : Catalogue::kinds()) {
            for (const QString& id : Catalogue::references(*activity, kind)) {
                kinds << kindName(kind);
                ids << id;
            }
        }
    }
    Result<QueryResult> written = m_connection->exec(
        "SELECT ropa.set_references($1, $2, $3::text[], $4::text[])",
        {text(m_address.registerName()), activity ? text(activity->id) : Parameter(), arrayOf(kinds), arrayOf(ids)});
    return written ? Status() : Status(written.error());
}

QString PostgresRepository::nameOf(const QString& kind, const QByteArray& body, const QString& id) const
{
    if (kind == kActivity) {
        const Result<Activity> activity = m_entries.decodeActivity(body, m_address.label());
        return activity && !activity->purpose.isEmpty() ? activity->purpose : id;
    }
    if (const std::optional<Catalogue::Kind> catalogue = Catalogue::kindFromKey(kind)) {
        const Result<CatalogueEntry> entry = m_entries.decodeEntry(*catalogue, body, m_address.label());
        return entry && !Catalogue::nameOf(entry.value()).isEmpty() ? Catalogue::nameOf(entry.value()) : id;
    }
    return id;
}

bool PostgresRepository::changedSince(qint64 entryRevision, qint64 expectedRevision) const
{
    // An entry this change has written already carries the change's own revision.
    return entryRevision > expectedRevision && entryRevision != m_changeRevision;
}

Error PostgresRepository::conflict(const QString& kind, const QString& id, const QString& what) const
{
    return Error{ErrorCode::Conflict,
                 Text::tr("The %1 \"%2\" of register \"%3\" on %4 %5")
                     .arg(QString(kind).replace(QLatin1Char('_'), QLatin1Char(' ')), id, m_address.registerName(),
                          m_address.label(), what)};
}

Result<qint64> PostgresRepository::positionAt(const QString& kind, qsizetype index, const QString& except)
{
    const Parameter name = text(m_address.registerName());
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<QueryResult> near = m_connection->exec(
            "SELECT position FROM ropa.entry WHERE register_id = $1 AND kind = $2 AND id <> $3 ORDER BY position "
            "OFFSET $4 LIMIT $5",
            {name, text(kind), text(except), QByteArray::number(std::max<qsizetype>(index - 1, 0)),
             QByteArray::number(index == 0 ? 1 : 2)});
        if (!near) {
            return near.error();
        }
        const std::optional<qint64> before =
            index > 0 && near->rows() > 0 ? std::optional(near->integer(0, 0)) : std::nullopt;
        const int nextRow = index > 0 ? 1 : 0;
        const std::optional<qint64> after =
            near->rows() > nextRow ? std::optional(near->integer(nextRow, 0)) : std::nullopt;
        if (!before && !after) {
            return 0;
        }
        if (!before) {
            return *after - kGap;
        }
        if (!after) {
            return *before + kGap;
        }
        if (*after - *before > 1) {
            return *before + (*after - *before) / 2;
        }
        // No room between the two: spread the kind's entries out again, then look once more.
        Result<QueryResult> spread = m_connection->exec(
            "UPDATE ropa.entry e SET position = r.n * 1024 FROM (SELECT id, row_number() OVER (ORDER BY position) AS n "
            "FROM ropa.entry WHERE register_id = $1 AND kind = $2) r "
            "WHERE e.register_id = $1 AND e.kind = $2 AND e.id = r.id",
            {name, text(kind)});
        if (!spread) {
            return spread.error();
        }
    }
    return Error{ErrorCode::Database, Text::tr("%1 could not find a place for the entry.").arg(m_address.label())};
}

Status PostgresRepository::insertEntry(const QString& kind, const QString& id, qsizetype index, const QByteArray& body)
{
    const Result<qint64> position = positionAt(kind, index, QString());
    if (!position) {
        return position.error();
    }
    Result<QueryResult> inserted = m_connection->exec(
        "INSERT INTO ropa.entry(register_id, kind, id, position, body, revision, changed_by, changed_at) "
        "VALUES ($1, $2, $3, $4, $5::jsonb, 0, '', '') ON CONFLICT DO NOTHING",
        {text(m_address.registerName()), text(kind), text(id), QByteArray::number(position.value()), body});
    if (!inserted) {
        return inserted.error();
    }
    if (inserted->affected() != 1) {
        return conflict(kind, id, Text::tr("was added by someone else in the meantime."));
    }
    return {};
}

Result<PostgresRepository::Written> PostgresRepository::updateEntry(const QString& kind, const QString& id,
                                                                    const QByteArray& body, qint64 expectedRevision)
{
    const Parameter name = text(m_address.registerName());
    // Most changes meet an entry no one else has changed since: one statement writes them.
    Result<QueryResult> direct = m_connection->exec(
        "UPDATE ropa.entry SET body = $4::jsonb WHERE register_id = $1 AND kind = $2 AND id = $3 "
        "AND (revision <= $5 OR revision = $6)",
        {name, text(kind), text(id), body, QByteArray::number(expectedRevision), QByteArray::number(m_changeRevision)});
    if (!direct) {
        return direct.error();
    }
    if (direct->affected() == 1) {
        return Written{body, false};
    }
    Result<QueryResult> current =
        m_connection->exec("SELECT revision, body::text, changed_by, changed_at FROM ropa.entry "
                           "WHERE register_id = $1 AND kind = $2 AND id = $3 FOR UPDATE",
                           {name, text(kind), text(id)});
    if (!current) {
        return current.error();
    }
    if (current->rows() != 1) {
        return conflict(kind, id, Text::tr("was removed by someone else after you loaded the register."));
    }
    QByteArray written = body;
    bool wasMerged = false;
    if (changedSince(current->integer(0, 0), expectedRevision)) {
        // Someone changed the entry after this change's revision: merge on the entry as it was then.
        Result<QueryResult> base = m_connection->exec(
            "SELECT body::text FROM ropa.entry_version WHERE register_id = $1 AND kind = $2 AND id = $3 "
            "AND revision <= $4 ORDER BY revision DESC LIMIT 1",
            {name, text(kind), text(id), QByteArray::number(expectedRevision)});
        if (!base) {
            return base.error();
        }
        QStringList clashes;
        const QJsonObject mine = objectOf(body);
        QJsonObject mergedBody = merged(base->rows() == 1 ? objectOf(base->bytes(0, 0)) : QJsonObject(),
                                        objectOf(current->bytes(0, 1)), mine, clashes);
        if (!clashes.isEmpty() && m_mineWins) {
            for (const QString& key : std::as_const(clashes)) {
                const QJsonValue ours = mine.value(key);
                if (ours.isUndefined()) {
                    mergedBody.remove(key);
                } else {
                    mergedBody.insert(key, ours);
                }
            }
            clashes.clear();
        }
        if (!clashes.isEmpty()) {
            QStringList fields;
            for (const QString& key : std::as_const(clashes)) {
                fields << QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
            }
            return Error{
                ErrorCode::Conflict,
                Text::tr("%1 changed the %2 of the %3 \"%4\" %5, after you loaded the register: keep theirs, or "
                         "overwrite with yours.")
                    .arg(current->text(0, 2), fields.join(Text::tr(" and ")),
                         QString(kind).replace(QLatin1Char('_'), QLatin1Char(' ')),
                         nameOf(kind, current->bytes(0, 1), id), agoInWords(current->text(0, 3)))};
        }
        written = QJsonDocument(mergedBody).toJson(QJsonDocument::Compact);
        wasMerged = true;
    }
    Result<QueryResult> updated =
        m_connection->exec("UPDATE ropa.entry SET body = $4::jsonb WHERE register_id = $1 AND kind = $2 AND id = $3",
                           {name, text(kind), text(id), written});
    if (!updated) {
        return updated.error();
    }
    return Written{written, wasMerged};
}

Status PostgresRepository::removeEntry(const QString& kind, const QString& id, qint64 expectedRevision)
{
    const Parameter name = text(m_address.registerName());
    Result<QueryResult> current = m_connection->exec(
        "SELECT revision, changed_by, changed_at FROM ropa.entry WHERE register_id = $1 AND kind = $2 AND id = $3 "
        "FOR UPDATE",
        {name, text(kind), text(id)});
    if (!current) {
        return current.error();
    }
    if (current->rows() != 1) {
        return conflict(kind, id, Text::tr("was removed by someone else already."));
    }
    if (changedSince(current->integer(0, 0), expectedRevision)) {
        return conflict(
            kind, id,
            Text::tr("was changed by %1 at %2 (version %3) after you loaded the register: reload to see the "
                     "change before you remove it.")
                .arg(current->text(0, 1), current->text(0, 2), QString::number(current->integer(0, 0))));
    }
    Result<QueryResult> removed = m_connection->exec(
        "DELETE FROM ropa.entry WHERE register_id = $1 AND kind = $2 AND id = $3", {name, text(kind), text(id)});
    return removed ? Status() : Status(removed.error());
}

Status PostgresRepository::moveEntry(const QString& kind, const QString& id, qsizetype index)
{
    const Result<qint64> position = positionAt(kind, index, id);
    if (!position) {
        return position.error();
    }
    Result<QueryResult> moved = m_connection->exec(
        "UPDATE ropa.entry SET position = $4 WHERE register_id = $1 AND kind = $2 AND id = $3",
        {text(m_address.registerName()), text(kind), text(id), QByteArray::number(position.value())});
    if (!moved) {
        return moved.error();
    }
    if (moved->affected() != 1) {
        return conflict(kind, id, Text::tr("was removed by someone else after you loaded the register."));
    }
    return {};
}

Status PostgresRepository::writeAll(const Register& reg)
{
    struct Row
    {
        QString kind;
        QString id;
        QByteArray body;
        qint64 position;
    };
    QList<Row> rows{{kOrganisation, kOrganisation, m_entries.encodeOrganisation(organisationOf(reg)), 0}};
    for (int k = 0; k < Catalogue::kKindCount; ++k) {
        const auto kind = static_cast<Catalogue::Kind>(k);
        for (qsizetype i = 0; i < Catalogue::count(reg, kind); ++i) {
            const CatalogueEntry entry = Catalogue::entry(reg, kind, i);
            rows.append({kindName(kind), Catalogue::idOf(entry), m_entries.encodeEntry(entry), (i + 1) * kGap});
        }
    }
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        rows.append(
            {kActivity, reg.activities.at(i).id, m_entries.encodeActivity(reg.activities.at(i)), (i + 1) * kGap});
    }
    // What the activities refer to goes first: the server checks each reference as its entry goes.
    if (Status status = writeReferences(nullptr); !status) {
        return status;
    }
    Result<QueryResult> cleared =
        m_connection->exec("DELETE FROM ropa.entry WHERE register_id = $1", {text(m_address.registerName())});
    if (!cleared) {
        return cleared.error();
    }
    for (qsizetype first = 0; first < rows.size(); first += kRowsPerInsert) {
        const qsizetype last = std::min<qsizetype>(first + kRowsPerInsert, rows.size());
        QByteArray sql = "INSERT INTO ropa.entry(register_id, kind, id, position, body, revision, changed_by, "
                         "changed_at) VALUES ";
        QList<Parameter> parameters{text(m_address.registerName())};
        for (qsizetype i = first; i < last; ++i) {
            const int at = static_cast<int>(parameters.size());
            sql += (i == first ? "" : ", ") + QByteArrayLiteral("($1, $") + QByteArray::number(at + 1) + ", $" +
                QByteArray::number(at + 2) + ", $" + QByteArray::number(at + 3) + ", $" + QByteArray::number(at + 4) +
                "::jsonb, 0, '', '')";
            parameters << text(rows.at(i).kind) << text(rows.at(i).id) << QByteArray::number(rows.at(i).position)
                       << rows.at(i).body;
        }
        Result<QueryResult> inserted = m_connection->exec(sql.constData(), parameters);
        if (!inserted) {
            return inserted.error();
        }
    }
    for (const Activity& activity : reg.activities) {
        if (Status status = writeReferences(&activity); !status) {
            return status;
        }
    }
    return {};
}

Result<qint64> PostgresRepository::replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit)
{
    Result<Transaction> transaction = Transaction::begin(*m_connection);
    if (!transaction) {
        return transaction.error();
    }
    const Result<qint64> revision = beginChange(audit);
    if (!revision) {
        return revision.error();
    }
    // Replacing the whole register overwrites everyone's changes: it is made on the revision the server has, or
    // not at all.
    if (revision.value() != expectedRevision + 1) {
        return Error{ErrorCode::Conflict,
                     Text::tr("Register \"%1\" on %2 was changed by someone else after you loaded it (it is at version "
                              "%3, you loaded version %4): reload it before you replace it.")
                         .arg(m_address.registerName(), m_address.label(), QString::number(revision.value() - 1),
                              QString::number(expectedRevision))};
    }
    if (Status status = writeAll(reg); !status) {
        return status.error();
    }
    if (Status status = transaction->commit(); !status) {
        return status.error();
    }
    return revision.value();
}

void PostgresRepository::setSnapshotCodec(SnapshotCodec codec)
{
    m_snapshots = std::move(codec);
}

Status PostgresRepository::keepReview(const Register& reviewed)
{
    Result<QueryResult> kept = m_connection->exec(
        "SELECT ropa.keep_review($1, $2, $3, $4::bytea)",
        {text(m_address.registerName()), text(reviewed.lastReviewed->toString(Qt::ISODate)), text(reviewed.reviewedBy),
         QByteArrayLiteral("\\x") + m_snapshots.encode(reviewed).toHex()});
    return kept ? Status() : Status(kept.error());
}

Result<QList<ReviewRecord>> PostgresRepository::reviews() const
{
    Result<QueryResult> rows = m_connection->exec(
        "SELECT revision, reviewed_on, reviewer, created_at FROM ropa.review_snapshot WHERE register_id = $1 "
        "ORDER BY revision",
        {text(m_address.registerName())});
    if (!rows) {
        return rows.error();
    }
    QList<ReviewRecord> records;
    for (int row = 0; row < rows->rows(); ++row) {
        records.append(ReviewRecord{rows->integer(row, 0), QDate::fromString(rows->text(row, 1), Qt::ISODate),
                                    rows->text(row, 2), rows->text(row, 3)});
    }
    return records;
}

Result<Register> PostgresRepository::snapshotAt(qint64 revision) const
{
    Result<QueryResult> rows =
        m_connection->exec("SELECT register FROM ropa.review_snapshot WHERE register_id = $1 AND revision = $2",
                           {text(m_address.registerName()), QByteArray::number(revision)});
    if (!rows) {
        return rows.error();
    }
    if (rows->rows() != 1) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 has no review at version %2.").arg(m_address.label(), QString::number(revision))};
    }
    if (!m_snapshots.decode) {
        return Error{ErrorCode::Usage,
                     Text::tr("%1 cannot read the register as reviewed: this program was not given a way to read it.")
                         .arg(m_address.label())};
    }
    // bytea comes as \x and hex digits in text form.
    const QByteArray bytes = QByteArray::fromHex(rows->bytes(0, 0).mid(2));
    return m_snapshots.decode(
        bytes, Text::tr("the review at version %1 of %2").arg(QString::number(revision), m_address.label()));
}

Result<QList<AuditEntry>> PostgresRepository::auditLog() const
{
    Result<QueryResult> rows = m_connection->exec(
        "SELECT seq, at, actor, action, detail, prev_hash, hash FROM ropa.audit_log WHERE register_id = $1 "
        "ORDER BY seq",
        {text(m_address.registerName())});
    if (!rows) {
        return rows.error();
    }
    QList<AuditEntry> entries;
    entries.reserve(rows->rows());
    for (int row = 0; row < rows->rows(); ++row) {
        entries.append(AuditEntry{rows->integer(row, 0), rows->text(row, 1), rows->text(row, 2), rows->text(row, 3),
                                  rows->text(row, 4), rows->text(row, 5), rows->text(row, 6)});
    }
    return entries;
}

Result<std::optional<qint64>> PostgresRepository::verifyAuditLog() const
{
    const Result<QList<AuditEntry>> entries = auditLog();
    if (!entries) {
        return entries.error();
    }
    return AuditChain::firstBrokenEntry(entries.value());
}

Status PostgresRepository::backUp(const QString&) const
{
    return Error{ErrorCode::Usage,
                 Text::tr("%1 is kept on a server, which its administrator backs up (pg_dump); "
                          "\"ropa-cli pull\" makes an encrypted copy of it in a file.")
                     .arg(m_address.label())};
}

Status PostgresRepository::changePassphrase(QByteArrayView)
{
    return Error{ErrorCode::Usage,
                 Text::tr("%1 is kept on a server and has no passphrase of its own: the server's "
                          "administrator manages passwords.")
                     .arg(m_address.label())};
}

Result<QStringList> PostgresRepository::verify() const
{
    QStringList problems;
    const Result<RegisterSnapshot> snapshot = load();
    if (!snapshot) {
        problems << snapshot.error().message;
    }
    const Result<std::optional<qint64>> broken = verifyAuditLog();
    if (!broken) {
        return broken.error();
    }
    if (broken.value()) {
        problems << Text::tr(
                        "The audit log of %1 breaks at entry %2: an entry was changed, removed or put out of order.")
                        .arg(m_address.label(), QString::number(*broken.value()));
    }
    return problems;
}

Result<qint64> PostgresRepository::setAccess(const QString& role, const QString& access, const AuditRecord& audit)
{
    Result<Transaction> transaction = Transaction::begin(*m_connection);
    if (!transaction) {
        return transaction.error();
    }
    const Result<qint64> revision = beginChange(audit);
    if (!revision) {
        return revision.error();
    }
    Result<QueryResult> set = m_connection->exec(
        "SELECT ropa.set_access($1, $2, $3)",
        {text(m_address.registerName()), text(role), access.isEmpty() ? Parameter() : Parameter(access.toUtf8())});
    if (!set) {
        return set.error();
    }
    if (Status status = transaction->commit(); !status) {
        return status.error();
    }
    return revision.value();
}

} // namespace ropa::store::postgres
