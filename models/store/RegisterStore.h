#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <utility>

namespace ropa::store {

class Database;
class RegisterFile;

// Facts about the stored register that are not part of its content.
struct RegisterInfo
{
    qint64 revision = 0; // goes up by one with every committed change
    QString createdAt;
    QString modifiedAt;
};

// Changes to some activities, written together: upserts replace an activity (or add it) at a 1-based position,
// removals delete activities, and a non-empty order renumbers all activities in that order.
struct ActivityChanges
{
    QList<std::pair<Activity, qint64>> upserts;
    QStringList removals;
    QStringList order;
};

// Reads and writes the whole register in the database; every write is one transaction with its audit entry.
class RegisterStore
{
public:
    explicit RegisterStore(Database& db);

    // Creates a new register file holding reg, its first audit entry saying auditAction.
    static Result<std::unique_ptr<RegisterFile>> createFile(const QString& path, QByteArrayView passphrase,
                                                            const Register& reg, const QString& auditAction,
                                                            const QString& auditDetail = {});

    Result<Register> load() const;
    Result<RegisterInfo> info() const;
    // Replaces everything the register holds with reg, all or nothing.
    Status replace(const Register& reg, const QString& auditAction, const QString& auditDetail);
    // Writes changes to some activities, all or nothing, with one audit entry.
    Status applyActivityChanges(const ActivityChanges& changes, const QString& auditAction, const QString& auditDetail);
    // Replaces the controller and the catalogues (data categories, subjects, recipients, sources, retention rules)
    // with header's, its activities ignored, together with changes to the activities that refer to them: all or
    // nothing, with one audit entry.
    Status applyHeaderChanges(const Register& header, const ActivityChanges& changes, const QString& auditAction,
                              const QString& auditDetail);

private:
    // Runs work in one transaction that also counts the revision up and records the audit entry.
    Status inTransaction(const std::function<Status()>& work, const QString& auditAction, const QString& auditDetail);
    Status writeAll(const Register& reg);
    Status writeHeader(const Register& reg);
    Status writeActivityChanges(const ActivityChanges& changes);
    Status bumpRevision();

    Database& m_db;
};

} // namespace ropa::store
