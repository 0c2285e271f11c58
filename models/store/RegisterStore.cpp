#include "store/RegisterStore.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RegisterFile.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <array>
#include <utility>
#include <vector>

namespace ropa::store {

namespace {

constexpr std::array<std::pair<const char*, QString Controller::*>, 7> kControllerFields = {{
    {"controller.name", &Controller::name},
    {"controller.address", &Controller::address},
    {"controller.email", &Controller::email},
    {"controller.phone", &Controller::phone},
    {"controller.dpo", &Controller::dpo},
    {"controller.representative", &Controller::representative},
    {"controller.ico_registration", &Controller::icoRegistration},
}};

// The four id lists that link an activity to the catalogues, with their tables.
constexpr std::array<std::pair<const char*, QStringList Activity::*>, 4> kActivityLinks = {{
    {"activity_data_category", &Activity::dataCategories},
    {"activity_subject_category", &Activity::subjectCategories},
    {"activity_recipient", &Activity::recipients},
    {"activity_source", &Activity::sources},
}};

std::optional<QDate> dateFrom(const std::optional<QString>& text)
{
    if (!text) {
        return std::nullopt;
    }
    return QDate::fromString(*text, Qt::ISODate);
}

std::optional<QString> textFrom(const std::optional<QDate>& date)
{
    if (!date) {
        return std::nullopt;
    }
    return date->toString(Qt::ISODate);
}

// Runs a prepared insert for every item, with bind filling in the parameters and a 1-based position.
template <typename Items, typename Bind>
Status runEach(Statement& insert, const Items& items, Bind bind)
{
    qint64 position = 0;
    for (const auto& item : items) {
        bind(insert, item, ++position);
        if (Status status = insert.run(); !status) {
            return status;
        }
    }
    return {};
}

template <typename Items, typename Bind>
Status insertEach(Database& db, const QString& sql, const Items& items, Bind bind)
{
    Result<Statement> insert = db.prepare(sql);
    if (!insert) {
        return insert.error();
    }
    return runEach(insert.value(), items, bind);
}

const QString kInsertActivity = QStringLiteral(
    "INSERT INTO activity(id, position, purpose, description, business_function, special_condition, retention_id, "
    "security_measures, dpia, automated_decision_making) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void bindActivity(Statement& s, const Activity& a, qint64 position)
{
    s.bind(1, a.id);
    s.bind(2, position);
    s.bind(3, a.purpose);
    s.bind(4, a.description);
    s.bind(5, a.businessFunction);
    s.bind(6, a.specialCondition);
    s.bind(7, a.retention);
    s.bind(8, a.securityMeasures);
    s.bind(9, dpiaStatusKey(a.dpia));
    s.bind(10, qint64{a.automatedDecisionMaking ? 1 : 0});
}

// Bases, links and transfers of every activity, with each statement prepared once.
Status writeActivityDetails(Database& db, const QList<Activity>& activities)
{
    Result<Statement> basisInsert =
        db.prepare(QStringLiteral("INSERT INTO activity_basis(activity_id, position, basis, interest, "
                                  "balancing_test_date) VALUES (?, ?, ?, ?, ?)"));
    Result<Statement> transferInsert = db.prepare(
        QStringLiteral("INSERT INTO activity_transfer(activity_id, position, country, safeguard) VALUES (?, ?, ?, ?)"));
    if (!basisInsert) {
        return basisInsert.error();
    }
    if (!transferInsert) {
        return transferInsert.error();
    }
    std::vector<Statement> linkInserts;
    for (const auto& link : kActivityLinks) {
        Result<Statement> insert =
            db.prepare(QStringLiteral("INSERT INTO %1(activity_id, ref_id, position) VALUES (?, ?, ?)")
                           .arg(QLatin1StringView(link.first)));
        if (!insert) {
            return insert.error();
        }
        linkInserts.push_back(std::move(insert.value()));
    }

    for (const Activity& a : activities) {
        Status status =
            runEach(basisInsert.value(), a.bases, [&a](Statement& s, const LawfulBasis& b, qint64 position) {
                s.bind(1, a.id);
                s.bind(2, position);
                s.bind(3, basisKey(b.basis));
                s.bind(4, b.interest);
                s.bind(5, textFrom(b.balancingTestDate));
            });
        for (std::size_t i = 0; status && i < kActivityLinks.size(); ++i) {
            status = runEach(linkInserts[i], a.*(kActivityLinks[i].second),
                             [&a](Statement& s, const QString& ref, qint64 position) {
                                 s.bind(1, a.id);
                                 s.bind(2, ref);
                                 s.bind(3, position);
                             });
        }
        if (status) {
            status =
                runEach(transferInsert.value(), a.transfers, [&a](Statement& s, const Transfer& t, qint64 position) {
                    s.bind(1, a.id);
                    s.bind(2, position);
                    s.bind(3, t.country);
                    s.bind(4, t.safeguard);
                });
        }
        if (!status) {
            return status;
        }
    }
    return {};
}

} // namespace

RegisterStore::RegisterStore(Database& db)
    : m_db(db)
{ }

Result<std::unique_ptr<RegisterFile>> RegisterStore::createFile(const QString& path, QByteArrayView passphrase,
                                                                const Register& reg, const QString& auditAction,
                                                                const QString& auditDetail)
{
    Result<std::unique_ptr<RegisterFile>> file = RegisterFile::create(path, passphrase);
    if (!file) {
        return file.error();
    }
    if (Status status = RegisterStore(file.value()->database()).replace(reg, auditAction, auditDetail); !status) {
        file.value().reset();
        QFile::remove(path);
        return status.error();
    }
    return file;
}

Result<Register> RegisterStore::load() const
{
    Register reg;
    QHash<QString, QString> meta;
    Status status = m_db.forEachRow(QStringLiteral("SELECT key, value FROM meta"),
                                    [&meta](const Statement& row) { meta.insert(row.text(0), row.text(1)); });
    for (const auto& [key, member] : kControllerFields) {
        reg.controller.*member = meta.value(QString::fromLatin1(key));
    }
    if (meta.contains(QStringLiteral("last_reviewed"))) {
        reg.lastReviewed = QDate::fromString(meta.value(QStringLiteral("last_reviewed")), Qt::ISODate);
    }

    if (status) {
        status = m_db.forEachRow(
            QStringLiteral("SELECT id, name, description, special FROM data_category ORDER BY position"),
            [&reg](const Statement& row) {
                reg.dataCategories.append({row.text(0), row.text(1), row.text(2),
                                           specialCategoryFromKey(row.text(3)).value_or(SpecialCategory::None)});
            });
    }
    if (status) {
        status = m_db.forEachRow(QStringLiteral("SELECT id, name FROM subject_category ORDER BY position"),
                                 [&reg](const Statement& row) {
                                     reg.subjectCategories.append({row.text(0), row.text(1)});
                                 });
    }
    if (status) {
        status = m_db.forEachRow(
            QStringLiteral("SELECT id, name, kind, country, purpose FROM recipient ORDER BY position"),
            [&reg](const Statement& row) {
                reg.recipients.append({row.text(0), row.text(1),
                                       recipientKindFromKey(row.text(2)).value_or(RecipientKind::NotRecorded),
                                       row.text(3), row.text(4)});
            });
    }
    if (status) {
        status = m_db.forEachRow(QStringLiteral("SELECT id, name FROM source ORDER BY position"),
                                 [&reg](const Statement& row) {
                                     reg.sources.append({row.text(0), row.text(1)});
                                 });
    }
    if (status) {
        status = m_db.forEachRow(
            QStringLiteral("SELECT id, description, period, trigger_event FROM retention_rule ORDER BY position"),
            [&reg](const Statement& row) {
                reg.retentionRules.append({row.text(0), row.text(1), row.text(2), row.text(3)});
            });
    }

    QHash<QString, qsizetype> activityIndex;
    if (status) {
        status =
            m_db.forEachRow(QStringLiteral("SELECT id, purpose, description, business_function, special_condition, "
                                           "retention_id, security_measures, dpia, automated_decision_making "
                                           "FROM activity ORDER BY position"),
                            [&reg, &activityIndex](const Statement& row) {
                                Activity a;
                                a.id = row.text(0);
                                a.purpose = row.text(1);
                                a.description = row.text(2);
                                a.businessFunction = row.text(3);
                                a.specialCondition = row.optionalText(4);
                                a.retention = row.optionalText(5);
                                a.securityMeasures = row.text(6);
                                a.dpia = dpiaStatusFromKey(row.text(7)).value_or(DpiaStatus::NotAssessed);
                                a.automatedDecisionMaking = row.integer(8) != 0;
                                activityIndex.insert(a.id, reg.activities.size());
                                reg.activities.append(std::move(a));
                            });
    }
    auto activityFor = [&reg, &activityIndex](const QString& id) -> Activity* {
        const auto it = activityIndex.constFind(id);
        return it == activityIndex.cend() ? nullptr : &reg.activities[*it];
    };
    if (status) {
        status = m_db.forEachRow(
            QStringLiteral("SELECT activity_id, basis, interest, balancing_test_date FROM activity_basis "
                           "ORDER BY activity_id, position"),
            [&activityFor](const Statement& row) {
                const std::optional<Basis> basis = basisFromKey(row.text(1));
                if (Activity* a = activityFor(row.text(0)); a && basis) {
                    a->bases.append({*basis, row.text(2), dateFrom(row.optionalText(3))});
                }
            });
    }
    for (const auto& [table, member] : kActivityLinks) {
        if (!status) {
            break;
        }
        status = m_db.forEachRow(QStringLiteral("SELECT activity_id, ref_id FROM %1 ORDER BY activity_id, position")
                                     .arg(QLatin1StringView(table)),
                                 [&activityFor, member](const Statement& row) {
                                     if (Activity* a = activityFor(row.text(0))) {
                                         (a->*member).append(row.text(1));
                                     }
                                 });
    }
    if (status) {
        status = m_db.forEachRow(
            QStringLiteral(
                "SELECT activity_id, country, safeguard FROM activity_transfer ORDER BY activity_id, position"),
            [&activityFor](const Statement& row) {
                if (Activity* a = activityFor(row.text(0))) {
                    a->transfers.append({row.text(1), row.text(2)});
                }
            });
    }
    if (!status) {
        return status.error();
    }
    return reg;
}

Result<RegisterInfo> RegisterStore::info() const
{
    RegisterInfo info;
    const Status status = m_db.forEachRow(QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                                         "('revision', 'created_at', 'modified_at')"),
                                          [&info](const Statement& row) {
                                              const QString key = row.text(0);
                                              if (key == QLatin1StringView("revision")) {
                                                  info.revision = row.text(1).toLongLong();
                                              } else if (key == QLatin1StringView("created_at")) {
                                                  info.createdAt = row.text(1);
                                              } else {
                                                  info.modifiedAt = row.text(1);
                                              }
                                          });
    if (!status) {
        return status.error();
    }
    return info;
}

Status RegisterStore::replace(const Register& reg, const QString& auditAction, const QString& auditDetail)
{
    return inTransaction([this, &reg] { return writeAll(reg); }, auditAction, auditDetail);
}

Status RegisterStore::applyActivityChanges(const ActivityChanges& changes, const QString& auditAction,
                                           const QString& auditDetail)
{
    return inTransaction([this, &changes] { return writeActivityChanges(changes); }, auditAction, auditDetail);
}

Status RegisterStore::applyHeaderChanges(const Register& header, const ActivityChanges& changes,
                                         const QString& auditAction, const QString& auditDetail)
{
    return inTransaction(
        [this, &header, &changes]() -> Status {
            // The catalogues are written afresh while activities still point at their rows, so the foreign keys
            // are checked at commit rather than at each statement.
            if (Status status = m_db.exec("PRAGMA defer_foreign_keys = ON;"); !status) {
                return status;
            }
            if (Status status = writeActivityChanges(changes); !status) {
                return status;
            }
            return writeHeader(header);
        },
        auditAction, auditDetail);
}

Status RegisterStore::writeActivityChanges(const ActivityChanges& changes)
{
    Result<Statement> remove = m_db.prepare(QStringLiteral("DELETE FROM activity WHERE id = ?"));
    Result<Statement> insert = m_db.prepare(kInsertActivity);
    Result<Statement> move = m_db.prepare(QStringLiteral("UPDATE activity SET position = ? WHERE id = ?"));
    if (!remove || !insert || !move) {
        return !remove ? remove.error() : (!insert ? insert.error() : move.error());
    }
    // Children go with their activity (ON DELETE CASCADE), so an update is a removal and a fresh insert.
    QStringList removals = changes.removals;
    QList<Activity> written;
    for (const auto& [activity, position] : changes.upserts) {
        removals << activity.id;
    }
    for (const QString& id : removals) {
        remove->bind(1, id);
        if (Status status = remove->run(); !status) {
            return status;
        }
    }
    for (const auto& [activity, position] : changes.upserts) {
        bindActivity(insert.value(), activity, position);
        if (Status status = insert->run(); !status) {
            return status;
        }
        written.append(activity);
    }
    if (Status status = writeActivityDetails(m_db, written); !status) {
        return status;
    }
    qint64 position = 0;
    for (const QString& id : changes.order) {
        move->bind(1, ++position);
        move->bind(2, id);
        if (Status status = move->run(); !status) {
            return status;
        }
    }
    return {};
}

Status RegisterStore::inTransaction(const std::function<Status()>& work, const QString& auditAction,
                                    const QString& auditDetail)
{
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    if (Status status = work(); !status) {
        return status;
    }
    if (Status status = bumpRevision(); !status) {
        return status;
    }
    if (Status status = AuditLog(m_db).append(auditAction, auditDetail); !status) {
        return status;
    }
    return transaction->commit();
}

Status RegisterStore::bumpRevision()
{
    return m_db.exec(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';"
                                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('modified_at', '%1');")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
}

Status RegisterStore::writeAll(const Register& reg)
{
    // Children first, then the catalogues they point at.
    Status status = m_db.exec("DELETE FROM activity_basis; DELETE FROM activity_data_category;"
                              "DELETE FROM activity_subject_category; DELETE FROM activity_recipient;"
                              "DELETE FROM activity_source; DELETE FROM activity_transfer; DELETE FROM activity;");
    if (status) {
        status = writeHeader(reg);
    }
    if (status) {
        status = insertEach(m_db, kInsertActivity, reg.activities, bindActivity);
    }
    if (status) {
        status = writeActivityDetails(m_db, reg.activities);
    }
    return status;
}

Status RegisterStore::writeHeader(const Register& reg)
{
    Status status = m_db.exec("DELETE FROM data_category; DELETE FROM subject_category; DELETE FROM recipient;"
                              "DELETE FROM source; DELETE FROM retention_rule;"
                              "DELETE FROM meta WHERE key LIKE 'controller.%' OR key = 'last_reviewed';");
    if (status) {
        QList<std::pair<QString, QString>> meta;
        for (const auto& [key, member] : kControllerFields) {
            meta.append({QString::fromLatin1(key), reg.controller.*member});
        }
        if (reg.lastReviewed) {
            meta.append({QStringLiteral("last_reviewed"), reg.lastReviewed->toString(Qt::ISODate)});
        }
        status = insertEach(m_db, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), meta,
                            [](Statement& s, const auto& kv, qint64) {
                                s.bind(1, kv.first);
                                s.bind(2, kv.second);
                            });
    }
    if (status) {
        status = insertEach(m_db,
                            QStringLiteral("INSERT INTO data_category(id, position, name, description, special) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            reg.dataCategories, [](Statement& s, const DataCategory& c, qint64 position) {
                                s.bind(1, c.id);
                                s.bind(2, position);
                                s.bind(3, c.name);
                                s.bind(4, c.description);
                                s.bind(5, specialCategoryKey(c.special));
                            });
    }
    if (status) {
        status = insertEach(m_db, QStringLiteral("INSERT INTO subject_category(id, position, name) VALUES (?, ?, ?)"),
                            reg.subjectCategories, [](Statement& s, const SubjectCategory& c, qint64 position) {
                                s.bind(1, c.id);
                                s.bind(2, position);
                                s.bind(3, c.name);
                            });
    }
    if (status) {
        status = insertEach(m_db,
                            QStringLiteral("INSERT INTO recipient(id, position, name, kind, country, purpose) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            reg.recipients, [](Statement& s, const Recipient& r, qint64 position) {
                                s.bind(1, r.id);
                                s.bind(2, position);
                                s.bind(3, r.name);
                                s.bind(4, recipientKindKey(r.kind));
                                s.bind(5, r.country);
                                s.bind(6, r.purpose);
                            });
    }
    if (status) {
        status = insertEach(m_db, QStringLiteral("INSERT INTO source(id, position, name) VALUES (?, ?, ?)"),
                            reg.sources, [](Statement& s, const Source& c, qint64 position) {
                                s.bind(1, c.id);
                                s.bind(2, position);
                                s.bind(3, c.name);
                            });
    }
    if (status) {
        status =
            insertEach(m_db,
                       QStringLiteral("INSERT INTO retention_rule(id, position, description, period, trigger_event) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       reg.retentionRules, [](Statement& s, const RetentionRule& r, qint64 position) {
                           s.bind(1, r.id);
                           s.bind(2, position);
                           s.bind(3, r.description);
                           s.bind(4, r.period);
                           s.bind(5, r.trigger);
                       });
    }
    return status;
}

} // namespace ropa::store
