import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Registers cases `ids` in `store`.
func registerCases(_ ids: [String], in store: any CaseStore) throws {
    try store.write { writer throws in
        for id in ids {
            try writer.insertEvent(StoreFixtures.registration("reg-\(id)", case: id), batch: nil, recordedAt: StoreFixtures.t0)
        }
    }
}

@Test(arguments: StoreBackend.allCases)
func projectionsRoundTripAndUpsert(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try registerCases(["C-1"], in: store)
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

@Test(arguments: StoreBackend.allCases)
func projectionColumnsServeQueries(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    try registerCases(["C-1"], in: scratch.store)
    let projection = try StoreFixtures.projection("C-1", provisional: true)
    try scratch.store.write { try $0.saveProjection(projection, nextStep: projection.steps[1]) }
    let columns = [
        "status", "unit_id", "cycle", "accept_due", "resolve_due", "resolve_due_effective", "provisional", "suspended_since",
        "next_tier", "next_deadline", "next_due", "next_provisional", "last_event_at", "event_count",
    ]
    let row = try #require(try scratch.textRows(
        "SELECT \(columns.map { "CAST(\($0) AS TEXT)" }.joined(separator: ", ")), state FROM projections"
    ).first)
    let values = Dictionary(uniqueKeysWithValues: zip(columns, row))
    #expect(values["status"] == "accepted")
    #expect(values["unit_id"] == "cc.nanguan")
    #expect(values["cycle"] == "1")
    #expect(values["accept_due"] == "\(StoreFixtures.at(120).secondsSinceEpoch)")
    #expect(values["resolve_due"] == "\(StoreFixtures.at(6000).secondsSinceEpoch)")
    #expect(values["resolve_due_effective"] == "\(StoreFixtures.at(9000).secondsSinceEpoch)")
    #expect(values["provisional"] == "1")
    #expect(values["suspended_since"] == .some(nil))
    #expect(values["next_tier"] == "overdue")
    #expect(values["next_deadline"] == "resolve")
    #expect(values["next_due"] == "\(StoreFixtures.at(9000).secondsSinceEpoch)")
    #expect(values["next_provisional"] == "1")
    #expect(values["last_event_at"] == "\(StoreFixtures.at(70).secondsSinceEpoch)")
    #expect(values["event_count"] == "4")
    let state = try #require(row.last ?? nil)
    #expect(state.hasPrefix(#"{"accept":{"due":"#), "keys are sorted: \(state)")
    #expect(state == ProjectionJSON.encode(projection), "the whole projection, as the shared writer makes it")
}

@Test(arguments: StoreBackend.allCases)
func projectionQueriesFilterByStatusAndUnitInCaseOrder(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let ids = ["C-5", "C-3", "C-1", "C-4", "C-2"]
    try registerCases(ids, in: store)
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

@Test(arguments: StoreBackend.allCases)
func aProjectionOfAnUnregisteredCaseIsRefused(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    #expect(throws: StoreError.unknownCase(CaseID("C-1"))) {
        try store.write { try $0.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil) }
    }
    // A refused upsert leaves the writer usable: the next one in the same transaction is stored.
    try registerCases(["C-2"], in: store)
    try store.write { writer throws in
        #expect(throws: StoreError.unknownCase(CaseID("C-1"))) {
            try writer.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil)
        }
        try writer.saveProjection(try StoreFixtures.projection("C-2"), nextStep: nil)
    }
    #expect(try store.read { try $0.projections() }.map(\.caseID) == [CaseID("C-2")])
}

@Test(arguments: StoreBackend.allCases)
func aStoredProjectionThatNoLongerDecodesIsReportedCorrupt(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    try registerCases(["C-1"], in: scratch.store)
    try scratch.store.write { try $0.saveProjection(try StoreFixtures.projection("C-1"), nextStep: nil) }
    try scratch.tamper(#"UPDATE projections SET state = '{"caseID":"C-1"}'"#)
    let error = #expect(throws: StoreError.self) { try scratch.store.read { try $0.projection(of: CaseID("C-1")) } }
    #expect(error?.description.contains("the projection of case 'C-1' does not decode") == true)
}

@Test(arguments: StoreBackend.allCases)
func firedTiersComeFromEscalationsOfTheCycle(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    try registerCases(["C-1"], in: scratch.store)
    for (cycle, tier) in [(1, "warning"), (1, "overdue"), (2, "warning")] {
        try scratch.tamper("""
            INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
            VALUES ('C-1', \(cycle), '\(tier)', 'cc.nanguan', 0, 0, 100)
            """)
    }
    scratch.expectRefusal("""
        INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
        VALUES ('C-1', 1, 'warning', 'cc.nanguan', 0, 0, 100)
        """, saying: backend == .sqlite ? "UNIQUE constraint failed" : "violates unique constraint \"escalations_exactly_once\"")
    try scratch.store.read { reader throws in
        #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 1) == [.warning, .overdue])
        #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 2) == [.warning])
        #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 3) == [])
    }
    try scratch.tamper("""
        INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
        VALUES ('C-1', 3, 'teleported', 'cc.nanguan', 0, 0, 100)
        """)
    let error = #expect(throws: StoreError.self) { try scratch.store.read { try $0.firedTiers(of: CaseID("C-1"), cycle: 3) } }
    #expect(error == .corrupt("case 'C-1' cycle 3: escalation tier 'teleported' is unknown"))
}
