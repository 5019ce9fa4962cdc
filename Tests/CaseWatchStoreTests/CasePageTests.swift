import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Cases a page at a time, filtered by status, unit and overdue state, with the step stored beside each;
/// open cases' projections a page at a time; on both backends.
@Suite struct CasePageTests {
    /// C-1 … C-6: their projections and the next step stored with each.
    ///
    /// - C-1 accepted at cc.nanguan: accept met, resolve in force until at(9000) unmet.
    /// - C-2 closed at cc.nanguan, with C-1's deadlines: never overdue.
    /// - C-3 dispatched at cc.chaoyang: accept unmet, due at(120); no resolve deadline.
    /// - C-4 replied at cc.nanguan: both deadlines met.
    /// - C-5 suspended at cc.chaoyang: accept met, resolve unmet, due at(6000) (not extended).
    /// - C-6 returned at no unit, with no deadline.
    static func cases() throws -> [(CaseProjection, PendingStep?)] {
        var c1 = try StoreFixtures.projection("C-1")
        c1.steps = []
        let c2 = try StoreFixtures.projection("C-2", status: .closed)
        var c3 = try StoreFixtures.projection("C-3", status: .dispatched, unit: "cc.chaoyang")
        c3.accept = DeadlineState(due: StoreFixtures.at(120), provisional: false, explicit: false)
        c3.resolve = nil
        var c4 = try StoreFixtures.projection("C-4", status: .replied)
        c4.resolve?.metAt = StoreFixtures.at(7000)
        var c5 = try StoreFixtures.projection("C-5", status: .suspended, unit: "cc.chaoyang")
        c5.resolve = DeadlineState(due: StoreFixtures.at(6000), provisional: true, explicit: false)
        var c6 = try StoreFixtures.projection("C-6", status: .returned, unit: nil)
        c6.accept = nil
        c6.resolve = nil
        let step = PendingStep(tier: .overdue, deadline: .resolve, due: StoreFixtures.at(9000), provisional: false)
        return [
            (c1, step), (c2, nil), (c3, PendingStep(tier: .warning, deadline: .accept, due: StoreFixtures.at(100), provisional: true)),
            (c4, nil), (c5, step), (c6, nil),
        ]
    }

    /// A store holding ``cases()``, saved in another order than their ids'.
    static func store(_ backend: StoreBackend) throws -> ScratchStore {
        let scratch = try backend.makeStore()
        let cases = try Self.cases()
        try registerCases(cases.map(\.0.caseID.rawValue), in: scratch.store)
        try scratch.store.write { writer throws in
            for (projection, step) in cases.reversed() { try writer.saveProjection(projection, nextStep: step) }
        }
        return scratch
    }

    /// The ids of every case matching `filter`, read `pageSize` at a time from the first.
    static func ids(_ store: any CaseStore, _ filter: CaseFilter, pageSize: Int = 100) throws -> [String] {
        var ids: [String] = []
        var after: CaseID?
        while true {
            let page = try store.read { try $0.cases(after: after, matching: filter, limit: pageSize) }
            ids += page.map(\.projection.caseID.rawValue)
            guard page.count == pageSize, let last = page.last else { return ids }
            after = last.projection.caseID
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func aPageHoldsEachCaseWithItsStoredStepInIdOrder(_ backend: StoreBackend) throws {
        let scratch = try Self.store(backend)
        let expected = try Self.cases()
        let page = try scratch.store.read { try $0.cases(after: nil, matching: CaseFilter(asOf: StoreFixtures.t0), limit: 10) }
        #expect(page.map(\.projection) == expected.map(\.0))
        #expect(page.map(\.next) == expected.map(\.1))
        let firstTwo = try scratch.store.read { try $0.cases(after: nil, matching: CaseFilter(asOf: StoreFixtures.t0), limit: 2) }
        #expect(firstTwo.map(\.projection.caseID.rawValue) == ["C-1", "C-2"])
        let afterTwo = try scratch.store.read { try $0.cases(after: CaseID("C-2"), matching: CaseFilter(asOf: StoreFixtures.t0), limit: 2) }
        #expect(afterTwo.map(\.projection.caseID.rawValue) == ["C-3", "C-4"])
        let afterAGap = try scratch.store.read {
            try $0.cases(after: CaseID("C-4a"), matching: CaseFilter(asOf: StoreFixtures.t0), limit: 10)
        }
        #expect(afterAGap.map(\.projection.caseID.rawValue) == ["C-5", "C-6"], "after an id that is not stored: the ids above it")
        let afterLast = try scratch.store.read {
            try $0.cases(after: CaseID("C-6"), matching: CaseFilter(asOf: StoreFixtures.t0), limit: 10)
        }
        #expect(afterLast.isEmpty)
        #expect(try Self.ids(scratch.store, CaseFilter(asOf: StoreFixtures.t0), pageSize: 4) == ["C-1", "C-2", "C-3", "C-4", "C-5", "C-6"])
    }

    @Test(arguments: StoreBackend.allCases)
    func pagesFilterByStatusAndUnit(_ backend: StoreBackend) throws {
        let store = try Self.store(backend)
        let t0 = StoreFixtures.t0
        #expect(try Self.ids(store.store, CaseFilter(status: .accepted, asOf: t0)) == ["C-1"])
        #expect(try Self.ids(store.store, CaseFilter(status: .closed, asOf: t0)) == ["C-2"])
        #expect(try Self.ids(store.store, CaseFilter(unit: UnitID("cc.nanguan"), asOf: t0)) == ["C-1", "C-2", "C-4"])
        #expect(try Self.ids(store.store, CaseFilter(unit: UnitID("cc.chaoyang"), asOf: t0), pageSize: 1) == ["C-3", "C-5"])
        #expect(try Self.ids(store.store, CaseFilter(unit: UnitID("cc"), asOf: t0)).isEmpty, "a unit's own cases, not those below it")
        #expect(try Self.ids(store.store, CaseFilter(status: .suspended, unit: UnitID("cc.chaoyang"), asOf: t0)) == ["C-5"])
        #expect(try Self.ids(store.store, CaseFilter(status: .suspended, unit: UnitID("cc.nanguan"), asOf: t0)).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func theOverdueFilterIsTheCoresRuleInColumns(_ backend: StoreBackend) throws {
        let scratch = try Self.store(backend)
        let projections = try Self.cases().map(\.0)
        // Before, at and after each deadline in force: the filter agrees with the core's rule at every instant.
        let instants: [Int64] = [0, 119, 120, 121, 5999, 6000, 6001, 8999, 9000, 9001]
        for minutes in instants {
            let asOf = StoreFixtures.at(minutes)
            let overdue = projections.filter { $0.isOverdue(at: asOf) }.map(\.caseID.rawValue)
            let onTime = projections.filter { !$0.isOverdue(at: asOf) }.map(\.caseID.rawValue)
            #expect(try Self.ids(scratch.store, CaseFilter(overdue: true, asOf: asOf), pageSize: 2) == overdue, "at(\(minutes))")
            #expect(try Self.ids(scratch.store, CaseFilter(overdue: false, asOf: asOf), pageSize: 2) == onTime, "at(\(minutes))")
        }
        // The instants above cross every deadline: the rule's answers are not all alike.
        #expect(projections.filter { $0.isOverdue(at: StoreFixtures.at(121)) }.map(\.caseID.rawValue) == ["C-3"])
        #expect(projections.filter { $0.isOverdue(at: StoreFixtures.at(6001)) }.map(\.caseID.rawValue) == ["C-3", "C-5"])
        #expect(projections.filter { $0.isOverdue(at: StoreFixtures.at(9001)) }.map(\.caseID.rawValue) == ["C-1", "C-3", "C-5"])
        let late = StoreFixtures.at(9001)
        let acceptedLate = CaseFilter(status: .accepted, unit: UnitID("cc.nanguan"), overdue: true, asOf: late)
        #expect(try Self.ids(scratch.store, acceptedLate) == ["C-1"])
        #expect(try Self.ids(scratch.store, CaseFilter(unit: UnitID("cc.chaoyang"), overdue: false, asOf: late)).isEmpty)
        #expect(try Self.ids(scratch.store, CaseFilter(status: .closed, overdue: false, asOf: late)) == ["C-2"])
    }

    @Test(arguments: StoreBackend.allCases)
    func openProjectionsComeAPageAtATimeWithoutClosedCases(_ backend: StoreBackend) throws {
        let scratch = try Self.store(backend)
        let open = try Self.cases().map(\.0).filter(\.status.isOpen)
        try scratch.store.read { reader throws in
            #expect(try reader.openProjections(after: nil, limit: 10) == open)
            #expect(try reader.openProjections(after: nil, limit: 2).map(\.caseID.rawValue) == ["C-1", "C-3"])
            #expect(try reader.openProjections(after: CaseID("C-1"), limit: 2).map(\.caseID.rawValue) == ["C-3", "C-4"])
            #expect(try reader.openProjections(after: CaseID("C-4"), limit: 2).map(\.caseID.rawValue) == ["C-5", "C-6"])
            #expect(try reader.openProjections(after: CaseID("C-6"), limit: 2).isEmpty)
            #expect(try reader.openCaseCount() == 5)
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func aCasesProjectionAndStepAreReadTogether(_ backend: StoreBackend) throws {
        let scratch = try Self.store(backend)
        let cases = try Self.cases()
        try scratch.store.read { reader throws in
            for (projection, step) in cases {
                let stored = try #require(try reader.projectionAndNextStep(of: projection.caseID))
                #expect(stored.0 == projection && stored.1 == step, "\(projection.caseID)")
                #expect(try reader.storedNextStep(of: projection.caseID) == step)
            }
            #expect(try reader.projectionAndNextStep(of: CaseID("C-9")) == nil)
        }
        try registerCases(["C-7"], in: scratch.store)
        try scratch.store.read { reader throws in
            #expect(try reader.projectionAndNextStep(of: CaseID("C-7")) == nil, "registered, no projection stored yet")
            #expect(try reader.caseIDs().map(\.rawValue) == ["C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7"])
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func aStoredStepThatNoLongerDecodesIsReportedCorrupt(_ backend: StoreBackend) throws {
        let scratch = try Self.store(backend)
        try scratch.tamper("UPDATE projections SET next_tier = 'teleport' WHERE case_id = 'C-1'")
        let error = #expect(throws: StoreError.self) { try scratch.store.read { try $0.storedNextStep(of: CaseID("C-1")) } }
        #expect(error == .corrupt("case 'C-1': its next step 'teleport' on 'resolve' is unknown"))
        #expect(throws: StoreError.self) {
            try scratch.store.read { try $0.cases(after: nil, matching: CaseFilter(asOf: StoreFixtures.t0), limit: 1) }
        }
    }
}
