/// Migration "v6-outbox": the notices people must be told of, their deliveries to receivers, and every
/// attempt to send one.
///
/// A notice is written by the very transaction that makes it true (an escalation, a sign-off requested,
/// passed up or decided, a supervision order), so a crash never loses one and none exists for a change
/// that did not commit. Notices are append-only except `routed_at`, set once when the routing has turned
/// the notice into deliveries. A delivery (one per notice and receiver) moves pending → failed → … →
/// sent or dead; once sent it never changes again. Attempts are append-only, each with its outcome (the
/// retry instant of a failure, the reason of a give-up).
enum SchemaV6 {
    /// The migration's identifier.
    static let identifier = "v6-outbox"

    /// The notice columns that never change once written.
    private static let noticeColumns = """
        id, kind, case_id, cycle, unit_id, category, urgency, tier, action, due_at, at, signoff_id, signoff_level,
        signoff_status, decided_by, order_case_id, next_tier, next_due_at
        """

    /// The delivery columns that never change once written.
    private static let deliveryColumns = "id, notice_id, receiver, idempotency_key, urgent, group_key, created_at"

    /// The statements, in order.
    static let statements: [String] = [
        """
        CREATE TABLE notices (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind <> ''),
            case_id TEXT NOT NULL REFERENCES cases(id),
            cycle INTEGER NOT NULL CHECK (cycle >= 0),
            unit_id TEXT NOT NULL CHECK (unit_id <> ''),
            category TEXT NOT NULL CHECK (category <> ''),
            urgency TEXT NOT NULL CHECK (urgency <> ''),
            tier TEXT,
            action TEXT,
            due_at INTEGER,
            at INTEGER NOT NULL,
            signoff_id INTEGER REFERENCES signoffs(id),
            signoff_level TEXT,
            signoff_status TEXT,
            decided_by TEXT,
            order_case_id TEXT,
            next_tier TEXT,
            next_due_at INTEGER,
            routed_at INTEGER,
            CHECK ((signoff_id IS NULL) = (signoff_level IS NULL) AND (signoff_id IS NULL) = (signoff_status IS NULL)),
            CHECK ((next_tier IS NULL) = (next_due_at IS NULL))
        )
        """,
        "CREATE INDEX notices_unrouted ON notices(id) WHERE routed_at IS NULL",
        """
        CREATE TRIGGER notices_no_update BEFORE UPDATE OF \(noticeColumns) ON notices
        BEGIN SELECT RAISE(ABORT, 'notices is append-only: a notice cannot be changed; only routed_at is set, once'); END;
        CREATE TRIGGER notices_routed_once BEFORE UPDATE OF routed_at ON notices
        WHEN OLD.routed_at IS NOT NULL OR NEW.routed_at IS NULL
        BEGIN SELECT RAISE(ABORT, 'notices is append-only: a notice is routed once'); END;
        CREATE TRIGGER notices_no_delete BEFORE DELETE ON notices
        BEGIN SELECT RAISE(ABORT, 'notices is append-only: a notice cannot be deleted'); END
        """,
        """
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            receiver TEXT NOT NULL CHECK (receiver <> ''),
            idempotency_key TEXT NOT NULL UNIQUE CHECK (idempotency_key <> ''),
            urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
            status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'dead')),
            not_before INTEGER NOT NULL,
            group_key TEXT,
            batch_id INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_attempt_at INTEGER,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            dead_reason TEXT,
            UNIQUE (notice_id, receiver),
            CHECK ((status IN ('pending', 'failed')) = (next_attempt_at IS NOT NULL)),
            CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
            CHECK ((status = 'dead') = (dead_reason IS NOT NULL))
        )
        """,
        "CREATE INDEX deliveries_due ON deliveries(next_attempt_at, id) WHERE status IN ('pending', 'failed')",
        "CREATE INDEX deliveries_by_group ON deliveries(receiver, group_key) WHERE status IN ('pending', 'failed')",
        "CREATE INDEX deliveries_by_status ON deliveries(status, id)",
        """
        CREATE TRIGGER deliveries_no_update BEFORE UPDATE OF \(deliveryColumns) ON deliveries
        BEGIN SELECT RAISE(ABORT, 'deliveries: a delivery''s notice, receiver, key, urgency, group and creation never change'); END;
        CREATE TRIGGER deliveries_sent_final BEFORE UPDATE ON deliveries WHEN OLD.status = 'sent'
        BEGIN SELECT RAISE(ABORT, 'deliveries: a sent delivery never changes again'); END;
        CREATE TRIGGER deliveries_batch_once BEFORE UPDATE OF batch_id ON deliveries
        WHEN OLD.batch_id IS NOT NULL AND NEW.batch_id IS NOT OLD.batch_id
        BEGIN SELECT RAISE(ABORT, 'deliveries: a delivery''s batch is fixed once assigned'); END;
        CREATE TRIGGER deliveries_no_delete BEFORE DELETE ON deliveries
        BEGIN SELECT RAISE(ABORT, 'deliveries: a delivery cannot be deleted; it ends sent or dead'); END
        """,
        """
        CREATE TABLE delivery_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
            at INTEGER NOT NULL,
            latency_ms INTEGER NOT NULL CHECK (latency_ms >= 0),
            http_status INTEGER,
            error TEXT,
            outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'failed', 'dead')),
            retry_at INTEGER,
            dead_reason TEXT,
            CHECK ((outcome = 'failed') = (retry_at IS NOT NULL)),
            CHECK ((outcome = 'dead') = (dead_reason IS NOT NULL))
        )
        """,
        "CREATE INDEX delivery_attempts_by_delivery ON delivery_attempts(delivery_id, id)",
        """
        CREATE TRIGGER delivery_attempts_no_update BEFORE UPDATE ON delivery_attempts
        BEGIN SELECT RAISE(ABORT, 'delivery_attempts is append-only: an attempt cannot be changed; record a new one instead'); END;
        CREATE TRIGGER delivery_attempts_no_delete BEFORE DELETE ON delivery_attempts
        BEGIN SELECT RAISE(ABORT, 'delivery_attempts is append-only: an attempt cannot be deleted'); END
        """,
    ]
}
