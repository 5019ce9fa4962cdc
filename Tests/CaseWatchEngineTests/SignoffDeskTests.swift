import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Dispatch
import Synchronization
import Testing

/// Leaders' decisions: each one's consequences, each refusal, finality under concurrency.
@Suite struct SignoffDeskTests {
    @Test func theLeadershipTierCreatesAPendingDistrictSignoff() throws {
        let s = try SignoffFixture()
        #expect(s.signoff.level == "district" && s.signoff.status == .pending && s.signoff.unit == SignoffFixture.unit)
        #expect(s.f.show(s.signoff.dueAt) == "2026-10-26T17:00:00+08:00", "two working days after detection")
    }

    @Test func approvingOpensASupervisionOrderTrackedWithItsOwnLadder() throws {
        var s = try SignoffFixture()
        let now = try s.at("2026-10-23T10:00")
        let (order, due) = try s.desk.approve(s.signoff.id, token: s.tokens["l-nanguan"], instruction: "Fix it this week", at: now)
        #expect(order == CaseID("SO-\(s.signoff.id)"))
        #expect(s.f.show(due) == "2026-10-30T17:00:00+08:00", "5 working days after the approval day: the end of the 5th")
        let decided = try #require(try s.f.store.read { try $0.signoff(id: s.signoff.id) })
        #expect(decided.status == .approved && decided.decidedBy == "l-nanguan" && decided.instruction == "Fix it this week")
        #expect(decided.orderCaseID == order)
        let projection = try #require(try s.f.store.read { try $0.projection(of: order) })
        #expect(projection.unit == SignoffFixture.unit && projection.resolve?.due == due)
        #expect(try s.auditActions().last == "signoff.approve")
        // The daemon picks the order up from the log and escalates its breach like any case's.
        #expect(try s.supervisor.followLog() == 1)
        let fired = try s.supervisor.advance(to: s.at("2026-11-30T00:00"))
        let orderTiers = fired.filter { $0.caseID == order }
        #expect(orderTiers.map(\.tier) == [.warning, .overdue, .urge, .leadership, .notice])
        #expect(orderTiers.first { $0.tier == .overdue }?.dueAt == due)
    }

    @Test func rejectingGivesTheEscalationsPointsBackOnce() throws {
        let s = try SignoffFixture()
        let points = try s.desk.reject(s.signoff.id, token: s.tokens["l-nanguan"], reason: "Citizen withdrew", at: s.at("2026-10-23T10:00"))
        #expect(points == AssessmentPoints(hundredths: 500), "the leadership tier's 5 points")
        #expect(try s.f.store.read { try $0.signoff(id: s.signoff.id) }?.status == .rejected)
        #expect(try s.f.store.write { try $0.reverseEscalationPoints(s.signoff.escalationID, at: s.at("2026-10-23T11:00")) } == AssessmentPoints(hundredths: 0),
                "a deduction is reversed once")
        #expect(try s.auditActions().last == "signoff.reject")
    }

    @Test func returningPausesTheSignoffClockUntilResubmitted() throws {
        let s = try SignoffFixture()
        try s.desk.return(s.signoff.id, token: s.tokens["l-nanguan"], reason: "Which street?", at: s.at("2026-10-23T10:00"))
        let returned = try #require(try s.f.store.read { try $0.signoff(id: s.signoff.id) })
        #expect(returned.status == .returned && returned.reason == "Which street?")
        #expect(throws: SignoffRefusal.self) {
            try s.desk.approve(s.signoff.id, token: s.tokens["l-nanguan"], instruction: "x", at: s.at("2026-10-23T11:00"))
        }
        try s.desk.resubmit(s.signoff.id, by: "staff:centre", note: "Street added", at: s.at("2026-10-24T10:00"))
        let resubmitted = try #require(try s.f.store.read { try $0.signoff(id: s.signoff.id) })
        #expect(resubmitted.status == .pending)
        #expect(resubmitted.dueAt == s.signoff.dueAt.adding(seconds: 86_400), "due later by the day it spent returned")
        #expect(try s.auditActions().suffix(3) == ["signoff.return", "signoff.refused", "signoff.resubmit"])
    }

    @Test(arguments: ["wrong jurisdiction", "wrong level", "revoked token", "missing token", "unknown token", "second decision", "expired"])
    func refusals(_ kind: String) throws {
        let s = try SignoffFixture()
        let now = try s.at("2026-10-23T10:00")
        let id = s.signoff.id
        var token = s.tokens["l-nanguan"]
        var at = now
        let expected: SignoffRefusal
        switch kind {
        case "wrong jurisdiction":
            token = s.tokens["l-chaoyang"]
            expected = .notAuthorised(.outsideJurisdiction(signoff: id, unit: SignoffFixture.unit, leader: "l-chaoyang", jurisdiction: UnitID("cc.chaoyang")))
        case "wrong level":
            token = s.tokens["l-city"]
            expected = .notAuthorised(.wrongLevel(signoff: id, addressedTo: "district", leader: "l-city", leaderLevel: "city"))
        case "revoked token":
            _ = try s.f.store.write { try $0.revokeToken(of: "l-nanguan", at: now) }
            expected = .revokedToken(leader: "l-nanguan", at: now)
        case "missing token": token = nil; expected = .noToken
        case "unknown token": token = LeaderToken.generate(); expected = .unknownToken
        case "second decision":
            try s.desk.reject(id, token: token, reason: "first", at: now)
            expected = .notAuthorised(.alreadyDecided(signoff: id, status: .rejected, by: "l-nanguan"))
        default:
            at = try s.at("2026-10-26T17:00:01")
            expected = .notAuthorised(.expired(signoff: id, dueAt: s.signoff.dueAt, passesTo: "city"))
        }
        let refusal = #expect(throws: SignoffRefusal.self) {
            try s.desk.approve(id, token: token, instruction: "Go", at: at)
        }
        #expect(refusal == expected)
        #expect(try s.auditActions().last == "signoff.refused")
        let detail = try s.f.store.read { try $0.auditEntries() }.last?.detail ?? ""
        #expect(detail.contains(#""reason":"\#(expected.code)""#), "the audit records the rule broken: \(detail)")
        #expect(try s.f.store.read { try $0.signoff(id: id) }?.orderCaseID == nil, "no order was opened")
    }

    @Test func anEmptyInstructionAndAResubmissionOfAPendingSignoffAreRefused() throws {
        let s = try SignoffFixture()
        let now = try s.at("2026-10-23T10:00")
        #expect(throws: SignoffRefusal.emptyText(.instruction)) {
            try s.desk.approve(s.signoff.id, token: s.tokens["l-nanguan"], instruction: " \n ", at: now)
        }
        #expect(throws: SignoffRefusal.emptyText(.reason)) {
            try s.desk.reject(s.signoff.id, token: s.tokens["l-nanguan"], reason: "", at: now)
        }
        #expect(throws: SignoffRefusal.notReturned(signoff: s.signoff.id, status: .pending)) {
            try s.desk.resubmit(s.signoff.id, by: "staff:centre", at: now)
        }
        #expect(throws: SignoffRefusal.noSuchSignoff(999)) {
            try s.desk.approve(999, token: s.tokens["l-nanguan"], instruction: "Go", at: now)
        }
    }

    /// The list of sign-offs awaiting a leader and the desk's check are one rule: every sign-off the
    /// desk lets a leader decide is listed for them, and no other pending one that is not expired.
    @Test func theSignoffsAwaitingALeaderAreExactlyThoseTheDeskLetsThemDecide() throws {
        let s = try SignoffFixture()
        let now = try s.at("2026-10-23T10:00")
        let lineage = try s.f.store.read { try $0.lineage(of: s.signoff.unit) }
        let leaders = try s.f.store.read { try $0.leaders() }
        for leader in leaders {
            let listed = try s.desk.awaiting(leader).map(\.id)
            let decidable = SignoffAuthority.mayDecide(leader, s.signoff, unitLineage: lineage, at: now)
            #expect(listed == (decidable ? [s.signoff.id] : []), "\(leader.id)")
        }
        #expect(try s.desk.awaiting(leaders.first { $0.id == "l-nanguan" }!).map(\.id) == [s.signoff.id])
    }

    @Test func ofTwoLeadersDecidingAtOnceExactlyOneSucceeds() throws {
        let s = try SignoffFixture()
        try s.f.store.write { try $0.replaceLeaders([
            Leader(id: "l-nanguan", name: "N", title: "副区长", level: "district", jurisdiction: UnitID("cc.nanguan")),
            Leader(id: "l-nanguan-2", name: "N2", title: "区长", level: "district", jurisdiction: UnitID("cc")),
        ]) }
        let second = LeaderToken.generate()
        _ = try s.f.store.write { try $0.issueToken(to: "l-nanguan-2", hash: LeaderToken.hash(second), at: s.at("2026-10-23T09:00")) }
        let tokens = [s.tokens["l-nanguan"]!, second]
        let now = try s.at("2026-10-23T10:00")
        let outcomes = Mutex<[Bool]>([])
        let path = s.f.store.path
        let id = s.signoff.id
        let policies = s.f.policies
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let desk = SignoffDesk(store: try! SQLiteCaseStore.open(at: path), catalog: policies)
            let ok: Bool
            do {
                if index == 0 {
                    try desk.approve(id, token: tokens[0], instruction: "Go", at: now)
                } else {
                    try desk.reject(id, token: tokens[1], reason: "No", at: now)
                }
                ok = true
            } catch {
                ok = false
            }
            outcomes.withLock { $0.append(ok) }
        }
        #expect(outcomes.withLock { $0.filter { $0 }.count } == 1)
        let decided = try #require(try s.f.store.read { try $0.signoff(id: id) })
        #expect(decided.status == .approved ? decided.orderCaseID != nil : decided.orderCaseID == nil)
        #expect(try s.f.store.read { try $0.projection(of: CaseID("SO-\(id)")) } == nil || decided.status == .approved)
    }

    @Test func anUnsignedSignoffPassesUpOneLevelOnce() throws {
        var s = try SignoffFixture()
        #expect(try s.supervisor.escalateExpiredSignoffs(at: s.at("2026-10-26T17:00")).isEmpty, "due at 17:00: not yet expired")
        let passed = try s.supervisor.escalateExpiredSignoffs(at: s.at("2026-10-26T17:00:01"))
        #expect(passed.map(\.level) == ["city"])
        #expect(passed.map { s.f.show($0.due) } == ["2026-10-28T17:00:00+08:00"])
        let old = try #require(try s.f.store.read { try $0.signoff(id: s.signoff.id) })
        #expect(old.status == .escalated && old.escalatedTo == passed[0].newID)
        #expect(try s.supervisor.escalateExpiredSignoffs(at: s.at("2026-10-27T09:00")).isEmpty, "passed up once")
        let listed = try s.f.store.read { try $0.escalations(tier: .leadership) }
        #expect(listed.count == 1, "the escalation is listed once, with its current sign-off")
        #expect(listed.first?.escalation.signoffLevel == "city" && listed.first?.signoffStatus == "pending")
        #expect(try s.supervisor.escalateExpiredSignoffs(at: s.at("2026-11-30T09:00")).isEmpty, "the city level is the top")
        // The district leader may no longer decide it; the city leader may, on the new one.
        #expect(throws: SignoffRefusal.self) {
            try s.desk.approve(s.signoff.id, token: s.tokens["l-nanguan"], instruction: "Go", at: s.at("2026-10-27T09:00"))
        }
        try s.desk.approve(passed[0].newID, token: s.tokens["l-city"], instruction: "Go", at: s.at("2026-10-27T09:00"))
        #expect(try s.auditActions().contains("signoff.escalate"))
    }

    @Test func aResubmittedSignoffStillPassesUpWithinTenSecondsOfItsDueInstant() throws {
        var s = try SignoffFixture()
        let due = s.signoff.dueAt
        try s.desk.return(s.signoff.id, token: s.tokens["l-nanguan"], reason: "Which street?", at: due.adding(seconds: -20))
        #expect(try s.supervisor.escalateExpiredSignoffs(at: due.adding(seconds: -15)).isEmpty, "nothing pending: checked, cached")
        try s.desk.resubmit(s.signoff.id, by: "staff:centre", at: due.adding(seconds: -14))
        // Due again 6 s after its old due instant (it spent 6 s returned).
        #expect(try s.supervisor.escalateExpiredSignoffs(at: due.adding(seconds: -6)).isEmpty)
        var passed: [SignoffEscalation] = []
        var second = 7
        while passed.isEmpty && second < 30 {
            passed = try s.supervisor.escalateExpiredSignoffs(at: due.adding(seconds: Int64(second)))
            second += 1
        }
        #expect(passed.map(\.expired.id) == [s.signoff.id])
        #expect(second - 1 <= 6 + 10 + 1, "found at most ten seconds after it expired, at second \(second - 1)")
    }
}
