import CaseWatchCore
import CaseWatchTesting
import GRDB
import Testing
@testable import CaseWatchStore

/// Projections that set, and leave out, each member assessment reads.
private func assessedVariants() throws -> [CaseProjection] {
    var full = try StoreFixtures.projection("C-1", status: .closed, unit: "cc.nanguan", provisional: true)
    full.closedAt = StoreFixtures.at(90)
    full.satisfaction = .basicallySatisfied
    full.reopens = 2
    full.policyVersion = "2024.2"
    full.resolve?.metAt = StoreFixtures.at(85)
    full.accept?.extendedDue = StoreFixtures.at(130)
    full.accept?.provisional = true
    full.accept?.explicit = true
    var sparse = try StoreFixtures.projection("C-2", status: .registered, unit: nil)
    sparse.accept = nil
    sparse.resolve = nil
    var plain = try StoreFixtures.projection("C-3")
    plain.resolve?.extendedDue = nil
    plain.resolve?.explicit = false
    plain.accept?.metAt = nil
    return [full, sparse, plain]
}

/// What assessment reads of the cases dispatched in the hour after ``StoreFixtures/t0``.
private func assessed(in store: any CaseStore) throws -> [AssessedCase] {
    var cases: [AssessedCase] = []
    _ = try store.read { reader throws in
        try reader.forEachCaseDispatched(from: StoreFixtures.t0, before: StoreFixtures.at(60)) { cases.append($0) }
    }
    return cases.sorted { $0.caseID.rawValue < $1.caseID.rawValue }
}

/// Registers and dispatches each projection's case, five minutes after ``StoreFixtures/t0``.
private func registerAndDispatch(_ projections: [CaseProjection], with writer: any StoreWriter) throws {
    for projection in projections {
        let id = projection.caseID.rawValue
        try writer.insertEvent(StoreFixtures.registration("reg-\(id)", case: id), batch: nil, recordedAt: StoreFixtures.t0)
        let dispatch = StoreFixtures.event("dis-\(id)", case: id, .dispatched(unit: UnitID("cc.nanguan"), resolveBy: nil), minutes: 5)
        try writer.insertEvent(dispatch, batch: nil, recordedAt: StoreFixtures.t0)
    }
}

@Test(arguments: StoreBackend.allCases)
func assessmentReadsFromTheColumnsWhatTheProjectionSays(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let projections = try assessedVariants()
    try store.write { writer throws in
        try registerAndDispatch(projections, with: writer)
        for projection in projections { try writer.saveProjection(projection, nextStep: nil) }
    }
    let expected = projections.map { AssessedCase($0, dispatchedAt: StoreFixtures.at(5)) }
    #expect(try assessed(in: store) == expected)
    // An upsert replaces every assessed column: the full projection becomes the sparse one's members.
    var replaced = projections[1]
    replaced.caseID = projections[0].caseID
    try store.write { try $0.saveProjection(replaced, nextStep: nil) }
    #expect(try assessed(in: store).first == AssessedCase(replaced, dispatchedAt: StoreFixtures.at(5)))
}

@Test(arguments: StoreBackend.allCases)
func anAssessedColumnThatDoesNotReadBackIsCorrupt(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let projections = try assessedVariants()
    try scratch.store.write { writer throws in
        try registerAndDispatch(projections, with: writer)
        for projection in projections { try writer.saveProjection(projection, nextStep: nil) }
    }
    try scratch.tamper("UPDATE projections SET satisfaction = 'delighted' WHERE case_id = 'C-1'")
    #expect(throws: StoreError.corrupt("the projection of case 'C-1' has an unknown satisfaction 'delighted'")) {
        try assessed(in: scratch.store)
    }
    try scratch.tamper("UPDATE projections SET satisfaction = NULL, policy_version = NULL WHERE case_id = 'C-1'")
    #expect(throws: StoreError.corrupt("the projection of case 'C-1' has no policy version")) { try assessed(in: scratch.store) }
}

@Test func migrationToV5FillsTheAssessedColumnsFromTheStoredJSON() throws {
    try TemporaryDirectory.with { directory throws in
        let path = directory.path + "/v4.sqlite"
        let projections = try assessedVariants()
        do {
            let old = try SQLiteCaseStore.create(at: path, migratingUpTo: "v4-pending-steps-index")
            try old.write { writer throws in try registerAndDispatch(projections, with: writer) }
            try old.pool.write { db throws in
                for projection in projections {
                    try db.execute(
                        sql: """
                            INSERT INTO projections (case_id, status, unit_id, cycle, provisional, last_event_at, event_count, state)
                            VALUES (?, ?, ?, 1, 0, ?, 1, ?)
                            """,
                        arguments: [
                            projection.caseID.rawValue, projection.status.rawValue, projection.unit?.rawValue,
                            projection.lastEventAt.secondsSinceEpoch, ProjectionJSON.encode(projection),
                        ]
                    )
                    // v1's resolve_due is the resolve deadline as first computed; the others come from the JSON.
                    try db.execute(
                        sql: "UPDATE projections SET resolve_due = ?, resolve_due_effective = ? WHERE case_id = ?",
                        arguments: [
                            projection.resolve?.due.secondsSinceEpoch, projection.resolve?.effectiveDue.secondsSinceEpoch,
                            projection.caseID.rawValue,
                        ]
                    )
                }
            }
        }
        let migrated = try SQLiteCaseStore.open(at: path)
        #expect(try migrated.schemaVersion() == SQLiteCaseStore.migrationIdentifiers.last)
        #expect(try assessed(in: migrated) == projections.map { AssessedCase($0, dispatchedAt: StoreFixtures.at(5)) })
    }
}
