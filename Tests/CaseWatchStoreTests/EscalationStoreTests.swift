import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Escalations in the store, on both backends: recorded once with their ledger line and sign-off, all or
/// nothing; read back in commit order for followers (filtered by tier and unit subtree), in detection
/// order with filters, and counted.
@Suite struct EscalationStoreTests {
    /// An escalation of `caseID` in `cycle` at `unit`, due and detected `due` and `detected` minutes after t0.
    static func escalation(
        _ caseID: String, _ tier: TierName, unit: String, due: Int64, detected: Int64, points: Int = 0, level: String? = nil,
        cycle: Int = 1
    ) -> Escalation {
        Escalation(
            caseID: CaseID(caseID), cycle: cycle, tier: tier, unit: UnitID(unit), dueAt: StoreFixtures.at(due),
            detectedAt: StoreFixtures.at(detected), points: AssessmentPoints(hundredths: points), signoffLevel: level
        )
    }

    /// The five escalations of ``store(_:)``, in the order they are recorded (one transaction each).
    static let recorded = [
        escalation("C-1", .warning, unit: "cc.nanguan.ziqiang", due: 9, detected: 10),
        escalation("C-2", .overdue, unit: "cc.nanguan", due: 5, detected: 5, points: 250),
        escalation("C-3", .leadership, unit: "cc.chaoyang", due: 15, detected: 20, points: 500, level: "district"),
        escalation("C-1", .overdue, unit: "cc.nanguan.ziqiang.c1", due: 8, detected: 10, points: 250),
        escalation("C-4", .warning, unit: "cc.housing", due: 30, detected: 30),
    ]

    /// A store with the unit tree, C-1 … C-4 registered and ``recorded`` recorded; with their row ids.
    static func store(_ backend: StoreBackend) throws -> (scratch: ScratchStore, ids: [Int64]) {
        let scratch = try backend.makeStore()
        try scratch.store.write { try $0.upsertUnits(StoreFixtures.units) }
        try registerCases(["C-1", "C-2", "C-3", "C-4"], in: scratch.store)
        var ids: [Int64] = []
        for escalation in recorded {
            let new = try scratch.store.write { writer throws in
                try writer.recordEscalation(escalation, signoffDue: StoreFixtures.at(100))
            }
            #expect(new)
            ids.append(try scratch.store.read { try $0.latestEscalationID() })
        }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count, "each commit's id is above the ones before")
        return (scratch, ids)
    }

    /// The row ids of `escalations`.
    static func ids(_ escalations: [StoredEscalation]) -> [Int64] {
        escalations.map(\.id)
    }

    @Test(arguments: StoreBackend.allCases)
    func recordingWritesTheEscalationItsLedgerLineAndItsSignoff(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        try registerCases(["C-1", "C-2"], in: scratch.store)
        let batch: [(Escalation, signoffDue: Instant?)] = [
            (Self.escalation("C-1", .warning, unit: "cc.nanguan", due: 1, detected: 2), StoreFixtures.at(500)),
            (Self.escalation("C-1", .overdue, unit: "cc.nanguan", due: 3, detected: 4, points: 250), nil),
            (
                Self.escalation("C-1", .leadership, unit: "cc.nanguan", due: 5, detected: 6, points: 500, level: "district"),
                StoreFixtures.at(200)
            ),
            (Self.escalation("C-2", .leadership, unit: "cc.chaoyang", due: 7, detected: 8, points: 0, level: "city", cycle: 2), nil),
        ]
        #expect(try scratch.store.write { try $0.recordEscalations(batch) } == 4)
        let stored = try scratch.store.read { try $0.escalations(afterID: 0, limit: 10) }
        #expect(stored.map(\.escalation) == batch.map(\.0), "recorded in the order given, each read back whole")
        #expect(stored.map(\.signoffStatus) == [nil, nil, "pending", "pending"])
        let ids = Self.ids(stored).map(String.init)
        #expect(try scratch.textRows("""
            SELECT unit_id, case_id, CAST(escalation_id AS TEXT), kind, CAST(points_hundredths AS TEXT), CAST(at AS TEXT)
            FROM ledger ORDER BY id
            """) == [
                ["cc.nanguan", "C-1", ids[1], "escalation", "-250", "\(StoreFixtures.at(4).secondsSinceEpoch)"],
                ["cc.nanguan", "C-1", ids[2], "escalation", "-500", "\(StoreFixtures.at(6).secondsSinceEpoch)"],
            ], "a deduction for each escalation with points, none for those without")
        #expect(try scratch.textRows("""
            SELECT CAST(escalation_id AS TEXT), level, status, CAST(due_at AS TEXT), decided_by, CAST(escalated_to AS TEXT)
            FROM signoffs ORDER BY id
            """) == [
                [ids[2], "district", "pending", "\(StoreFixtures.at(200).secondsSinceEpoch)", nil, nil],
                [ids[3], "city", "pending", "\(StoreFixtures.at(8).secondsSinceEpoch)", nil, nil],
            ], "a sign-off for each sign-off tier, due when given, else at detection")
        #expect(try scratch.store.write { try $0.recordEscalations([]) } == 0)
    }

    @Test(arguments: StoreBackend.allCases)
    func anEscalationsTextIsStoredAsGiven(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let caseID = "C-\(StoreFixtures.awkwardText)"
        try registerCases([caseID], in: scratch.store)
        let escalation = Self.escalation(
            caseID, .leadership, unit: StoreFixtures.awkwardText, due: -5, detected: 1, points: -75, level: "级 \"\\ \u{7F}", cycle: 0
        )
        #expect(try scratch.store.write { try $0.recordEscalation(escalation, signoffDue: nil) })
        #expect(try scratch.store.read { try $0.escalations(afterID: 0, limit: 1) }.map(\.escalation) == [escalation])
        #expect(try scratch.textRows("SELECT unit_id, case_id, CAST(points_hundredths AS TEXT) FROM ledger") == [
            [StoreFixtures.awkwardText, caseID, "75"],
        ], "a negative deduction is a positive line")
        #expect(try scratch.textRows("SELECT level FROM signoffs") == [["级 \"\\ \u{7F}"]])
    }

    @Test(arguments: StoreBackend.allCases)
    func aTierFiresOnceAndTheRestOfItsBatchIsStillRecorded(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        try registerCases(["C-1"], in: scratch.store)
        let first = Self.escalation("C-1", .overdue, unit: "cc.nanguan", due: 1, detected: 2, points: 250, level: "district")
        #expect(try scratch.store.write { try $0.recordEscalation(first, signoffDue: nil) })
        // Again, with other facts: left alone, and no second ledger line or sign-off.
        let again = Self.escalation("C-1", .overdue, unit: "cc.chaoyang", due: 9, detected: 9, points: 900, level: "city")
        #expect(try !scratch.store.write { try $0.recordEscalation(again, signoffDue: nil) })
        let next = Self.escalation("C-1", .overdue, unit: "cc.nanguan", due: 11, detected: 12, points: 100, cycle: 2)
        let twice = Self.escalation("C-1", .overdue, unit: "cc.housing", due: 13, detected: 14, points: 300, cycle: 2)
        let count = try scratch.store.write { writer throws in
            try writer.recordEscalations([(again, nil), (next, nil), (twice, nil)])
        }
        #expect(count == 1, "the recorded one and the second of a pair in the batch are not new")
        let stored = try scratch.store.read { try $0.escalations(afterID: 0, limit: 10) }
        #expect(stored.map(\.escalation) == [first, next], "of a pair in one batch, the first given is recorded")
        #expect(try scratch.textRows("SELECT CAST(points_hundredths AS TEXT) FROM ledger ORDER BY id") == [["-250"], ["-100"]])
        #expect(try scratch.textRows("SELECT level FROM signoffs") == [["district"]])
        #expect(try scratch.store.read { try $0.firedTiers(of: CaseID("C-1"), cycle: 1) } == [.overdue])
        #expect(try scratch.store.read { try $0.firedTiers(of: CaseID("C-1"), cycle: 2) } == [.overdue])
    }

    @Test(arguments: StoreBackend.allCases)
    func aBatchWithAnEscalationOfAnUnregisteredCaseWritesNothing(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        try registerCases(["C-1"], in: scratch.store)
        let batch: [(Escalation, signoffDue: Instant?)] = [
            (Self.escalation("C-1", .overdue, unit: "cc.nanguan", due: 1, detected: 2, points: 250, level: "district"), nil),
            (Self.escalation("C-9", .overdue, unit: "cc.nanguan", due: 1, detected: 2, points: 250), nil),
        ]
        #expect(throws: StoreError.self) { try scratch.store.write { try $0.recordEscalations(batch) } }
        for table in ["escalations", "ledger", "signoffs"] {
            #expect(try scratch.textRows("SELECT CAST(COUNT(*) AS TEXT) FROM \(table)") == [["0"]], "\(table)")
        }
        #expect(try scratch.store.read { try $0.latestEscalationID() } == 0)
    }

    @Test(arguments: StoreBackend.allCases)
    func aFollowerReadsEscalationsInCommitOrderFilteredByTierAndUnitSubtree(_ backend: StoreBackend) throws {
        let (scratch, ids) = try Self.store(backend)
        func feed(after: Int64 = 0, tier: TierName? = nil, under unit: String? = nil, limit: Int = 10) throws -> [Int64] {
            let unit = unit.map { UnitID($0) }
            return Self.ids(try scratch.store.read { try $0.escalations(afterID: after, tier: tier, under: unit, limit: limit) })
        }
        #expect(try feed() == ids)
        #expect(try feed(limit: 2) == Array(ids.prefix(2)))
        #expect(try feed(after: ids[1], limit: 2) == [ids[2], ids[3]])
        #expect(try feed(after: ids[4]) == [])
        #expect(try feed(tier: .warning) == [ids[0], ids[4]])
        #expect(try feed(tier: .notice) == [])
        #expect(try feed(under: "cc") == ids, "the root's subtree is the whole tree")
        #expect(try feed(under: "cc.nanguan") == [ids[0], ids[1], ids[3]], "the unit, and every unit below it")
        #expect(try feed(under: "cc.nanguan.ziqiang") == [ids[0], ids[3]])
        #expect(try feed(under: "cc.nanguan.ziqiang.c1") == [ids[3]])
        #expect(try feed(tier: .leadership, under: "cc.chaoyang") == [ids[2]])
        #expect(try feed(after: ids[0], tier: .overdue, under: "cc.nanguan") == [ids[1], ids[3]])
        #expect(try feed(after: ids[1], tier: .overdue, under: "cc.nanguan", limit: 1) == [ids[3]])
        #expect(try feed(under: "cc.nowhere") == [])
        let all = try scratch.store.read { try $0.escalations(afterID: 0, tier: nil, under: nil, limit: 10) }
        #expect(all.map(\.escalation) == Self.recorded)
    }

    @Test(arguments: StoreBackend.allCases)
    func theLatestEscalationsAndTheOnesAfterAnIdComeInCommitOrder(_ backend: StoreBackend) throws {
        let empty = try backend.makeStore()
        #expect(try empty.store.read { try $0.latestEscalationID() } == 0)
        #expect(try empty.store.read { try $0.latestEscalations(limit: 3) }.isEmpty)
        let (scratch, ids) = try Self.store(backend)
        try scratch.store.read { reader throws in
            #expect(try reader.latestEscalationID() == ids[4])
            #expect(Self.ids(try reader.latestEscalations(limit: 2)) == [ids[4], ids[3]])
            #expect(try reader.latestEscalations(limit: 10).map(\.escalation) == Self.recorded.reversed())
            #expect(Self.ids(try reader.escalations(afterID: 0, limit: 10)) == ids)
            #expect(Self.ids(try reader.escalations(afterID: ids[2], limit: 1)) == [ids[3]])
            #expect(Self.ids(try reader.escalations(afterID: ids[2] - 1, limit: 2)) == [ids[2], ids[3]])
            #expect(try reader.escalations(afterID: ids[4], limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func escalationsAreFilteredInDetectionOrderAndCounted(_ backend: StoreBackend) throws {
        let (scratch, ids) = try Self.store(backend)
        func listed(case caseID: String? = nil, tier: TierName? = nil, unit: String? = nil, since: Int64? = nil) throws -> [Int64] {
            Self.ids(try scratch.store.read { reader throws in
                try reader.escalations(
                    caseID: caseID.map { CaseID($0) }, tier: tier, unit: unit.map { UnitID($0) }, since: since.map { StoreFixtures.at($0) }
                )
            })
        }
        // Detected at 5, 10 (due 8), 10 (due 9), 20, 30: by detection, then due instant, then id.
        #expect(try listed() == [ids[1], ids[3], ids[0], ids[2], ids[4]])
        #expect(try listed(case: "C-1") == [ids[3], ids[0]])
        #expect(try listed(tier: .overdue) == [ids[1], ids[3]])
        #expect(try listed(unit: "cc.nanguan") == [ids[1]], "the unit charged itself, not the units below it")
        #expect(try listed(since: 10) == [ids[3], ids[0], ids[2], ids[4]], "detected at or after the instant")
        #expect(try listed(case: "C-1", tier: .warning, unit: "cc.nanguan.ziqiang", since: 10) == [ids[0]])
        #expect(try listed(case: "C-9") == [])
        try scratch.store.read { reader throws in
            #expect(try reader.escalationCount(detectedSince: StoreFixtures.at(0)) == 5)
            #expect(try reader.escalationCount(detectedSince: StoreFixtures.at(10)) == 4)
            #expect(try reader.escalationCount(detectedSince: StoreFixtures.at(11)) == 2)
            #expect(try reader.escalationCount(detectedSince: StoreFixtures.at(31)) == 0)
            #expect(try reader.firedTiers(of: CaseID("C-1"), cycle: 1) == [.warning, .overdue])
            #expect(try reader.firedTiers(of: CaseID("C-3"), cycle: 1) == [.leadership])
            #expect(try reader.firedTiers(of: CaseID("C-3"), cycle: 2) == [])
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func anEscalationIsReadWithItsCurrentSignoff(_ backend: StoreBackend) throws {
        let (scratch, ids) = try Self.store(backend)
        func leadership() throws -> [StoredEscalation] {
            let fed = try scratch.store.read { try $0.escalations(afterID: ids[1], tier: .leadership, under: nil, limit: 10) }
            let listed = try scratch.store.read { try $0.escalations(caseID: CaseID("C-3"), tier: nil, unit: nil, since: nil) }
            let latest = try scratch.store.read { try $0.latestEscalations(limit: 3) }.filter { $0.id == ids[2] }
            let after = try scratch.store.read { try $0.escalations(afterID: ids[1], limit: 1) }
            #expect(fed == listed && listed == latest && latest == after, "every read joins the same sign-off")
            return fed
        }
        let requested = try #require(try leadership().first)
        #expect(requested.id == ids[2] && requested.signoffStatus == "pending" && requested.escalation.signoffLevel == "district")
        let signoff = try #require(try scratch.store.read { try $0.signoffs(caseID: CaseID("C-3")) }.first)
        _ = try scratch.store.write { writer throws in
            try writer.escalateSignoff(signoff, to: "city", due: StoreFixtures.at(300), at: StoreFixtures.at(200))
        }
        let passedUp = try #require(try leadership().first)
        #expect(passedUp.signoffStatus == "pending" && passedUp.escalation.signoffLevel == "city", "the sign-off passed up, not the first")
        let current = try #require(try scratch.store.read { try $0.signoffs(caseID: CaseID("C-3")) }.first { $0.level == "city" })
        #expect(try scratch.store.write { try $0.decideSignoff(current.id, as: .approved, by: "l-city-01", at: StoreFixtures.at(250)) })
        let decided = try #require(try leadership().first)
        #expect(decided.signoffStatus == "approved" && decided.escalation.signoffLevel == "city")
        #expect(decided.escalation.points == AssessmentPoints(hundredths: 500))
        let others = try scratch.store.read { try $0.escalations(afterID: 0, limit: 10) }.filter { $0.id != ids[2] }
        #expect(others.allSatisfy { $0.signoffStatus == nil && $0.escalation.signoffLevel == nil })
    }

    @Test(arguments: StoreBackend.allCases)
    func aStoredEscalationWithAnUnknownTierIsReportedCorrupt(_ backend: StoreBackend) throws {
        let (scratch, ids) = try Self.store(backend)
        try scratch.tamper("""
            INSERT INTO escalations (case_id, cycle, tier, unit_id, due_at, detected_at, points_hundredths)
            VALUES ('C-1', 1, 'teleport', 'cc', 0, 0, 0)
            """)
        let id = try scratch.store.read { try $0.latestEscalationID() }
        #expect(id > ids[4])
        let error = #expect(throws: StoreError.self) { try scratch.store.read { try $0.escalations(afterID: ids[4], limit: 10) } }
        #expect(error == .corrupt("escalation \(id): tier 'teleport' is unknown"))
        #expect(throws: StoreError.corrupt("case 'C-1' cycle 1: escalation tier 'teleport' is unknown")) {
            try scratch.store.read { try $0.firedTiers(of: CaseID("C-1"), cycle: 1) }
        }
    }
}
