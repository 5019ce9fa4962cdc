import CaseWatchCore
import CaseWatchTesting
import GRDB
import Testing
@testable import CaseWatchStore

/// Rows valid at each schema version, written with the SQL of that version.
///
/// Every migration needs an entry: the test below fails for a new migration until its rows are added.
private let seedsByVersion: [String: @Sendable (Database) throws -> Void] = [
    "v1-initial": seedV1,
    "v2-signoff-decisions": seedV2,
    // v3 only adds indexes; the rows of v2 are all it needs, read back through them afterwards.
    "v3-assessment-indexes": seedV2,
    // v4 only replaces an index.
    "v4-pending-steps-index": seedV2,
    // v5 adds the assessed columns to projections, filled in from their JSON (AssessedColumnsTests reads them).
    "v5-assessed-columns": seedV2,
    // v6 adds the outbox: a routed notice, its delivery, one failed attempt.
    "v6-outbox": seedV6,
    // v7 adds API keys: one in force, one revoked.
    "v7-api-keys": seedV7,
    // v8 only adds an index.
    "v8-wall-index": seedV7,
]

/// The rows of schema version 7.
private let seedV7: @Sendable (Database) throws -> Void = { db throws in
    try seedV6(db)
    try db.execute(sql: """
        INSERT INTO api_keys (name, scopes, secret_hash, created_at, created_by, last_used_at)
            VALUES ('crm', 'ingest,read', '\(String(repeating: "a", count: 64))', 1728900000, 'staff:ops', 1728900060);
        INSERT INTO api_keys (name, scopes, secret_hash, created_at, created_by, revoked_at, revoked_by)
            VALUES ('crm', 'read', '\(String(repeating: "b", count: 64))', 1728800000, 'staff:ops', 1728850000, 'staff:ops');
        """)
}

/// The rows of schema version 6.
private let seedV6: @Sendable (Database) throws -> Void = { db throws in
    try seedV2(db)
    try db.execute(sql: """
        INSERT INTO notices (kind, case_id, cycle, unit_id, category, urgency, tier, action, due_at, at, signoff_id,
            signoff_level, signoff_status, next_tier, next_due_at, routed_at)
            VALUES ('signoff_requested', 'C-1', 1, 'cc.nanguan', 'road.pothole', 'normal', 'leadership', 'signoff',
                1729000000, 1728900005, 1, 'district', 'pending', 'notice', 1729100000, 1728900006);
        INSERT INTO deliveries (notice_id, receiver, idempotency_key, urgent, status, not_before, attempts, next_attempt_at,
            last_error, created_at) VALUES (1, 'office', 'cw1-0123', 1, 'failed', 1728900006, 1, 1728900066, 'HTTP 500', 1728900006);
        INSERT INTO delivery_attempts (delivery_id, at, latency_ms, http_status, outcome, retry_at)
            VALUES (1, 1728900006, 40, 500, 'failed', 1728900066);
        """)
}

/// The rows of schema version 2.
private let seedV2: @Sendable (Database) throws -> Void = { db throws in
    try seedV1(db)
    try db.execute(sql: """
        UPDATE signoffs SET status = 'returned', returned_at = 1728950000, paused_seconds = 60;
        INSERT INTO signoffs (escalation_id, level, status, due_at, order_case_id, escalated_to)
            VALUES (1, 'city', 'approved', 1729100000, 'SO-2-C-1', NULL);
        """)
}

/// The rows of schema version 1.
private let seedV1: @Sendable (Database) throws -> Void = { db throws in
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES ('installation', 'migration-test');
            INSERT INTO units (id, name, level, parent_id) VALUES ('cc', '长春市', 'city', NULL),
                ('cc.nanguan', '南关区', 'district', 'cc');
            INSERT INTO leaders (id, name, title, level, jurisdiction_id, token_hash, token_issued_at)
                VALUES ('l-1', '李区长', '副区长', 'district', 'cc.nanguan', 'hash', 1728349200);
            INSERT INTO ingest_batches (source, started_at, finished_at, events, duplicates)
                VALUES ('seed.jsonl', 1728349200, 1728349260, 2, 0);
            INSERT INTO cases (id, category, urgency, policy_version, registered_at)
                VALUES ('C-1', 'road.pothole', 'normal', '2024.1', 1728349200);
            INSERT INTO case_events (event_id, case_id, type, at, actor, fields, batch_id, recorded_at) VALUES
                ('e-1', 'C-1', 'registered', 1728349200, 'agent',
                 '{"category":"road.pothole","policy_version":"2024.1","urgency":"normal"}', 1, 1728349260),
                ('e-2', 'C-1', 'dispatched', 1728349260, 'agent', '{"unit":"cc.nanguan"}', 1, 1728349260);
            INSERT INTO escalations (id, case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
                VALUES (1, 'C-1', 1, 'leadership', 'cc.nanguan', 1728900000, 1728900005, 200);
            INSERT INTO signoffs (escalation_id, level, status, due_at) VALUES (1, 'district', 'pending', 1729000000);
            INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at)
                VALUES ('cc.nanguan', 'C-1', 1, 'deduction', 200, 1728900005);
            INSERT INTO audit (at, actor, action, detail, prev_hash, hash)
                VALUES (1728900005, 'system', 'escalate', 'C-1 leadership', '', 'h1');
            """)
        let projection = try StoreFixtures.projection("C-1")
        try db.execute(
            sql: """
                INSERT INTO projections (case_id, status, unit_id, cycle, accept_due, resolve_due, resolve_due_effective,
                    provisional, suspended_since, next_tier, next_deadline, next_due, next_provisional, last_event_at,
                    event_count, state)
                VALUES ('C-1', 'accepted', 'cc.nanguan', 1, 1728356400, 1728709200, 1728889200, 0, NULL,
                    'warning', 'resolve', 1728637200, 0, 1728353400, 4, ?)
                """,
            arguments: [ProjectionJSON.encode(projection)]
        )
}

/// Every row of every table (but GRDB's own), each row as its column values.
private func dump(_ pool: DatabasePool) throws -> [String: [[String: DatabaseValue]]] {
    try pool.read { db throws in
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'"
        )
        var dump: [String: [[String: DatabaseValue]]] = [:]
        for table in tables {
            dump[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { row in
                Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) })
            }
        }
        return dump
    }
}

@Test func migrationIdentifiersAreVersionedAndUnique() {
    let identifiers = SQLiteCaseStore.migrationIdentifiers
    #expect(identifiers.first == "v1-initial")
    #expect(Set(identifiers).count == identifiers.count)
    for (index, identifier) in identifiers.enumerated() {
        #expect(identifier.hasPrefix("v\(index + 1)-"), "\(identifier)")
    }
}

@Test(arguments: SQLiteCaseStore.migrationIdentifiers)
func rowsWrittenAtAVersionSurviveMigrationToTheLatest(_ version: String) throws {
    let seed = try #require(seedsByVersion[version], "add rows valid at \(version) to seedsByVersion")
    try TemporaryDirectory.with { directory throws in
        let path = directory.path + "/\(version).sqlite"
        let before: [String: [[String: DatabaseValue]]]
        do {
            let old = try SQLiteCaseStore.create(at: path, migratingUpTo: version)
            #expect(try old.schemaVersion() == version)
            try old.pool.write(seed)
            before = try dump(old.pool)
        }
        let migrated = try SQLiteCaseStore.open(at: path)
        #expect(try migrated.schemaVersion() == SQLiteCaseStore.migrationIdentifiers.last)
        let after = try dump(migrated.pool)
        for (table, rows) in before {
            #expect(rows.isEmpty == false, "the seed of \(version) leaves \(table) empty")
            let kept = try #require(after[table], "table \(table) is gone after migrating from \(version)")
            #expect(kept.count >= rows.count, "\(table) lost rows")
            for (old, new) in zip(rows, kept) {
                #expect(new.filter { old[$0.key] != nil } == old, "\(table) row changed: \(old) → \(new)")
            }
        }
        // And the migrated rows still read back as values.
        try migrated.read { reader throws in
            #expect(try reader.events(of: CaseID("C-1")).map(\.event.kind.type) == [.registered, .dispatched])
            #expect(try reader.projection(of: CaseID("C-1"))?.caseID == CaseID("C-1"))
            #expect(try reader.units().map(\.id.rawValue) == ["cc", "cc.nanguan"])
            #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 1) == [.leadership])
        }
    }
}
