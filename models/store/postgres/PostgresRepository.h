#pragma once

#include "core/SecureBytes.h"
#include "store/EntryCodec.h"
#include "store/RegisterRepository.h"
#include "store/postgres/ServerAddress.h"

#include <QJsonObject>
#include <memory>

namespace ropa::store::postgres {

class Connection;

// A register shared on a PostgreSQL server (team mode). Each entry is one row holding its JSON document, so that
// people editing different entries at once both succeed: a change is checked entry by entry against the revision
// it was made on, and an entry changed by someone else since is merged field by field where the two changes touch
// different fields, and refused with ErrorCode::Conflict where they touch the same one. The server itself checks
// who may read or change the register and writes the hash-chained audit log (ServerSchema).
class PostgresRepository final : public RegisterRepository
{
public:
    // Connects and checks that the register is there and that the user may open it. The password, where given, is
    // used for this connection alone.
    static Result<std::unique_ptr<PostgresRepository>> open(const ServerAddress& address, EntryCodec codec,
                                                            const SecureBytes* password = nullptr);
    // Creates the register on the server holding reg, the user its DPO; refused where the server has it already.
    static Result<std::unique_ptr<PostgresRepository>> create(const ServerAddress& address, EntryCodec codec,
                                                              const Register& reg, const AuditRecord& audit,
                                                              const SecureBytes* password = nullptr);
    ~PostgresRepository() override;

    QString location() const override;
    Result<RegisterSnapshot> load() const override;
    Result<RegisterInfo> info() const override;
    Result<qint64> apply(const QList<RegisterChange>& changes, qint64 expectedRevision,
                         const AuditRecord& audit) override;
    // Merged as apply() merges, with this change's fields winning where someone else changed the same.
    Result<qint64> applyOverwriting(const QList<RegisterChange>& changes, qint64 expectedRevision,
                                    const AuditRecord& audit) override;
    void setSnapshotCodec(SnapshotCodec codec) override;
    Result<qint64> replace(const Register& reg, qint64 expectedRevision, const AuditRecord& audit) override;
    Result<QList<ReviewRecord>> reviews() const override;
    Result<Register> snapshotAt(qint64 revision) const override;
    Result<QList<AuditEntry>> auditLog() const override;
    Result<std::optional<qint64>> verifyAuditLog() const override;
    Status backUp(const QString& path) const override;
    Status changePassphrase(QByteArrayView newPassphrase) override;
    Result<QStringList> verify() const override;
    qintptr changeSocket() const override;
    Result<qint64> announcedRevision() override;

    // The register's revision alone, one small query: what a change made after a conflict is made on, where load()
    // (every entry, decoded) or info() (which loads to give the fingerprint) would cost a large register too much.
    Result<qint64> revision() const;
    // The user's access to the register: "viewer", "editor" or "dpo".
    Result<QString> access() const;
    // Gives a server role viewer, editor or DPO access to the register, or takes it away (an empty access); for
    // the register's DPO.
    Result<qint64> setAccess(const QString& role, const QString& access, const AuditRecord& audit);

private:
    PostgresRepository(std::unique_ptr<Connection> connection, ServerAddress address, EntryCodec codec);
    static Result<std::unique_ptr<Connection>> connect(const ServerAddress& address, const SecureBytes* password);
    // Asks the server to tell this connection about every change of the register (ropa.begin_change notifies).
    Status listen();

    // The register as the connection's transaction sees it, with its revision and times in info.
    Result<RegisterSnapshot> read() const;
    // Opens the change in the current transaction and returns the revision it makes.
    Result<qint64> beginChange(const AuditRecord& audit);
    Status write(const RegisterChange& change, qint64 expectedRevision);
    Status insertEntry(const QString& kind, const QString& id, qsizetype index, const QByteArray& body);
    struct Written
    {
        QByteArray body;
        bool merged = false; // with a change someone else made meanwhile
    };
    // Writes body, or body merged with a change someone else made since expectedRevision; returns what it wrote.
    Result<Written> updateEntry(const QString& kind, const QString& id, const QByteArray& body,
                                qint64 expectedRevision);
    // What the activity refers to, in place of what it referred to; every reference of the register cleared for
    // nullptr.
    Status writeReferences(const Activity* activity);
    Status removeEntry(const QString& kind, const QString& id, qint64 expectedRevision);
    Status moveEntry(const QString& kind, const QString& id, qsizetype index);
    // The position an entry placed at index among the others of its kind (leaving out the one with id except) takes.
    Result<qint64> positionAt(const QString& kind, qsizetype index, const QString& except);
    Status writeAll(const Register& reg);
    Status keepReview(const Register& reviewed);
    // The name people know an entry by (an activity's purpose), from its stored body; its id where it has none.
    QString nameOf(const QString& kind, const QByteArray& body, const QString& id) const;
    // Whether someone else changed an entry after expectedRevision.
    bool changedSince(qint64 entryRevision, qint64 expectedRevision) const;
    Error conflict(const QString& kind, const QString& id, const QString& what) const;

    std::unique_ptr<Connection> m_connection;
    ServerAddress m_address;
    EntryCodec m_entries;
    SnapshotCodec m_snapshots;
    qint64 m_changeRevision = 0; // the revision of the change apply() is writing
    bool m_mineWins = false; // during applyOverwriting()
};

} // namespace ropa::store::postgres
