/// Migration "pg-v1-initial": the PostgreSQL store's schema, the final state of the SQLite store's migrations
/// (`v1-initial` … `v8-wall-index`) in one step, and what several daemons sharing one server need.
///
/// Tables, columns and their order, indexes and constraint rules are SQLite's, so that a query reads alike in
/// both stores and a row means the same. How SQLite's schema is mapped:
///
/// - INTEGER is BIGINT: instants (seconds since the Unix epoch), counts, points, and 0/1 flags with their
///   `IN (0, 1)` checks, since the store binds 64-bit integers to all of them. No column is BLOB or REAL.
/// - TEXT is `TEXT COLLATE "C"`. SQLite compares text bytewise (BINARY); the store orders and pages by text
///   keys (`ORDER BY case_id`, `WHERE case_id > ?`), and a database's own collation (e.g. `en_US`) would sort
///   them otherwise, depending on how the server was set up. "C" is byte order: UTF-8's, as in SQLite.
/// - `INTEGER PRIMARY KEY [AUTOINCREMENT]` is an identity `BY DEFAULT`, so that a row may still be given its
///   id (the audit writer gives `seq`, which its hash covers). Unlike SQLite's, a sequence is not rolled back:
///   a failed or rolled-back insert, or `ON CONFLICT DO NOTHING`, uses a value up, so ids have gaps; ids are
///   taken at insert, not commit, so concurrent writers commit them out of order; and an id given explicitly
///   does not move the sequence on, so a table's rows are either all given ids or none.
/// - `json_valid(x)` is `casewatch_is_json(x)`: a cast that fails would make the check throw instead of fail.
///   It judges as json_valid does, except that SQLite also refuses JSON nested deeper than its limit (2,000
///   levels in 3.40; the store writes flat objects). JSON stays TEXT: the store parses the exact text and the audit chain hashes it.
/// - Each SQLite trigger is a trigger of the same kind (`BEFORE UPDATE OF` the same columns, the same `WHEN`)
///   calling a function of its own that raises SQLite's message, as SQLSTATE 23001 `restrict_violation`
///   (SQLite's `RAISE(ABORT)` is a constraint failure). A table whose rows cannot be deleted also refuses
///   TRUNCATE, which skips row triggers. PostgreSQL fires a table's triggers in name order and SQLite newest
///   first; the names keep SQLite's order, so a change that breaks two rules is refused with the same message.
/// - `case_events.txid` (new, indexed by `case_events_by_txid`) is the writing transaction's id,
///   `pg_current_xact_id()`: `seq` is taken before commit, so a follower cannot read the log by `seq > last`
///   alone; it reads by transaction visibility.
/// - `supervisor_lease` and `supervisor_members` (new) let several daemons share one store: one row holds
///   the lease of the one supervising (its holder and fencing epoch), and each daemon registers itself.
///
/// The migrations' own bookkeeping is not part of the schema and not made here.
enum PostgresSchemaV1 {
    /// The migration's identifier.
    static let identifier = "pg-v1-initial"

    /// The notice columns that never change once written (SQLite's v6).
    private static let noticeColumns = """
        id, kind, case_id, cycle, unit_id, category, urgency, tier, action, due_at, at, signoff_id, signoff_level,
        signoff_status, decided_by, order_case_id, next_tier, next_due_at
        """

    /// The delivery columns that never change once written (SQLite's v6).
    private static let deliveryColumns = "id, notice_id, receiver, idempotency_key, urgent, group_key, created_at"

    /// The API key columns that never change once written (SQLite's v7).
    private static let apiKeyColumns = "id, name, scopes, secret_hash, created_at, created_by"

    /// The statements that create the schema, in order; they run in one transaction.
    static let statements: [String] = [
        // PostgreSQL 16's pg_input_is_valid would test without trapping an error (a subtransaction per
        // call), but 13 to 15 do not have it. `json`, not `jsonb`: like json_valid it checks the syntax only
        // (jsonb also refuses \u0000 and numbers out of numeric's range).
        """
        CREATE FUNCTION casewatch_is_json(value text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        BEGIN
            PERFORM value::json;
            RETURN true;
        EXCEPTION WHEN data_exception THEN
            RETURN false;
        END
        $$
        """,
        """
        CREATE TABLE meta (
            key TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (key <> ''),
            value TEXT COLLATE "C" NOT NULL
        )
        """,
        """
        CREATE TABLE units (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (id <> ''),
            name TEXT COLLATE "C" NOT NULL,
            level TEXT COLLATE "C" NOT NULL CHECK (level <> ''),
            parent_id TEXT COLLATE "C" REFERENCES units(id),
            CHECK (parent_id IS NULL OR parent_id <> id)
        )
        """,
        "CREATE INDEX units_by_parent ON units(parent_id)",
        """
        CREATE TABLE leaders (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (id <> ''),
            name TEXT COLLATE "C" NOT NULL,
            title TEXT COLLATE "C" NOT NULL,
            level TEXT COLLATE "C" NOT NULL CHECK (level <> ''),
            jurisdiction_id TEXT COLLATE "C" NOT NULL REFERENCES units(id),
            token_hash TEXT COLLATE "C",
            token_issued_at BIGINT,
            token_revoked_at BIGINT,
            CHECK ((token_hash IS NULL) = (token_issued_at IS NULL)),
            CHECK (token_revoked_at IS NULL OR token_issued_at IS NOT NULL)
        )
        """,
        """
        CREATE TABLE cases (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY CHECK (id <> ''),
            category TEXT COLLATE "C" NOT NULL CHECK (category <> ''),
            urgency TEXT COLLATE "C" NOT NULL CHECK (urgency <> ''),
            policy_version TEXT COLLATE "C",
            registered_at BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE ingest_batches (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            source TEXT COLLATE "C" NOT NULL,
            started_at BIGINT NOT NULL,
            finished_at BIGINT,
            events BIGINT NOT NULL DEFAULT 0 CHECK (events >= 0),
            duplicates BIGINT NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
            CHECK (finished_at IS NULL OR finished_at >= started_at)
        )
        """,
        // CASE, not AND: PostgreSQL does not promise to evaluate AND's operands in order, and the cast
        // throws on text that is not JSON.
        """
        CREATE TABLE case_events (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            event_id TEXT COLLATE "C" NOT NULL UNIQUE CHECK (event_id <> ''),
            case_id TEXT COLLATE "C" NOT NULL REFERENCES cases(id),
            type TEXT COLLATE "C" NOT NULL CHECK (type <> ''),
            at BIGINT NOT NULL,
            actor TEXT COLLATE "C" NOT NULL,
            fields TEXT COLLATE "C" NOT NULL DEFAULT '{}'
                CHECK (CASE WHEN casewatch_is_json(fields) THEN json_typeof(fields::json) = 'object' ELSE false END),
            batch_id BIGINT REFERENCES ingest_batches(id),
            recorded_at BIGINT NOT NULL,
            txid xid8 NOT NULL DEFAULT pg_current_xact_id()
        )
        """,
        "CREATE INDEX case_events_by_case ON case_events(case_id, seq)",
        "CREATE INDEX case_events_dispatched_at ON case_events(at, case_id) WHERE type = 'dispatched'",
        "CREATE INDEX case_events_by_txid ON case_events(txid)",
        appendOnly(
            "case_events",
            changed: "case_events is append-only: an event cannot be changed; record a new event instead",
            deleted: "case_events is append-only: an event cannot be deleted; record a new event instead"
        ),
        "CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION case_events_append_only()",
        "CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only()",
        """
        CREATE TABLE projections (
            case_id TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES cases(id),
            status TEXT COLLATE "C" NOT NULL CHECK (status <> ''),
            unit_id TEXT COLLATE "C",
            cycle BIGINT NOT NULL CHECK (cycle >= 0),
            accept_due BIGINT,
            resolve_due BIGINT,
            resolve_due_effective BIGINT,
            provisional BIGINT NOT NULL CHECK (provisional IN (0, 1)),
            suspended_since BIGINT,
            next_tier TEXT COLLATE "C",
            next_deadline TEXT COLLATE "C",
            next_due BIGINT,
            next_provisional BIGINT CHECK (next_provisional IN (0, 1)),
            last_event_at BIGINT NOT NULL,
            event_count BIGINT NOT NULL CHECK (event_count >= 0),
            state TEXT COLLATE "C" NOT NULL,
            policy_version TEXT COLLATE "C",
            closed_at BIGINT,
            satisfaction TEXT COLLATE "C",
            reopens BIGINT NOT NULL DEFAULT 0 CHECK (reopens >= 0),
            accept_due_original BIGINT,
            accept_extended_due BIGINT,
            accept_met_at BIGINT,
            accept_provisional BIGINT CHECK (accept_provisional IN (0, 1)),
            accept_explicit BIGINT CHECK (accept_explicit IN (0, 1)),
            resolve_extended_due BIGINT,
            resolve_met_at BIGINT,
            resolve_provisional BIGINT CHECK (resolve_provisional IN (0, 1)),
            resolve_explicit BIGINT CHECK (resolve_explicit IN (0, 1)),
            CHECK ((resolve_due IS NULL) = (resolve_due_effective IS NULL)),
            CHECK ((next_tier IS NULL) = (next_due IS NULL)
                AND (next_tier IS NULL) = (next_deadline IS NULL)
                AND (next_tier IS NULL) = (next_provisional IS NULL))
        )
        """,
        "CREATE INDEX projections_by_status ON projections(status)",
        "CREATE INDEX projections_by_unit ON projections(unit_id)",
        "CREATE INDEX projections_by_next_step ON projections(next_due, case_id)",
        """
        CREATE INDEX projections_open_deadlines
            ON projections(unit_id, status, accept_due, accept_met_at, resolve_due_effective, resolve_met_at)
        """,
        "CREATE INDEX projections_by_next_tier ON projections(next_tier) WHERE next_tier IS NOT NULL",
        // The exactly-once key: a tier fires once per case and cycle (`ON CONFLICT (case_id, cycle, tier)`).
        """
        CREATE TABLE escalations (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            case_id TEXT COLLATE "C" NOT NULL REFERENCES cases(id),
            cycle BIGINT NOT NULL CHECK (cycle >= 0),
            tier TEXT COLLATE "C" NOT NULL CHECK (tier <> ''),
            unit_id TEXT COLLATE "C" NOT NULL,
            due_at BIGINT NOT NULL,
            detected_at BIGINT NOT NULL,
            points_hundredths BIGINT NOT NULL,
            CONSTRAINT escalations_exactly_once UNIQUE (case_id, cycle, tier)
        )
        """,
        "CREATE INDEX escalations_by_detected ON escalations(detected_at)",
        """
        CREATE TABLE signoffs (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            escalation_id BIGINT NOT NULL REFERENCES escalations(id),
            level TEXT COLLATE "C" NOT NULL CHECK (level <> ''),
            status TEXT COLLATE "C" NOT NULL CHECK (status <> ''),
            due_at BIGINT NOT NULL,
            decided_by TEXT COLLATE "C",
            decided_at BIGINT,
            instruction TEXT COLLATE "C",
            reason TEXT COLLATE "C",
            returned_at BIGINT,
            paused_seconds BIGINT NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
            escalated_to BIGINT REFERENCES signoffs(id),
            order_case_id TEXT COLLATE "C",
            CHECK ((decided_by IS NULL) = (decided_at IS NULL))
        )
        """,
        "CREATE INDEX signoffs_by_escalation ON signoffs(escalation_id)",
        "CREATE INDEX signoffs_by_status_due ON signoffs(status, due_at)",
        """
        CREATE TABLE ledger (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            unit_id TEXT COLLATE "C" NOT NULL CHECK (unit_id <> ''),
            case_id TEXT COLLATE "C" REFERENCES cases(id),
            escalation_id BIGINT REFERENCES escalations(id),
            kind TEXT COLLATE "C" NOT NULL CHECK (kind <> ''),
            points_hundredths BIGINT NOT NULL,
            at BIGINT NOT NULL,
            reverses_id BIGINT REFERENCES ledger(id)
        )
        """,
        "CREATE INDEX ledger_by_unit ON ledger(unit_id, at)",
        "CREATE INDEX ledger_by_escalation ON ledger(escalation_id)",
        appendOnly(
            "ledger",
            changed: "ledger is append-only: a ledger entry cannot be changed; record a reversing entry instead",
            deleted: "ledger is append-only: a ledger entry cannot be deleted; record a reversing entry instead"
        ),
        "CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger FOR EACH ROW EXECUTE FUNCTION ledger_append_only()",
        "CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()",
        """
        CREATE TABLE audit (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at BIGINT NOT NULL,
            actor TEXT COLLATE "C" NOT NULL,
            action TEXT COLLATE "C" NOT NULL CHECK (action <> ''),
            detail TEXT COLLATE "C" NOT NULL,
            prev_hash TEXT COLLATE "C" NOT NULL,
            hash TEXT COLLATE "C" NOT NULL UNIQUE CHECK (hash <> '')
        )
        """,
        "CREATE INDEX audit_by_actor ON audit(actor, seq)",
        appendOnly(
            "audit",
            changed: "audit is append-only: an audit record cannot be changed; the audit chain only grows",
            deleted: "audit is append-only: an audit record cannot be deleted; the audit chain only grows"
        ),
        "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
        """
        CREATE TABLE notices (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind TEXT COLLATE "C" NOT NULL CHECK (kind <> ''),
            case_id TEXT COLLATE "C" NOT NULL REFERENCES cases(id),
            cycle BIGINT NOT NULL CHECK (cycle >= 0),
            unit_id TEXT COLLATE "C" NOT NULL CHECK (unit_id <> ''),
            category TEXT COLLATE "C" NOT NULL CHECK (category <> ''),
            urgency TEXT COLLATE "C" NOT NULL CHECK (urgency <> ''),
            tier TEXT COLLATE "C",
            action TEXT COLLATE "C",
            due_at BIGINT,
            at BIGINT NOT NULL,
            signoff_id BIGINT REFERENCES signoffs(id),
            signoff_level TEXT COLLATE "C",
            signoff_status TEXT COLLATE "C",
            decided_by TEXT COLLATE "C",
            order_case_id TEXT COLLATE "C",
            next_tier TEXT COLLATE "C",
            next_due_at BIGINT,
            routed_at BIGINT,
            CHECK ((signoff_id IS NULL) = (signoff_level IS NULL) AND (signoff_id IS NULL) = (signoff_status IS NULL)),
            CHECK ((next_tier IS NULL) = (next_due_at IS NULL))
        )
        """,
        "CREATE INDEX notices_unrouted ON notices(id) WHERE routed_at IS NULL",
        refusal("notices_routed_once", "notices is append-only: a notice is routed once"),
        """
        CREATE TRIGGER notices_routed_once BEFORE UPDATE OF routed_at ON notices FOR EACH ROW
        WHEN (OLD.routed_at IS NOT NULL OR NEW.routed_at IS NULL) EXECUTE FUNCTION notices_routed_once()
        """,
        refusal("notices_unchanged", "notices is append-only: a notice cannot be changed; only routed_at is set, once"),
        """
        CREATE TRIGGER notices_unchanged BEFORE UPDATE OF \(noticeColumns) ON notices
        FOR EACH ROW EXECUTE FUNCTION notices_unchanged()
        """,
        refusal("notices_no_delete", "notices is append-only: a notice cannot be deleted"),
        "CREATE TRIGGER notices_no_delete BEFORE DELETE ON notices FOR EACH ROW EXECUTE FUNCTION notices_no_delete()",
        "CREATE TRIGGER notices_no_truncate BEFORE TRUNCATE ON notices FOR EACH STATEMENT EXECUTE FUNCTION notices_no_delete()",
        """
        CREATE TABLE deliveries (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            notice_id BIGINT NOT NULL REFERENCES notices(id),
            receiver TEXT COLLATE "C" NOT NULL CHECK (receiver <> ''),
            idempotency_key TEXT COLLATE "C" NOT NULL UNIQUE CHECK (idempotency_key <> ''),
            urgent BIGINT NOT NULL CHECK (urgent IN (0, 1)),
            status TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'dead')),
            not_before BIGINT NOT NULL,
            group_key TEXT COLLATE "C",
            batch_id BIGINT,
            attempts BIGINT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt_at BIGINT,
            last_error TEXT COLLATE "C",
            created_at BIGINT NOT NULL,
            sent_at BIGINT,
            dead_reason TEXT COLLATE "C",
            UNIQUE (notice_id, receiver),
            CHECK ((status IN ('pending', 'failed')) = (next_attempt_at IS NOT NULL)),
            CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
            CHECK ((status = 'dead') = (dead_reason IS NOT NULL))
        )
        """,
        "CREATE INDEX deliveries_due ON deliveries(next_attempt_at, id) WHERE status IN ('pending', 'failed')",
        "CREATE INDEX deliveries_by_group ON deliveries(receiver, group_key) WHERE status IN ('pending', 'failed')",
        "CREATE INDEX deliveries_by_status ON deliveries(status, id)",
        refusal("deliveries_batch_once", "deliveries: a delivery''s batch is fixed once assigned"),
        """
        CREATE TRIGGER deliveries_batch_once BEFORE UPDATE OF batch_id ON deliveries FOR EACH ROW
        WHEN (OLD.batch_id IS NOT NULL AND NEW.batch_id IS DISTINCT FROM OLD.batch_id)
        EXECUTE FUNCTION deliveries_batch_once()
        """,
        refusal("deliveries_sent_final", "deliveries: a sent delivery never changes again"),
        """
        CREATE TRIGGER deliveries_sent_final BEFORE UPDATE ON deliveries FOR EACH ROW
        WHEN (OLD.status = 'sent') EXECUTE FUNCTION deliveries_sent_final()
        """,
        refusal(
            "deliveries_unchanged",
            "deliveries: a delivery''s notice, receiver, key, urgency, group and creation never change"
        ),
        """
        CREATE TRIGGER deliveries_unchanged BEFORE UPDATE OF \(deliveryColumns) ON deliveries
        FOR EACH ROW EXECUTE FUNCTION deliveries_unchanged()
        """,
        refusal("deliveries_no_delete", "deliveries: a delivery cannot be deleted; it ends sent or dead"),
        "CREATE TRIGGER deliveries_no_delete BEFORE DELETE ON deliveries FOR EACH ROW EXECUTE FUNCTION deliveries_no_delete()",
        "CREATE TRIGGER deliveries_no_truncate BEFORE TRUNCATE ON deliveries FOR EACH STATEMENT EXECUTE FUNCTION deliveries_no_delete()",
        """
        CREATE TABLE delivery_attempts (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            delivery_id BIGINT NOT NULL REFERENCES deliveries(id),
            at BIGINT NOT NULL,
            latency_ms BIGINT NOT NULL CHECK (latency_ms >= 0),
            http_status BIGINT,
            error TEXT COLLATE "C",
            outcome TEXT COLLATE "C" NOT NULL CHECK (outcome IN ('sent', 'failed', 'dead')),
            retry_at BIGINT,
            dead_reason TEXT COLLATE "C",
            CHECK ((outcome = 'failed') = (retry_at IS NOT NULL)),
            CHECK ((outcome = 'dead') = (dead_reason IS NOT NULL))
        )
        """,
        "CREATE INDEX delivery_attempts_by_delivery ON delivery_attempts(delivery_id, id)",
        appendOnly(
            "delivery_attempts",
            changed: "delivery_attempts is append-only: an attempt cannot be changed; record a new one instead",
            deleted: "delivery_attempts is append-only: an attempt cannot be deleted"
        ),
        """
        CREATE TRIGGER delivery_attempts_append_only BEFORE UPDATE OR DELETE ON delivery_attempts
        FOR EACH ROW EXECUTE FUNCTION delivery_attempts_append_only()
        """,
        """
        CREATE TRIGGER delivery_attempts_no_truncate BEFORE TRUNCATE ON delivery_attempts
        FOR EACH STATEMENT EXECUTE FUNCTION delivery_attempts_append_only()
        """,
        """
        CREATE TABLE api_keys (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL CHECK (name <> ''),
            scopes TEXT COLLATE "C" NOT NULL CHECK (scopes <> ''),
            secret_hash TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(secret_hash) = 64),
            created_at BIGINT NOT NULL,
            created_by TEXT COLLATE "C" NOT NULL CHECK (created_by <> ''),
            revoked_at BIGINT,
            revoked_by TEXT COLLATE "C",
            last_used_at BIGINT,
            CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
        )
        """,
        "CREATE UNIQUE INDEX api_keys_live_name ON api_keys(name) WHERE revoked_at IS NULL",
        refusal("api_keys_revoked_once", "api_keys: a key is revoked once, for good"),
        """
        CREATE TRIGGER api_keys_revoked_once BEFORE UPDATE OF revoked_at, revoked_by ON api_keys FOR EACH ROW
        WHEN (OLD.revoked_at IS NOT NULL) EXECUTE FUNCTION api_keys_revoked_once()
        """,
        refusal(
            "api_keys_unchanged",
            "api_keys: a key''s id, name, scopes, hash and creation never change; create a new key"
        ),
        """
        CREATE TRIGGER api_keys_unchanged BEFORE UPDATE OF \(apiKeyColumns) ON api_keys
        FOR EACH ROW EXECUTE FUNCTION api_keys_unchanged()
        """,
        refusal("api_keys_no_delete", "api_keys: a key cannot be deleted; revoke it"),
        "CREATE TRIGGER api_keys_no_delete BEFORE DELETE ON api_keys FOR EACH ROW EXECUTE FUNCTION api_keys_no_delete()",
        "CREATE TRIGGER api_keys_no_truncate BEFORE TRUNCATE ON api_keys FOR EACH STATEMENT EXECUTE FUNCTION api_keys_no_delete()",
        // The supervisor's lease: a single row (id 1), absent until a daemon first takes it.
        """
        CREATE TABLE supervisor_lease (
            id SMALLINT PRIMARY KEY CHECK (id = 1),
            holder TEXT COLLATE "C" NOT NULL CHECK (holder <> ''),
            epoch BIGINT NOT NULL CHECK (epoch >= 1),
            acquired_at TIMESTAMPTZ NOT NULL,
            renewed_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE supervisor_members (
            holder TEXT COLLATE "C" PRIMARY KEY CHECK (holder <> ''),
            host TEXT COLLATE "C" NOT NULL,
            pid BIGINT NOT NULL,
            state TEXT COLLATE "C" NOT NULL CHECK (state <> ''),
            started_at TIMESTAMPTZ NOT NULL,
            seen_at TIMESTAMPTZ NOT NULL,
            record TEXT CHECK (record IS NULL OR casewatch_is_json(record))
        )
        """,
    ]

    /// A trigger function `name()` that refuses whatever its trigger fires on with `message` (an SQL string
    /// literal's content: quotes doubled).
    private static func refusal(_ name: String, _ message: String) -> String {
        """
        CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '\(message)' USING ERRCODE = 'restrict_violation';
        END
        $$
        """
    }

    /// The trigger function `<table>_append_only()` of an append-only table: it refuses an UPDATE with
    /// `changed`, and a DELETE or TRUNCATE with `deleted` (SQLite's two messages; TRUNCATE deletes).
    private static func appendOnly(_ table: String, changed: String, deleted: String) -> String {
        """
        CREATE FUNCTION \(table)_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                RAISE EXCEPTION '\(changed)' USING ERRCODE = 'restrict_violation';
            END IF;
            RAISE EXCEPTION '\(deleted)' USING ERRCODE = 'restrict_violation';
        END
        $$
        """
    }
}
