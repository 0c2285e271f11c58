#include "store/postgres/ServerSchema.h"

#include "store/postgres/Connection.h"

#include <QCoreApplication>
#include <array>

namespace ropa::store::postgres {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store::postgres)
};

// Step N takes the schema from version N-1 to N. Never edit a step that has shipped; add one.
constexpr std::array<const char*, 1> kSteps = {
    // 1: registers, their entries as JSON documents with every version kept, who may do what, the audit log and
    // the registers as reviewed. Times are text, ISO 8601 UTC with milliseconds, as the file keeps them.
    R"sql(
    DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ropa_user') THEN CREATE ROLE ropa_user NOLOGIN; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ropa_registrar') THEN
            CREATE ROLE ropa_registrar NOLOGIN IN ROLE ropa_user;
        END IF;
    END $$;

    CREATE FUNCTION ropa.now_text() RETURNS text LANGUAGE sql VOLATILE
        RETURN to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');

    CREATE TABLE ropa.register (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
        revision bigint NOT NULL DEFAULT 0,
        created_at text NOT NULL DEFAULT ropa.now_text(),
        modified_at text NOT NULL DEFAULT '',
        -- The transaction of the change under way, the only one that may write the register's entries.
        change_xact xid8);

    CREATE TABLE ropa.register_access (
        register_id text NOT NULL REFERENCES ropa.register(id),
        role_name text NOT NULL,
        access text NOT NULL CHECK (access IN ('viewer', 'editor', 'dpo')),
        PRIMARY KEY (register_id, role_name));

    CREATE TABLE ropa.entry (
        register_id text NOT NULL REFERENCES ropa.register(id),
        kind text NOT NULL CHECK (kind IN ('organisation', 'activity', 'data_category', 'subject_category',
                                           'recipient', 'source', 'retention_rule')),
        id text NOT NULL,
        position bigint NOT NULL,
        body jsonb NOT NULL,
        revision bigint NOT NULL,
        changed_by text NOT NULL,
        changed_at text NOT NULL,
        PRIMARY KEY (register_id, kind, id));
    CREATE INDEX entry_order ON ropa.entry(register_id, kind, position);

    -- What each activity refers to, so that the server keeps the register whole: an activity cannot name an entry
    -- the register does not have, and an entry an activity names cannot be removed.
    CREATE TABLE ropa.entry_reference (
        register_id text NOT NULL,
        from_kind text NOT NULL DEFAULT 'activity' CHECK (from_kind = 'activity'),
        from_id text NOT NULL,
        to_kind text NOT NULL,
        to_id text NOT NULL,
        PRIMARY KEY (register_id, from_id, to_kind, to_id),
        FOREIGN KEY (register_id, from_kind, from_id) REFERENCES ropa.entry(register_id, kind, id) ON DELETE CASCADE,
        FOREIGN KEY (register_id, to_kind, to_id) REFERENCES ropa.entry(register_id, kind, id));
    CREATE INDEX entry_reference_to ON ropa.entry_reference(register_id, to_kind, to_id);

    -- Every body an entry has had, NULL once removed: the base a concurrent change is merged on, and who changed
    -- what when.
    CREATE TABLE ropa.entry_version (
        register_id text NOT NULL REFERENCES ropa.register(id),
        kind text NOT NULL,
        id text NOT NULL,
        revision bigint NOT NULL,
        body jsonb,
        changed_by text NOT NULL,
        changed_at text NOT NULL,
        PRIMARY KEY (register_id, kind, id, revision));

    CREATE TABLE ropa.audit_log (
        register_id text NOT NULL REFERENCES ropa.register(id),
        seq bigint NOT NULL,
        at text NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        detail text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (register_id, seq));

    CREATE TABLE ropa.review_snapshot (
        register_id text NOT NULL REFERENCES ropa.register(id),
        revision bigint NOT NULL,
        reviewed_on text NOT NULL,
        reviewer text NOT NULL DEFAULT '',
        created_at text NOT NULL,
        register bytea NOT NULL,
        PRIMARY KEY (register_id, revision));

    -- The strongest access the session's login role holds on a register, itself or through a role it is a member
    -- of; NULL for none.
    CREATE FUNCTION ropa.access_of(p_register text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        SELECT a.access FROM ropa.register_access a JOIN pg_roles r ON r.rolname = a.role_name
        WHERE a.register_id = p_register AND pg_has_role(session_user, r.oid, 'MEMBER')
        ORDER BY CASE a.access WHEN 'dpo' THEN 3 WHEN 'editor' THEN 2 ELSE 1 END DESC LIMIT 1
    $$;

    -- The registers the session may read, for the row-level security policies.
    CREATE FUNCTION ropa.readable_registers() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        SELECT DISTINCT a.register_id FROM ropa.register_access a JOIN pg_roles r ON r.rolname = a.role_name
        WHERE pg_has_role(session_user, r.oid, 'MEMBER')
    $$;

    -- Whether the session has a change of the register open in this transaction, with editor or DPO access.
    CREATE FUNCTION ropa.change_open(p_register text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        SELECT coalesce((SELECT change_xact = pg_current_xact_id() FROM ropa.register WHERE id = p_register), false)
            AND ropa.access_of(p_register) IN ('editor', 'dpo')
    $$;

    -- Appends one entry to the register's audit log, chained to the one before by SHA-256 over the same fields, in
    -- the same order and separated the same way, as the file's log (store/AuditChain).
    CREATE FUNCTION ropa.append_audit(p_register text, p_action text, p_detail text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_seq bigint;
        v_prev text;
        v_at text := ropa.now_text();
        v_actor text := session_user;
    BEGIN
        SELECT seq, hash INTO v_seq, v_prev FROM ropa.audit_log WHERE register_id = p_register
        ORDER BY seq DESC LIMIT 1;
        v_seq := coalesce(v_seq, 0) + 1;
        v_prev := coalesce(v_prev, repeat('0', 64));
        INSERT INTO ropa.audit_log VALUES (p_register, v_seq, v_at, v_actor, p_action, p_detail, v_prev,
            encode(sha256(convert_to(concat_ws(chr(31), v_prev, v_seq::text, v_at, v_actor, p_action, p_detail),
                                     'UTF8')), 'hex'));
    END $$;

    -- Opens a change of the register made on revision p_expected: checks the session's role, counts the revision
    -- up, appends the audit entry and returns the new revision. Entries can be written only after this, in the
    -- same transaction.
    CREATE FUNCTION ropa.begin_change(p_register text, p_action text, p_detail text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_access text := ropa.access_of(p_register);
        v_revision bigint;
    BEGIN
        IF v_access IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'RP003',
                MESSAGE = format('There is no register "%s" on this server that you may open.', p_register);
        END IF;
        IF v_access = 'viewer' THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = format(
                'You may read register "%s" but not change it: ask its DPO for editor access.', p_register);
        END IF;
        UPDATE ropa.register SET revision = revision + 1, modified_at = ropa.now_text(),
            change_xact = pg_current_xact_id()
        WHERE id = p_register RETURNING revision INTO v_revision;
        PERFORM ropa.append_audit(p_register, p_action, p_detail);
        -- Every client that has the register open hears of the change once it is committed.
        PERFORM pg_notify('ropa_' || md5(p_register), v_revision::text);
        RETURN v_revision;
    END $$;

    -- Entries change only inside a change the session opened; the row records the revision, who and when, and
    -- every new body is kept as a version.
    CREATE FUNCTION ropa.entry_changing() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_register text := CASE WHEN TG_OP = 'DELETE' THEN OLD.register_id ELSE NEW.register_id END;
        v_revision bigint;
    BEGIN
        IF NOT ropa.change_open(v_register) THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = format(
                'Entries of register "%s" change only through ropa.begin_change, by its editors and DPO.',
                v_register);
        END IF;
        SELECT revision INTO v_revision FROM ropa.register WHERE id = v_register;
        IF TG_OP = 'DELETE' THEN
            INSERT INTO ropa.entry_version VALUES (OLD.register_id, OLD.kind, OLD.id, v_revision, NULL, session_user,
                                                   ropa.now_text())
            ON CONFLICT (register_id, kind, id, revision) DO UPDATE SET body = NULL;
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.register_id, NEW.kind, NEW.id) IS DISTINCT FROM (OLD.register_id, OLD.kind, OLD.id)
        THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = 'An entry keeps its register, kind and id.';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.body = OLD.body THEN
            NEW.revision := OLD.revision; -- a move: the content and its version stay as they were
            NEW.changed_by := OLD.changed_by;
            NEW.changed_at := OLD.changed_at;
            RETURN NEW;
        END IF;
        NEW.revision := v_revision;
        NEW.changed_by := session_user;
        NEW.changed_at := ropa.now_text();
        INSERT INTO ropa.entry_version VALUES (NEW.register_id, NEW.kind, NEW.id, v_revision, NEW.body,
                                               NEW.changed_by, NEW.changed_at)
        ON CONFLICT (register_id, kind, id, revision) DO UPDATE SET body = EXCLUDED.body;
        RETURN NEW;
    END $$;
    CREATE TRIGGER entry_changing BEFORE INSERT OR UPDATE OR DELETE ON ropa.entry
        FOR EACH ROW EXECUTE FUNCTION ropa.entry_changing();

    -- What an activity refers to, in place of what it referred to (all of the register's references where p_activity
    -- is NULL and the lists are empty): one check of the change for the whole list, where row-level policies would
    -- check it row by row while the register is locked.
    CREATE FUNCTION ropa.set_references(p_register text, p_activity text, p_kinds text[], p_ids text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT ropa.change_open(p_register) THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = format(
                'Entries of register "%s" change only through ropa.begin_change, by its editors and DPO.',
                p_register);
        END IF;
        DELETE FROM ropa.entry_reference
        WHERE register_id = p_register AND (p_activity IS NULL OR from_id = p_activity);
        INSERT INTO ropa.entry_reference(register_id, from_id, to_kind, to_id)
        SELECT p_register, p_activity, t.kind, t.id FROM unnest(p_kinds, p_ids) AS t(kind, id);
    END $$;

    -- The audit log and the registers as reviewed are only ever added to, by anyone.
    CREATE FUNCTION ropa.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = format('Rows of %s are never changed or removed.',
                                                                   TG_TABLE_NAME);
    END $$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ropa.audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION ropa.refuse_rewrite();
    CREATE TRIGGER review_snapshot_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ropa.review_snapshot
        FOR EACH STATEMENT EXECUTE FUNCTION ropa.refuse_rewrite();

    -- A review: the register as it stands once the review change is written, kept by the DPO in that change.
    CREATE FUNCTION ropa.keep_review(p_register text, p_reviewed_on text, p_reviewer text, p_register_bytes bytea)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT ropa.change_open(p_register) OR ropa.access_of(p_register) <> 'dpo' THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = format(
                'Only the DPO of register "%s" may mark it reviewed.', p_register);
        END IF;
        INSERT INTO ropa.review_snapshot
        SELECT p_register, revision, p_reviewed_on, p_reviewer, ropa.now_text(), p_register_bytes
        FROM ropa.register WHERE id = p_register;
    END $$;

    -- A new, empty register, whose DPO is the session's login role, with the first audit entry; for members of
    -- ropa_registrar.
    CREATE FUNCTION ropa.create_register(p_register text, p_action text, p_detail text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT pg_has_role(session_user, 'ropa_registrar', 'MEMBER') THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE =
                'Only members of ropa_registrar may create registers on this server: ask its administrator.';
        END IF;
        IF EXISTS (SELECT FROM ropa.register WHERE id = p_register) THEN
            RAISE EXCEPTION USING ERRCODE = 'RP001', MESSAGE = format(
                'The server already has a register "%s".', p_register);
        END IF;
        INSERT INTO ropa.register(id) VALUES (p_register);
        INSERT INTO ropa.register_access VALUES (p_register, session_user, 'dpo');
        RETURN ropa.begin_change(p_register, p_action, p_detail);
    END $$;

    -- Gives a role viewer, editor or DPO access to a register, or none (NULL); for the register's DPO, in a change.
    CREATE FUNCTION ropa.set_access(p_register text, p_role text, p_access text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT ropa.change_open(p_register) OR ropa.access_of(p_register) <> 'dpo' THEN
            RAISE EXCEPTION USING ERRCODE = 'RP002', MESSAGE = format(
                'Only the DPO of register "%s" may say who has access to it.', p_register);
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_role) THEN
            RAISE EXCEPTION USING ERRCODE = 'RP003', MESSAGE = format('The server has no role "%s".', p_role);
        END IF;
        DELETE FROM ropa.register_access WHERE register_id = p_register AND role_name = p_role;
        IF p_access IS NOT NULL THEN
            INSERT INTO ropa.register_access VALUES (p_register, p_role, p_access);
        END IF;
    END $$;

    ALTER TABLE ropa.register ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ropa.register_access ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ropa.entry ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ropa.entry_version ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ropa.entry_reference ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ropa.audit_log ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ropa.review_snapshot ENABLE ROW LEVEL SECURITY;
    CREATE POLICY readable ON ropa.register FOR SELECT USING (id IN (SELECT ropa.readable_registers()));
    CREATE POLICY readable ON ropa.register_access FOR SELECT
        USING (register_id IN (SELECT ropa.readable_registers()));
    CREATE POLICY readable ON ropa.entry FOR SELECT USING (register_id IN (SELECT ropa.readable_registers()));
    CREATE POLICY writable ON ropa.entry FOR INSERT WITH CHECK (ropa.change_open(register_id));
    CREATE POLICY changeable ON ropa.entry FOR UPDATE USING (ropa.change_open(register_id))
        WITH CHECK (ropa.change_open(register_id));
    CREATE POLICY removable ON ropa.entry FOR DELETE USING (ropa.change_open(register_id));
    CREATE POLICY readable ON ropa.entry_reference FOR SELECT
        USING (register_id IN (SELECT ropa.readable_registers()));
    CREATE POLICY readable ON ropa.entry_version FOR SELECT
        USING (register_id IN (SELECT ropa.readable_registers()));
    CREATE POLICY readable ON ropa.audit_log FOR SELECT USING (register_id IN (SELECT ropa.readable_registers()));
    CREATE POLICY readable ON ropa.review_snapshot FOR SELECT
        USING (register_id IN (SELECT ropa.readable_registers()));

    -- Least privilege: clients read through the policies, write entries, and do everything else through the
    -- functions above.
    REVOKE ALL ON ALL TABLES IN SCHEMA ropa FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ropa FROM PUBLIC;
    GRANT USAGE ON SCHEMA ropa TO ropa_user;
    GRANT SELECT ON ropa.schema_version TO ropa_user;
    GRANT SELECT ON ropa.register, ropa.register_access, ropa.entry, ropa.entry_reference, ropa.entry_version,
        ropa.audit_log, ropa.review_snapshot TO ropa_user;
    GRANT INSERT, UPDATE, DELETE ON ropa.entry TO ropa_user;
    GRANT EXECUTE ON FUNCTION ropa.now_text(), ropa.access_of(text), ropa.readable_registers(),
        ropa.change_open(text), ropa.begin_change(text, text, text), ropa.keep_review(text, text, text, bytea),
        ropa.create_register(text, text, text), ropa.set_access(text, text, text),
        ropa.set_references(text, text, text[], text[]) TO ropa_user;
    )sql",
};

} // namespace

int ServerSchema::latestVersion()
{
    return static_cast<int>(kSteps.size());
}

Result<int> ServerSchema::currentVersion(Connection& connection)
{
    Result<QueryResult> exists = connection.exec("SELECT to_regclass('ropa.schema_version') IS NOT NULL");
    if (!exists) {
        return exists.error();
    }
    if (exists->text(0, 0) != QLatin1String("t")) {
        return 0;
    }
    Result<QueryResult> version = connection.exec("SELECT version FROM ropa.schema_version");
    if (!version) {
        return version.error();
    }
    return version->rows() == 1 ? static_cast<int>(version->integer(0, 0)) : 0;
}

Status ServerSchema::migrate(Connection& connection)
{
    // The schema and its version table come first, outside the steps, so that version 0 is a place to start from.
    for (const char* sql : {"BEGIN", "SELECT pg_advisory_xact_lock(7707)", "CREATE SCHEMA IF NOT EXISTS ropa",
                            "CREATE TABLE IF NOT EXISTS ropa.schema_version (version integer NOT NULL)",
                            "REVOKE ALL ON SCHEMA ropa FROM PUBLIC", "COMMIT"}) {
        if (Status status = connection.execScript(sql); !status) {
            (void)connection.execScript("ROLLBACK");
            return status;
        }
    }
    const Result<int> current = currentVersion(connection);
    if (!current) {
        return current.error();
    }
    if (current.value() > latestVersion()) {
        return Error{
            ErrorCode::NewerFormat,
            Text::tr("The registers on %1 were set up by a newer version of RoPA Manager (schema %2; this version "
                     "knows up to %3).")
                .arg(connection.label(), QString::number(current.value()), QString::number(latestVersion()))};
    }
    for (int version = current.value() + 1; version <= latestVersion(); ++version) {
        const QByteArray record = QByteArrayLiteral("DELETE FROM ropa.schema_version; INSERT INTO ropa.schema_version "
                                                    "VALUES (") +
            QByteArray::number(version) + ')';
        Status status = connection.execScript("BEGIN");
        for (const char* sql : {kSteps[static_cast<std::size_t>(version - 1)], record.constData(), "COMMIT"}) {
            if (status) {
                status = connection.execScript(sql);
            }
        }
        if (!status) {
            (void)connection.execScript("ROLLBACK");
            return status;
        }
    }
    return {};
}

Status ServerSchema::check(Connection& connection)
{
    const Result<int> current = currentVersion(connection);
    if (!current) {
        return current.error();
    }
    if (current.value() == latestVersion()) {
        return {};
    }
    if (current.value() > latestVersion()) {
        return Error{ErrorCode::NewerFormat,
                     Text::tr("The registers on %1 were set up by a newer version of RoPA Manager (schema %2): install "
                              "that version to open them.")
                         .arg(connection.label(), QString::number(current.value()))};
    }
    return Error{ErrorCode::NotARegister,
                 Text::tr("%1 has no registers set up for this version of RoPA Manager (schema %2 of %3): its "
                          "administrator sets them up with \"ropa-cli server-setup\".")
                     .arg(connection.label(), QString::number(current.value()), QString::number(latestVersion()))};
}

} // namespace ropa::store::postgres
