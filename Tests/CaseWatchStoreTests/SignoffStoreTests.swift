import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Leadership sign-offs in the store, on both backends: read back with their escalation, listed and paged
/// by their filters, decided once, resubmitted with their paused time, passed up with a ledger line, and
/// an escalation's points given back once.
@Suite struct SignoffStoreTests {
    /// A store with C-1 and C-2 registered.
    static func fixture(_ backend: StoreBackend) throws -> OutboxFixture {
        let f = try OutboxFixture(backend)
        try f.store.write { writer in
            try writer.insertEvent(StoreFixtures.registration("e-2", case: "C-2"), batch: nil, recordedAt: StoreFixtures.t0)
        }
        return f
    }

    /// Records a leadership escalation of `caseID` in `cycle`, due at t0 and detected a minute after,
    /// deducting `points` hundredths from cc.nanguan and requesting a sign-off at `level` due `due`
    /// minutes after t0; returns the sign-off.
    @discardableResult
    static func request(
        _ f: OutboxFixture, case caseID: String = "C-1", cycle: Int = 1, level: String = "district", due: Int64, points: Int = 500
    ) throws -> Signoff {
        let escalation = Escalation(
            caseID: CaseID(caseID), cycle: cycle, tier: .leadership, unit: UnitID("cc.nanguan"), dueAt: StoreFixtures.at(0),
            detectedAt: StoreFixtures.at(1), points: AssessmentPoints(hundredths: points), signoffLevel: level
        )
        let id = try f.store.write { writer in
            _ = try writer.recordEscalation(escalation, signoffDue: StoreFixtures.at(due))
            return try writer.reader.requestedSignoffID(caseID: CaseID(caseID), cycle: cycle, tier: .leadership)
        }
        return try signoff(f, try #require(id))
    }

    /// The sign-off with `id`, read back.
    static func signoff(_ f: OutboxFixture, _ id: Int64) throws -> Signoff {
        try #require(try f.store.read { try $0.signoff(id: id) })
    }

    /// The ledger's lines in the order written: kind, points, unit, case, escalation, instant, reversed line.
    static func ledger(_ f: OutboxFixture) throws -> [[String?]] {
        try f.scratch.textRows("""
            SELECT kind, CAST(points_hundredths AS TEXT), unit_id, case_id, CAST(escalation_id AS TEXT), CAST(at AS TEXT),
                CAST(reverses_id AS TEXT)
            FROM ledger ORDER BY id
            """)
    }

    @Test(arguments: StoreBackend.allCases)
    func aSignoffReadsBackWithItsEscalation(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let signoff = try Self.request(f, cycle: 2, level: "district", due: 100)
        let escalationID = try #require(try f.scratch.textRows("SELECT CAST(id AS TEXT) FROM escalations").first?.first ?? nil)
        #expect(signoff == Signoff(
            id: signoff.id, escalationID: try #require(Int64(escalationID)), caseID: CaseID("C-1"), unit: UnitID("cc.nanguan"),
            cycle: 2, escalationDueAt: StoreFixtures.at(0), level: "district", status: .pending, dueAt: StoreFixtures.at(100)
        ))
        #expect(try f.store.read { try $0.signoff(id: signoff.id + 1_000) } == nil)
        #expect(try f.store.read { try $0.requestedSignoffID(caseID: CaseID("C-1"), cycle: 1, tier: .leadership) } == nil, "another cycle")
    }

    @Test(arguments: StoreBackend.allCases)
    func signoffsAreFilteredByStatusLevelAndCaseTheEarliestDueFirst(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let late = try Self.request(f, cycle: 1, level: "district", due: 300)
        let early = try Self.request(f, cycle: 2, level: "city", due: 100)
        let tied = try Self.request(f, case: "C-2", cycle: 1, level: "district", due: 300)
        let decided = try Self.request(f, case: "C-2", cycle: 2, level: "city", due: 200)
        #expect(try f.store.write { try $0.decideSignoff(decided.id, as: .approved, by: "l-1", at: StoreFixtures.at(150)) })
        func ids(_ statuses: Set<SignoffStatus>? = nil, level: String? = nil, caseID: String? = nil) throws -> [Int64] {
            try f.store.read { try $0.signoffs(statuses: statuses, level: level, caseID: caseID.map { CaseID($0) }) }.map(\.id)
        }
        #expect(try ids() == [early.id, decided.id, late.id, tied.id], "the earliest due first, ties in id order")
        #expect(try ids([.pending]) == [early.id, late.id, tied.id])
        #expect(try ids([.approved, .rejected]) == [decided.id])
        #expect(try ids([]) == [], "no status asked: none")
        #expect(try ids(level: "city") == [early.id, decided.id])
        #expect(try ids(caseID: "C-2") == [decided.id, tied.id])
        #expect(try ids([.pending], level: "district", caseID: "C-2") == [tied.id])
        #expect(try ids(level: "province") == [])
    }

    @Test(arguments: StoreBackend.allCases)
    func aPageOfSignoffsFollowsTheCursorInIDOrder(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let all = try [
            Self.request(f, cycle: 1, due: 300), Self.request(f, cycle: 2, due: 100), Self.request(f, cycle: 3, due: 200),
            Self.request(f, case: "C-2", due: 50),
        ].map(\.id)
        #expect(all == all.sorted())
        #expect(try f.store.write { try $0.decideSignoff(all[1], as: .rejected, by: "l-1", at: StoreFixtures.at(60), reason: "no") })
        func page(_ statuses: Set<SignoffStatus>?, after: Int64, limit: Int) throws -> [Int64] {
            try f.store.read { try $0.signoffPage(statuses: statuses, afterID: after, limit: limit) }.map(\.id)
        }
        #expect(try page(nil, after: 0, limit: 2) == Array(all.prefix(2)), "in id order, whatever their due instants")
        #expect(try page(nil, after: all[1], limit: 2) == Array(all.suffix(2)))
        #expect(try page(nil, after: all[3], limit: 2) == [])
        #expect(try page([.pending], after: 0, limit: 10) == [all[0], all[2], all[3]])
        #expect(try page([.rejected, .returned], after: 0, limit: 10) == [all[1]])
        #expect(try page([.pending], after: all[0], limit: 1) == [all[2]])
        #expect(try page([], after: 0, limit: 10) == [])
    }

    @Test(arguments: StoreBackend.allCases)
    func expiredSignoffsArePendingOnesDueBeforeTheInstantTheEarliestFirst(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let later = try Self.request(f, cycle: 1, level: "district", due: 100)
        let earlier = try Self.request(f, cycle: 2, level: "street", due: 50)
        let decided = try Self.request(f, cycle: 3, level: "district", due: 10)
        _ = try Self.request(f, cycle: 4, level: "city", due: 500)
        #expect(try f.store.write { try $0.decideSignoff(decided.id, as: .returned, by: "l-1", at: StoreFixtures.at(5)) })
        #expect(try f.store.read { try $0.expiredSignoffs(at: StoreFixtures.at(50)) }.isEmpty, "one due now has not expired")
        #expect(try f.store.read { try $0.expiredSignoffs(at: StoreFixtures.at(100)) }.map(\.id) == [earlier.id])
        #expect(try f.store.read { try $0.expiredSignoffs(at: StoreFixtures.at(101)) }.map(\.id) == [earlier.id, later.id])
    }

    @Test(arguments: StoreBackend.allCases)
    func theEarliestPendingDueIsTheLevelsOwn(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        #expect(try f.store.read { try $0.earliestPendingSignoffDue(levels: ["district"]) } == nil, "none pending")
        _ = try Self.request(f, cycle: 1, level: "district", due: 300)
        _ = try Self.request(f, cycle: 2, level: "street", due: 100)
        let decided = try Self.request(f, cycle: 3, level: "district", due: 20)
        _ = try Self.request(f, cycle: 4, level: "city", due: 10)
        #expect(try f.store.write { try $0.decideSignoff(decided.id, as: .approved, by: "l-1", at: StoreFixtures.at(5)) })
        #expect(try f.store.read { try $0.earliestPendingSignoffDue(levels: ["district"]) } == StoreFixtures.at(300))
        #expect(try f.store.read { try $0.earliestPendingSignoffDue(levels: ["street", "district"]) } == StoreFixtures.at(100))
        #expect(try f.store.read { try $0.earliestPendingSignoffDue(levels: ["city", "street"]) } == StoreFixtures.at(10))
        #expect(try f.store.read { try $0.earliestPendingSignoffDue(levels: []) } == nil)
        #expect(try f.store.read { try $0.earliestPendingSignoffDue(levels: ["province"]) } == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func theLineageOfAUnitRunsUpToTheRoot(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        try f.store.write { try $0.upsertUnits(StoreFixtures.units) }
        let lineage = try f.store.read { try $0.lineage(of: UnitID("cc.nanguan.ziqiang.c1")) }
        #expect(lineage == ["cc.nanguan.ziqiang.c1", "cc.nanguan.ziqiang", "cc.nanguan", "cc"].map { UnitID($0) })
        #expect(try f.store.read { try $0.lineage(of: UnitID("cc")) } == [UnitID("cc")])
        #expect(try f.store.read { try $0.lineage(of: UnitID("elsewhere")) } == [UnitID("elsewhere")], "not in the tree: itself")
    }

    @Test(arguments: StoreBackend.allCases)
    func anApprovalKeepsItsInstructionAndOrderAndIsFinal(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let pending = try Self.request(f, due: 100)
        #expect(try f.store.write {
            try $0.decideSignoff(
                pending.id, as: .approved, by: "l-1", at: StoreFixtures.at(40), instruction: "限期整改", orderCaseID: CaseID("SO-1")
            )
        })
        let approved = try Self.signoff(f, pending.id)
        #expect(approved.status == .approved && approved.decidedBy == "l-1" && approved.decidedAt == StoreFixtures.at(40))
        #expect(approved.instruction == "限期整改" && approved.orderCaseID == CaseID("SO-1") && approved.reason == nil)
        #expect(approved.returnedAt == nil && approved.dueAt == pending.dueAt)
        for status in [SignoffStatus.approved, .rejected, .returned] {
            #expect(try !f.store.write { try $0.decideSignoff(pending.id, as: status, by: "l-2", at: StoreFixtures.at(41), reason: "late") })
        }
        #expect(try Self.signoff(f, pending.id) == approved, "a second leader changes nothing")
        #expect(try !f.store.write { try $0.decideSignoff(pending.id + 1_000, as: .approved, by: "l-1", at: StoreFixtures.at(41)) })
    }

    @Test(arguments: StoreBackend.allCases)
    func aRejectionKeepsItsReason(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let pending = try Self.request(f, due: 100)
        #expect(try f.store.write { try $0.decideSignoff(pending.id, as: .rejected, by: "l-2", at: StoreFixtures.at(30), reason: "no grounds") })
        let rejected = try Self.signoff(f, pending.id)
        #expect(rejected.status == .rejected && rejected.decidedBy == "l-2" && rejected.decidedAt == StoreFixtures.at(30))
        #expect(rejected.reason == "no grounds" && rejected.instruction == nil && rejected.orderCaseID == nil && rejected.returnedAt == nil)
        #expect(try !f.store.write { try $0.resubmitSignoff(pending.id, at: StoreFixtures.at(31)) }, "only a returned one is resubmitted")
    }

    @Test(arguments: StoreBackend.allCases)
    func aReturnedSignoffIsResubmittedWithItsClockPaused(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let pending = try Self.request(f, due: 100)
        func paused() throws -> String? {
            try f.scratch.textRows("SELECT CAST(paused_seconds AS TEXT) FROM signoffs WHERE id = \(pending.id)").first?.first ?? nil
        }
        #expect(try !f.store.write { try $0.resubmitSignoff(pending.id, at: StoreFixtures.at(10)) }, "a pending one is not returned")
        #expect(try f.store.write { try $0.decideSignoff(pending.id, as: .returned, by: "l-1", at: StoreFixtures.at(20), reason: "more facts") })
        let returned = try Self.signoff(f, pending.id)
        #expect(returned.status == .returned && returned.returnedAt == StoreFixtures.at(20) && returned.reason == "more facts")
        #expect(returned.decidedBy == "l-1" && returned.decidedAt == StoreFixtures.at(20))
        #expect(try f.store.read { try $0.expiredSignoffs(at: StoreFixtures.at(1_000)) }.isEmpty, "its clock is paused")
        #expect(try !f.store.write { try $0.resubmitSignoff(pending.id, at: StoreFixtures.at(19)) }, "not before it was returned")
        #expect(try f.store.write { try $0.resubmitSignoff(pending.id, at: StoreFixtures.at(80)) })
        let resubmitted = try Self.signoff(f, pending.id)
        #expect(resubmitted.status == .pending && resubmitted.dueAt == StoreFixtures.at(160), "due 60 minutes later")
        #expect(resubmitted.returnedAt == nil && resubmitted.decidedBy == nil && resubmitted.decidedAt == nil)
        #expect(try paused() == "3600")
        #expect(try !f.store.write { try $0.resubmitSignoff(pending.id, at: StoreFixtures.at(81)) }, "resubmitted once")
        // A second return adds its own pause.
        #expect(try f.store.write { try $0.decideSignoff(pending.id, as: .returned, by: "l-1", at: StoreFixtures.at(100)) })
        #expect(try f.store.write { try $0.resubmitSignoff(pending.id, at: StoreFixtures.at(130)) })
        #expect(try Self.signoff(f, pending.id).dueAt == StoreFixtures.at(190))
        #expect(try paused() == "5400")
    }

    @Test(arguments: StoreBackend.allCases)
    func anExpiredSignoffPassesUpOnceWithALedgerLine(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let expired = try Self.request(f, level: "district", due: 100)
        let ledgerBefore = try Self.ledger(f)
        let next = try #require(try f.store.write {
            try $0.escalateSignoff(expired, to: "city", due: StoreFixtures.at(400), at: StoreFixtures.at(100))
        })
        let old = try Self.signoff(f, expired.id)
        #expect(old.status == .escalated && old.escalatedTo == next && old.decidedBy == nil && old.dueAt == expired.dueAt)
        #expect(try Self.signoff(f, next) == Signoff(
            id: next, escalationID: expired.escalationID, caseID: CaseID("C-1"), unit: UnitID("cc.nanguan"), cycle: 1,
            escalationDueAt: StoreFixtures.at(0), level: "city", status: .pending, dueAt: StoreFixtures.at(400)
        ))
        let line: [String?] = [
            "signoff_escalated", "0", "cc.nanguan", "C-1", "\(expired.escalationID)", "\(StoreFixtures.at(100).secondsSinceEpoch)", nil,
        ]
        #expect(try Self.ledger(f) == ledgerBefore + [line])
        #expect(try f.store.read { try $0.requestedSignoffID(caseID: CaseID("C-1"), cycle: 1, tier: .leadership) } == expired.id)
        // No longer pending: passed up once.
        #expect(try f.store.write { try $0.escalateSignoff(old, to: "province", due: StoreFixtures.at(900), at: StoreFixtures.at(101)) } == nil)
        #expect(try f.store.read { try $0.signoffs() }.map(\.id) == [expired.id, next])
        #expect(try Self.ledger(f) == ledgerBefore + [line])
    }

    @Test(arguments: StoreBackend.allCases)
    func aPassingUpTheDatabaseRefusesWritesNothingAndTheTransactionGoesOn(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let expired = try Self.request(f, level: "district", due: 100)
        let ledgerBefore = try Self.ledger(f)
        let decided = try f.store.write { writer in
            // An empty level is refused by the new sign-off's row, after the old one was marked escalated.
            #expect(throws: StoreError.self) { try writer.escalateSignoff(expired, to: "", due: StoreFixtures.at(400), at: StoreFixtures.at(100)) }
            return try writer.decideSignoff(expired.id, as: .approved, by: "l-1", at: StoreFixtures.at(101))
        }
        #expect(decided, "the old sign-off was left pending, and the transaction committed what followed")
        #expect(try f.store.read { try $0.signoffs() }.map(\.id) == [expired.id])
        #expect(try Self.signoff(f, expired.id).status == .approved && Self.signoff(f, expired.id).escalatedTo == nil)
        #expect(try Self.ledger(f) == ledgerBefore)
    }

    @Test(arguments: StoreBackend.allCases)
    func anEscalationsPointsAreGivenBackOnce(_ backend: StoreBackend) throws {
        let f = try Self.fixture(backend)
        let signoff = try Self.request(f, due: 100, points: 500)
        let free = try Self.request(f, cycle: 2, due: 100, points: 0)
        _ = try f.store.write { try $0.escalateSignoff(signoff, to: "city", due: StoreFixtures.at(400), at: StoreFixtures.at(100)) }
        let before = try Self.ledger(f)
        #expect(before.map { $0[0] } == ["escalation", "signoff_escalated"], "a free escalation deducts nothing")
        let deduction = try #require(try f.scratch.textRows("SELECT CAST(id AS TEXT) FROM ledger WHERE kind = 'escalation'").first?.first ?? nil)
        let at = StoreFixtures.at(200)
        #expect(try f.store.write { try $0.reverseEscalationPoints(signoff.escalationID, at: at) } == AssessmentPoints(hundredths: 500))
        let reversal: [String?] = [
            "reversal", "500", "cc.nanguan", "C-1", "\(signoff.escalationID)", "\(at.secondsSinceEpoch)", deduction,
        ]
        #expect(try Self.ledger(f) == before + [reversal], "the deduction is kept, a reversing line added")
        #expect(try f.store.write { try $0.reverseEscalationPoints(signoff.escalationID, at: at) } == AssessmentPoints(hundredths: 0))
        #expect(try f.store.write { try $0.reverseEscalationPoints(free.escalationID, at: at) } == AssessmentPoints(hundredths: 0))
        #expect(try Self.ledger(f) == before + [reversal], "given back once")
    }
}
