/// Migration "v1-initial": the first schema.
///
/// Instants are INTEGER seconds since the Unix epoch (UTC). Domain values (statuses, levels, event types,
/// tiers) are TEXT validated by the core when they are read back, so that a new value never needs a table
/// rebuild; the constraints here guard shape: non-empty keys, counts and flags in range, JSON where JSON
/// is stored, and references between rows. The event log, the ledger and the audit chain are append-only.
enum SchemaV1 {
    /// The migration's identifier.
    static let identifier = "v1-initial"

    /// The statements that create the schema, in order.
    static let statements: [String] = [
        """
        CREATE TABLE meta (
            key TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
            value TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE units (
            id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
            name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level <> ''),
            parent_id TEXT REFERENCES units(id) CHECK (parent_id IS NULL OR parent_id <> id)
        )
        """,
        "CREATE INDEX units_by_parent ON units(parent_id)",
        """
        CREATE TABLE leaders (
            id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level <> ''),
            jurisdiction_id TEXT NOT NULL REFERENCES units(id),
            token_hash TEXT,
            token_issued_at INTEGER,
            token_revoked_at INTEGER,
            CHECK ((token_hash IS NULL) = (token_issued_at IS NULL)),
            CHECK (token_revoked_at IS NULL OR token_issued_at IS NOT NULL)
        )
        """,
        """
        CREATE TABLE cases (
            id TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
            category TEXT NOT NULL CHECK (category <> ''),
            urgency TEXT NOT NULL CHECK (urgency <> ''),
            policy_version TEXT,
            registered_at INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE ingest_batches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER CHECK (finished_at IS NULL OR finished_at >= started_at),
            events INTEGER NOT NULL DEFAULT 0 CHECK (events >= 0),
            duplicates INTEGER NOT NULL DEFAULT 0 CHECK (duplicates >= 0)
        )
        """,
        """
        CREATE TABLE case_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE CHECK (event_id <> ''),
            case_id TEXT NOT NULL REFERENCES cases(id),
            type TEXT NOT NULL CHECK (type <> ''),
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields) AND json_type(fields) = 'object'),
            batch_id INTEGER REFERENCES ingest_batches(id),
            recorded_at INTEGER NOT NULL
        )
        """,
        "CREATE INDEX case_events_by_case ON case_events(case_id, seq)",
        appendOnly("case_events", what: "an event", remedy: "record a new event instead"),
        """
        CREATE TABLE projections (
            case_id TEXT NOT NULL PRIMARY KEY REFERENCES cases(id),
            status TEXT NOT NULL CHECK (status <> ''),
            unit_id TEXT,
            cycle INTEGER NOT NULL CHECK (cycle >= 0),
            accept_due INTEGER,
            resolve_due INTEGER,
            resolve_due_effective INTEGER,
            provisional INTEGER NOT NULL CHECK (provisional IN (0, 1)),
            suspended_since INTEGER,
            next_tier TEXT,
            next_deadline TEXT,
            next_due INTEGER,
            next_provisional INTEGER CHECK (next_provisional IN (0, 1)),
            last_event_at INTEGER NOT NULL,
            event_count INTEGER NOT NULL CHECK (event_count >= 0),
            state TEXT NOT NULL,
            CHECK ((resolve_due IS NULL) = (resolve_due_effective IS NULL)),
            CHECK ((next_tier IS NULL) = (next_due IS NULL)
                AND (next_tier IS NULL) = (next_deadline IS NULL)
                AND (next_tier IS NULL) = (next_provisional IS NULL))
        )
        """,
        "CREATE INDEX projections_by_status ON projections(status)",
        "CREATE INDEX projections_by_unit ON projections(unit_id)",
        "CREATE INDEX projections_by_next_due ON projections(next_due)",
        """
        CREATE TABLE escalations (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            cycle INTEGER NOT NULL CHECK (cycle >= 0),
            tier TEXT NOT NULL CHECK (tier <> ''),
            unit_id TEXT NOT NULL,
            due_at INTEGER NOT NULL,
            detected_at INTEGER NOT NULL,
            points_hundredths INTEGER NOT NULL,
            UNIQUE (case_id, cycle, tier)
        )
        """,
        """
        CREATE TABLE signoffs (
            id INTEGER PRIMARY KEY,
            escalation_id INTEGER NOT NULL REFERENCES escalations(id),
            level TEXT NOT NULL CHECK (level <> ''),
            status TEXT NOT NULL CHECK (status <> ''),
            due_at INTEGER NOT NULL,
            decided_by TEXT,
            decided_at INTEGER,
            instruction TEXT,
            reason TEXT,
            CHECK ((decided_by IS NULL) = (decided_at IS NULL))
        )
        """,
        "CREATE INDEX signoffs_by_escalation ON signoffs(escalation_id)",
        """
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            unit_id TEXT NOT NULL CHECK (unit_id <> ''),
            case_id TEXT REFERENCES cases(id),
            escalation_id INTEGER REFERENCES escalations(id),
            kind TEXT NOT NULL CHECK (kind <> ''),
            points_hundredths INTEGER NOT NULL,
            at INTEGER NOT NULL,
            reverses_id INTEGER REFERENCES ledger(id)
        )
        """,
        "CREATE INDEX ledger_by_unit ON ledger(unit_id, at)",
        appendOnly("ledger", what: "a ledger entry", remedy: "record a reversing entry instead"),
        """
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action <> ''),
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE CHECK (hash <> '')
        )
        """,
        appendOnly("audit", what: "an audit record", remedy: "the audit chain only grows"),
    ]

    /// Two triggers that abort any UPDATE or DELETE on `table`, with a message naming it.
    private static func appendOnly(_ table: String, what: String, remedy: String) -> String {
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: \(what) cannot be changed; \(remedy)'); END;
        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
        BEGIN SELECT RAISE(ABORT, '\(table) is append-only: \(what) cannot be deleted; \(remedy)'); END
        """
    }
}
