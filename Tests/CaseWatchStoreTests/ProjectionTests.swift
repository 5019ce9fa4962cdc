import CaseWatchCore
import CaseWatchTesting
import GRDB
import Testing
@testable import CaseWatchStore

/// Registers cases `ids` in `store`.
private func register(_ ids: [String], in store: SQLiteCaseStore) throws {
    try store.write { writer throws in
        for id in ids {
            try writer.insertEvent(StoreFixtures.registration("reg-\(id)", case: id), batch: nil, recordedAt: StoreFixtures.t0)
        }
    }
}

@Test func projectionsRoundTripAndUpsert() throws {
    try TemporaryStore.with { store throws in
        try register(["C-1"], in: store)
        let first = try StoreFixtures.projection("C-1", provisional: true)
        try store.write { try $0.saveProjection(first, nextStep: first.nextStep()) }
        try store.read { reader throws in
            #expect(try reader.projection(of: CaseID("C-1")) == first)
            #expect(try reader.storedNextStep(of: CaseID("C-1")) == first.steps[0])
            #expect(try reader.projection(of: CaseID("C-2")) == nil)
            #expect(try reader.storedNextStep(of: CaseID("C-2")) == nil)
        }
        var second = first
        second.status = .replied
        second.unit = UnitID("cc.chaoyang")
        second.steps = []
        second.eventCount = 9
        try store.write { writer throws in
            try writer.saveProjection(second, nextStep: nil)
            #expect(try writer.projection(of: CaseID("C-1")) == second)
        }
        try store.read { reader throws in
            #expect(try reader.projection(of: CaseID("C-1")) == second)
            #expect(try reader.storedNextStep(of: CaseID("C-1")) == nil)
            #expect(try reader.projections().count == 1)
        }
    }
}

@Test func projectionColumnsServeQueries() throws {
    try TemporaryStore.with { store throws in
        try register(["C-1"], in: store)
        let projection = try StoreFixtures.projection("C-1", provisional: true)
        try store.write { try $0.saveProjection(projection, nextStep: projection.steps[1]) }
        let row = try #require(try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM projections") })
        #expect(row["status"] == "accepted")
        #expect(row["unit_id"] == "cc.nanguan")
        #expect(row["cycle"] == 1)
        #expect(row["accept_due"] == StoreFixtures.at(120).secondsSinceEpoch)
        #expect(row["resolve_due"] == StoreFixtures.at(6000).secondsSinceEpoch)
        #expect(row["resolve_due_effective"] == StoreFixtures.at(9000).secondsSinceEpoch)
        #expect(row["provisional"] == true)
        #expect(row["suspended_since"] as DatabaseValue == .null)
        #expect(row["next_tier"] == "overdue")
        #expect(row["next_deadline"] == "resolve")
        #expect(row["next_due"] == StoreFixtures.at(9000).secondsSinceEpoch)
        #expect(row["next_provisional"] == true)
        #expect(row["last_event_at"] == StoreFixtures.at(70).secondsSinceEpoch)
        #expect(row["event_count"] == 4)
        let state: String = row["state"]
        #expect(state.hasPrefix(#"{"accept":{"due":"#), "keys are sorted: \(state)")
    }
}

@Test func projectionQueriesFilterByStatusAndUnitInCaseOrder() throws {
    try TemporaryStore.with { store throws in
        let ids = ["C-5", "C-3", "C-1", "C-4", "C-2"]
        try register(ids, in: store)
        let projections = [
            try StoreFixtures.projection("C-5", status: .accepted, unit: "cc.nanguan"),
            try StoreFixtures.projection("C-3", status: .dispatched, unit: "cc.nanguan"),
            try StoreFixtures.projection("C-1", status: .accepted, unit: "cc.chaoyang"),
            try StoreFixtures.projection("C-4", status: .returned, unit: nil),
            try StoreFixtures.projection("C-2", status: .accepted, unit: "cc.nanguan"),
        ]
        try store.write { writer throws in
            for projection in projections { try writer.saveProjection(projection, nextStep: nil) }
        }
        try store.read { reader throws in
            #expect(try reader.projections().map(\.caseID.rawValue) == ["C-1", "C-2", "C-3", "C-4", "C-5"])
            #expect(try reader.projections(status: .accepted).map(\.caseID.rawValue) == ["C-1", "C-2", "C-5"])
            #expect(try reader.projections(unit: UnitID("cc.nanguan")).map(\.caseID.rawValue) == ["C-2", "C-3", "C-5"])
            #expect(try reader.projections(status: .accepted, unit: UnitID("cc.nanguan")).map(\.caseID.rawValue) == ["C-2", "C-5"])
            #expect(try reader.projections(status: .closed) == [])
            #expect(try reader.caseIDs().map(\.rawValue) == ["C-1", "C-2", "C-3", "C-4", "C-5"])
        }
    }
}

@Test func aProjectionOfAnUnregisteredCaseIsRefused() throws {
    try TemporaryStore.with { store throws in
        #expect(throws: StoreError.unknownCase(CaseID("C-1"))) {
            try store.write { try $0.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil) }
        }
        // A refused upsert leaves the writer usable: the next one in the same transaction is stored.
        try register(["C-2"], in: store)
        try store.write { writer throws in
            #expect(throws: StoreError.unknownCase(CaseID("C-1"))) {
                try writer.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil)
            }
            try writer.saveProjection(try StoreFixtures.projection("C-2"), nextStep: nil)
        }
        #expect(try store.read { try $0.projections() }.map(\.caseID) == [CaseID("C-2")])
    }
}

@Test func aStoredProjectionThatNoLongerDecodesIsReportedCorrupt() throws {
    try TemporaryStore.with { store throws in
        try register(["C-1"], in: store)
        try store.write { try $0.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil) }
        try store.pool.write { db in try db.execute(sql: #"UPDATE projections SET state = '{"caseID":"C-1"}'"#) }
        let error = #expect(throws: StoreError.self) { try store.read { try $0.projection(of: CaseID("C-1")) } }
        #expect(error?.description.contains("the projection of case 'C-1' does not decode") == true)
    }
}

@Test func firedTiersComeFromEscalationsOfTheCycle() throws {
    try TemporaryStore.with { store throws in
        try register(["C-1"], in: store)
        try store.pool.write { db throws in
            for (cycle, tier) in [(1, "warning"), (1, "overdue"), (2, "warning")] {
                try db.execute(
                    sql: """
                        INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
                        VALUES ('C-1', ?, ?, 'cc.nanguan', 0, 0, 100)
                        """,
                    arguments: [cycle, tier]
                )
            }
            let duplicate = #expect(throws: DatabaseError.self) {
                try db.execute(sql: """
                    INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
                    VALUES ('C-1', 1, 'warning', 'cc.nanguan', 0, 0, 100)
                    """)
            }
            #expect(duplicate?.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
        }
        try store.read { reader throws in
            #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 1) == [.warning, .overdue])
            #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 2) == [.warning])
            #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 3) == [])
        }
    }
}
