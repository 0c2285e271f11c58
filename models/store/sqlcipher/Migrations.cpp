#include "store/sqlcipher/Migrations.h"

#include "store/sqlcipher/Database.h"
#include "store/sqlcipher/Transaction.h"

#include <QCoreApplication>
#include <array>

namespace ropa::store::sqlcipher {

namespace {

// Step N takes the schema from version N-1 to N. Never edit a step that has shipped; add one.
constexpr std::array<const char*, 5> kSteps = {
    // 1: the register itself.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE data_category (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '', special TEXT NOT NULL DEFAULT 'none');
    CREATE TABLE subject_category (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL);
    CREATE TABLE recipient (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '');
    CREATE TABLE source (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL);
    CREATE TABLE retention_rule (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, description TEXT NOT NULL,
        period TEXT NOT NULL DEFAULT '', trigger_event TEXT NOT NULL DEFAULT '');
    CREATE TABLE activity (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, purpose TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '', business_function TEXT NOT NULL DEFAULT '',
        special_condition TEXT, retention_id TEXT REFERENCES retention_rule(id),
        security_measures TEXT NOT NULL DEFAULT '', dpia TEXT NOT NULL DEFAULT 'not_assessed',
        automated_decision_making INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX activity_position ON activity(position);
    CREATE TABLE activity_basis (
        activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        basis TEXT NOT NULL, interest TEXT NOT NULL DEFAULT '', balancing_test_date TEXT,
        PRIMARY KEY (activity_id, basis)) WITHOUT ROWID;
    CREATE TABLE activity_data_category (
        activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        ref_id TEXT NOT NULL REFERENCES data_category(id), position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, ref_id)) WITHOUT ROWID;
    CREATE TABLE activity_subject_category (
        activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        ref_id TEXT NOT NULL REFERENCES subject_category(id), position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, ref_id)) WITHOUT ROWID;
    CREATE TABLE activity_recipient (
        activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        ref_id TEXT NOT NULL REFERENCES recipient(id), position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, ref_id)) WITHOUT ROWID;
    CREATE TABLE activity_source (
        activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        ref_id TEXT NOT NULL REFERENCES source(id), position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, ref_id)) WITHOUT ROWID;
    CREATE TABLE activity_transfer (
        activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE, position INTEGER NOT NULL,
        country TEXT NOT NULL, safeguard TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (activity_id, position)) WITHOUT ROWID;
    )sql",
    // 2: the tamper-evident audit log.
    R"sql(
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
    )sql",
    // 3: gaps of 1024 between positions, so that an entry placed between two others is the only row written.
    // From here on the audit log's action is a stable code and its detail the code's arguments as JSON.
    R"sql(
    UPDATE activity SET position = position * 1024;
    UPDATE data_category SET position = position * 1024;
    UPDATE subject_category SET position = position * 1024;
    UPDATE recipient SET position = position * 1024;
    UPDATE source SET position = position * 1024;
    UPDATE retention_rule SET position = position * 1024;
    )sql",
    // 4: the accountability records. automated_decision_making stays, unused: a 0 there was the default, not an
    // assessment, so it becomes not_assessed. A condition of an activity with criminal offence data and no special
    // category data was its DPA 2018 Schedule 1 condition. balancing_test_date is the assessment's date.
    R"sql(
    ALTER TABLE recipient ADD COLUMN contract TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN schedule1_condition TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN policy_document TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN dpia_criteria TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN dpia_screening_date TEXT;
    ALTER TABLE activity ADD COLUMN dpia_reference TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN automated_decisions TEXT NOT NULL DEFAULT 'not_assessed';
    ALTER TABLE activity ADD COLUMN automated_safeguards TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN pecr TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity ADD COLUMN last_reviewed TEXT;
    ALTER TABLE activity ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN purpose_test TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN necessity_test TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN balancing_test TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN outcome TEXT NOT NULL DEFAULT 'not_recorded';
    ALTER TABLE activity_basis ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN reference TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN law TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN how_obtained TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN how_withdrawn TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_basis ADD COLUMN where_kept TEXT NOT NULL DEFAULT '';
    UPDATE activity SET automated_decisions = 'yes' WHERE automated_decision_making = 1;
    UPDATE activity SET schedule1_condition = special_condition, special_condition = NULL
    WHERE special_condition <> ''
      AND EXISTS (SELECT 1 FROM activity_data_category l JOIN data_category d ON d.id = l.ref_id
                  WHERE l.activity_id = activity.id AND d.special = 'art10')
      AND NOT EXISTS (SELECT 1 FROM activity_data_category l JOIN data_category d ON d.id = l.ref_id
                      WHERE l.activity_id = activity.id AND d.special = 'art9');
    )sql",
    // 5: the register as it stood at each review, for the DPO to compare reviews. A review is a record of what
    // was signed off, so its rows are only ever added.
    R"sql(
    CREATE TABLE review_snapshot (
        revision INTEGER PRIMARY KEY, reviewed_on TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL, register BLOB NOT NULL);
    CREATE TRIGGER review_snapshot_kept_as_written BEFORE UPDATE ON review_snapshot
    BEGIN SELECT RAISE(ABORT, 'a review snapshot cannot be changed'); END;
    CREATE TRIGGER review_snapshot_never_removed BEFORE DELETE ON review_snapshot
    BEGIN SELECT RAISE(ABORT, 'a review snapshot cannot be removed'); END;
    )sql",
};

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(kSteps.size());
}

Result<int> Migrations::currentVersion(Database& db)
{
    const Result<qint64> version = db.scalarInteger(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    return static_cast<int>(version.value());
}

Status Migrations::migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0) {
        targetVersion = latestVersion();
    }
    const Result<int> current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    if (current.value() > latestVersion()) {
        return Error{ErrorCode::NewerFormat,
                     QCoreApplication::translate(
                         "ropa::store::sqlcipher",
                         "%1 was written by a newer version of RoPA Manager (schema %2; this version reads up to %3).")
                         .arg(db.path())
                         .arg(current.value())
                         .arg(latestVersion())};
    }
    for (int version = current.value() + 1; version <= targetVersion; ++version) {
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction) {
            return transaction.error();
        }
        if (Status status = db.exec(kSteps[static_cast<std::size_t>(version - 1)]); !status) {
            return status;
        }
        if (Status status = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !status) {
            return status;
        }
        if (Status status = transaction->commit(); !status) {
            return status;
        }
    }
    return {};
}

} // namespace ropa::store::sqlcipher
