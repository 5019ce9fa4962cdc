import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// What the unit assessment is computed from: the cases first dispatched in a period with the event-log
/// range behind them, the escalations detected in it as counted at its end, and their ledger lines.
@Suite struct AssessmentReadingTests {
    /// An escalation of `caseID` at `tier` in unit cc.nanguan, detected `minutes` after t0, deducting
    /// `points` hundredths, asking for a district sign-off at the leadership tier.
    static func escalation(_ caseID: String, _ tier: TierName, minutes: Int64, points: Int = 500) -> Escalation {
        Escalation(
            caseID: CaseID(caseID), cycle: 1, tier: tier, unit: UnitID("cc.nanguan"), dueAt: StoreFixtures.at(minutes - 1),
            detectedAt: StoreFixtures.at(minutes), points: AssessmentPoints(hundredths: points),
            signoffLevel: tier == .leadership ? "district" : nil
        )
    }

    /// The ids of escalations, by (case, tier), recorded in a store with: C-1 leadership (a sign-off
    /// waiting) at minute 10; C-2 warning at 20 and C-2 urge at 20 too; C-3 leadership at 30, its sign-off
    /// rejected at 50 and its points reversed at 52; C-4 leadership at 40, its sign-off passed up at 45 and
    /// again at 60; C-1 overdue at 70.
    static func escalations(in scratch: ScratchStore) throws -> [String: Int64] {
        let store = scratch.store
        try store.write { writer in
            for caseID in ["C-1", "C-2", "C-3", "C-4"] {
                try writer.insertEvent(StoreFixtures.registration("reg-\(caseID)", case: caseID), batch: nil, recordedAt: StoreFixtures.t0)
            }
            _ = try writer.recordEscalations([
                (escalation("C-1", .leadership, minutes: 10), signoffDue: StoreFixtures.at(100)),
                (escalation("C-2", .warning, minutes: 20, points: 100), signoffDue: nil),
                (escalation("C-2", .urge, minutes: 20, points: 200), signoffDue: nil),
                (escalation("C-3", .leadership, minutes: 30), signoffDue: StoreFixtures.at(100)),
                (escalation("C-4", .leadership, minutes: 40), signoffDue: StoreFixtures.at(44)),
                (escalation("C-1", .overdue, minutes: 70, points: 300), signoffDue: nil),
            ])
        }
        let recorded = try scratch.textRows("SELECT case_id || '/' || tier, CAST(id AS TEXT) FROM escalations")
        let ids = Dictionary(uniqueKeysWithValues: recorded.map { ($0[0] ?? "", Int64($0[1] ?? "") ?? 0) })
        try store.write { writer in
            let rejected = try #require(try writer.reader.requestedSignoffID(caseID: CaseID("C-3"), cycle: 1, tier: .leadership))
            #expect(try writer.decideSignoff(rejected, as: .rejected, by: "l-1", at: StoreFixtures.at(50), instruction: nil, reason: "no", orderCaseID: nil))
            try writer.reverseEscalationPoints(try #require(ids["C-3/leadership"]), at: StoreFixtures.at(52))
            let waiting = try #require(try writer.reader.requestedSignoffID(caseID: CaseID("C-4"), cycle: 1, tier: .leadership))
            let first = try #require(try writer.reader.signoff(id: waiting))
            let passed = try #require(try writer.escalateSignoff(first, to: "city", due: StoreFixtures.at(90), at: StoreFixtures.at(45)))
            let second = try #require(try writer.reader.signoff(id: passed))
            _ = try #require(try writer.escalateSignoff(second, to: "province", due: StoreFixtures.at(120), at: StoreFixtures.at(60)))
        }
        return ids
    }

    @Test(arguments: StoreBackend.allCases)
    func escalationsAreCountedAsOfTheEndOfThePeriodInDetectionOrder(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.assessmentEscalations(detectedFrom: StoreFixtures.t0, through: StoreFixtures.at(100)) } == [])
        let ids = try Self.escalations(in: scratch)
        func counted(from: Int64, through: Int64) throws -> [AssessmentEscalation] {
            try store.read { try $0.assessmentEscalations(detectedFrom: StoreFixtures.at(from), through: StoreFixtures.at(through)) }
        }
        let asOf55 = try counted(from: 10, through: 55)
        #expect(asOf55.map(\.id) == [ids["C-1/leadership"], ids["C-2/warning"], ids["C-2/urge"], ids["C-3/leadership"], ids["C-4/leadership"]],
                "from and through are inclusive; the same instant in id order")
        let c1 = try #require(asOf55.first)
        #expect(c1 == AssessmentEscalation(
            id: c1.id, caseID: CaseID("C-1"), cycle: 1, tier: .leadership, unit: UnitID("cc.nanguan"), dueAt: StoreFixtures.at(9),
            detectedAt: StoreFixtures.at(10), points: AssessmentPoints(hundredths: 500), hasSignoff: true, rejected: false, passedUp: 0
        ))
        #expect(asOf55.map(\.hasSignoff) == [true, false, false, true, true])
        #expect(asOf55.map(\.rejected) == [false, false, false, true, false])
        #expect(asOf55.map(\.passedUp) == [0, 0, 0, 0, 1], "the second passing up came after the period's end")
        #expect(asOf55.map(\.points.hundredths) == [500, 100, 200, 500, 500])

        let asOf45 = try counted(from: 10, through: 45)
        #expect(asOf45.map(\.rejected) == [false, false, false, false, false], "rejected after the as-of instant")
        #expect(asOf45.map(\.passedUp) == [0, 0, 0, 0, 1], "passed up at the as-of instant itself")

        let later = try counted(from: 11, through: 100)
        #expect(later.map(\.id) == [ids["C-2/warning"], ids["C-2/urge"], ids["C-3/leadership"], ids["C-4/leadership"], ids["C-1/overdue"]])
        #expect(later.map(\.passedUp) == [0, 0, 0, 2, 0])
        #expect(try counted(from: 71, through: 100) == [])
    }

    @Test(arguments: StoreBackend.allCases)
    func ledgerLinesOfTheEscalationsAskedForAreReadInTheOrderWritten(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        let ids = try Self.escalations(in: scratch)
        let c1 = try #require(ids["C-1/leadership"]), c3 = try #require(ids["C-3/leadership"]), c4 = try #require(ids["C-4/leadership"])
        let lines = try store.read { try $0.ledgerLines(ofEscalations: [c4, c1, c3], through: StoreFixtures.at(55)) }
        #expect(lines.map(\.id) == lines.map(\.id).sorted())
        // The reversal was written before the passing up, though it is dated after it.
        #expect(lines.map(\.kind) == ["escalation", "escalation", "escalation", "reversal", "signoff_escalated"])
        #expect(lines.map(\.escalationID) == [c1, c3, c4, c3, c4])
        #expect(lines.map(\.points.hundredths) == [-500, -500, -500, 500, 0])
        #expect(lines.map(\.at) == [10, 30, 40, 52, 45].map { StoreFixtures.at($0) })
        #expect(lines.allSatisfy { $0.unit == UnitID("cc.nanguan") })
        #expect(lines.map(\.caseID) == ["C-1", "C-3", "C-4", "C-3", "C-4"].map { CaseID($0) })
        #expect(lines.map(\.reverses) == [nil, nil, nil, lines[1].id, nil], "a reversal names the line it gives back")
        #expect(try store.read { try $0.ledgerLines(ofEscalations: [c4], through: StoreFixtures.at(100)) }.map(\.kind) == [
            "escalation", "signoff_escalated", "signoff_escalated",
        ])
        #expect(try store.read { try $0.ledgerLines(ofEscalations: [c4], through: StoreFixtures.at(39)) } == [], "written after the as-of instant")
        #expect(try store.read { try $0.ledgerLines(ofEscalations: [], through: StoreFixtures.at(100)) } == [])
    }

    /// Registers `caseID`, dispatches it at each of `minutes` (returned in between) and stores its
    /// projection, in cycle `cycle`.
    static func dispatch(_ caseID: String, at minutes: [Int64], cycle: Int = 1, with writer: any StoreWriter) throws {
        try writer.insertEvent(StoreFixtures.registration("reg-\(caseID)", case: caseID), batch: nil, recordedAt: StoreFixtures.t0)
        for (index, minute) in minutes.enumerated() {
            if index > 0 {
                let returned = StoreFixtures.event("ret-\(caseID)-\(index)", case: caseID, .returned(reason: "not ours"), minutes: minute - 1)
                try writer.insertEvent(returned, batch: nil, recordedAt: StoreFixtures.t0)
            }
            let dispatched = StoreFixtures.event(
                "dis-\(caseID)-\(index)", case: caseID, .dispatched(unit: UnitID("cc.nanguan"), resolveBy: nil), minutes: minute
            )
            try writer.insertEvent(dispatched, batch: nil, recordedAt: StoreFixtures.t0)
        }
        var projection = try StoreFixtures.projection(caseID)
        projection.cycle = cycle
        try writer.saveProjection(projection, nextStep: nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func casesFirstDispatchedInThePeriodAreReadWithTheLogRangeBehindThem(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        try store.write { writer in
            // Re-dispatched in the period, first dispatched before it: the earlier period's.
            try Self.dispatch("C-4", at: [2, 30], cycle: 2, with: writer)
            try Self.dispatch("C-2", at: [20], with: writer)
            // First dispatched and re-dispatched in the period: once, at its first dispatch.
            try Self.dispatch("C-5", at: [15, 40], cycle: 2, with: writer)
            try Self.dispatch("C-1", at: [12], with: writer)
            // Dispatched at the period's end: the next period's.
            try Self.dispatch("C-3", at: [60], with: writer)
            try writer.insertEvent(StoreFixtures.event("acc-C-3", case: "C-3", .accepted, minutes: 61), batch: nil, recordedAt: StoreFixtures.t0)
        }
        var cases: [AssessedCase] = []
        let range = try store.read { reader in
            try reader.forEachCaseDispatched(from: StoreFixtures.at(10), before: StoreFixtures.at(60)) { cases.append($0) }
        }
        #expect(cases.map(\.caseID.rawValue) == ["C-1", "C-5", "C-2"], "in dispatch order")
        #expect(cases.map(\.dispatchedAt) == [12, 15, 20].map { StoreFixtures.at($0) })
        #expect(cases[0] == AssessedCase(try StoreFixtures.projection("C-1"), dispatchedAt: StoreFixtures.at(12)))
        let first = try #require(try Self.number(scratch, "SELECT CAST(seq AS TEXT) FROM case_events WHERE event_id = 'dis-C-2-0'"))
        let last = try #require(try Self.number(scratch, "SELECT CAST(MAX(seq) AS TEXT) FROM case_events"))
        #expect(range == first...last, "from the earliest logged of the cases' dispatches to the latest event")

        var none: [AssessedCase] = []
        #expect(try store.read { reader in
            try reader.forEachCaseDispatched(from: StoreFixtures.at(61), before: StoreFixtures.at(600)) { none.append($0) }
        } == nil)
        #expect(none.isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func manyCasesDispatchedAtTheSameInstantsAreEachReadOnce(_ backend: StoreBackend) throws {
        // More cases than one page of a backend that reads them a page at a time, sharing instants.
        let scratch = try backend.makeStore()
        let store = scratch.store
        let count = 2_345
        try store.write { writer in
            for index in 0..<count {
                try Self.dispatch(String(format: "C-%05d", index), at: [Int64(10 + index % 3)], with: writer)
            }
        }
        var cases: [AssessedCase] = []
        let range = try store.read { reader in
            try reader.forEachCaseDispatched(from: StoreFixtures.at(10), before: StoreFixtures.at(60)) { cases.append($0) }
        }
        #expect(cases.count == count)
        #expect(Set(cases.map(\.caseID)).count == count)
        #expect(cases.map(\.dispatchedAt) == cases.map(\.dispatchedAt).sorted())
        let first = try Self.number(scratch, "SELECT CAST(MIN(seq) AS TEXT) FROM case_events WHERE type = 'dispatched'")
        let last = try Self.number(scratch, "SELECT CAST(MAX(seq) AS TEXT) FROM case_events")
        #expect(range?.lowerBound == first && range?.upperBound == last)
    }

    /// The integer in the first column of the first row `sql` selects, nil when there is none.
    static func number(_ scratch: ScratchStore, _ sql: String) throws -> Int64? {
        try scratch.textRows(sql).first?.first?.flatMap { Int64($0) }
    }
}
