import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// Sign-offs write their notices with what makes them true: passing up, each decision, the supervision
/// order of an approval; a refused decision writes none.
@Suite struct SignoffNoticeTests {
    /// The notices written after the fixture's escalations (its warning … leadership and sign-off request).
    static func laterNotices(_ s: SignoffFixture) throws -> [Notice] {
        Array(try s.f.store.read { try $0.unroutedNotices(limit: 1_000) }.map(\.notice).dropFirst(5))
    }

    @Test func theLeadershipTierRequestsItsSignoffThroughTheOutbox() throws {
        let s = try SignoffFixture()
        let notices = try s.f.store.read { try $0.unroutedNotices(limit: 1_000) }.map(\.notice)
        #expect(notices.map(\.kind) == [.escalation, .escalation, .escalation, .escalation, .signoffRequested])
        #expect(notices.last?.signoff?.id == s.signoff.id && notices.last?.unit == SignoffFixture.unit)
    }

    @Test func anApprovalWritesItsDecisionAndItsSupervisionOrder() throws {
        let s = try SignoffFixture()
        let now = try s.at("2026-10-23T10:00")
        let (order, due) = try s.desk.approve(s.signoff.id, token: s.tokens["l-nanguan"], instruction: "Fix it this week", at: now)
        let notices = try Self.laterNotices(s)
        #expect(notices.map(\.kind) == [.signoffDecided, .supervisionOrder])
        let facts = SignoffFacts(id: s.signoff.id, level: "district", status: .approved, decidedBy: "l-nanguan", orderCaseID: order)
        #expect(notices.allSatisfy { $0.signoff == facts && $0.at == now && $0.caseID == CaseID("C1") && $0.unit == SignoffFixture.unit })
        #expect(notices.allSatisfy { $0.category == "sanitation" && $0.urgency == Urgency("normal") })
        #expect(notices[1].dueAt == due)
        #expect(notices[1].next?.tier == .warning && (notices[1].next?.dueAt ?? due) < due, "the order's first step")
    }

    @Test(arguments: [SignoffStatus.rejected, .returned])
    func aRejectionOrReturnWritesItsDecision(_ status: SignoffStatus) throws {
        let s = try SignoffFixture()
        let now = try s.at("2026-10-23T10:00")
        if status == .rejected {
            try s.desk.reject(s.signoff.id, token: s.tokens["l-nanguan"], reason: "Citizen withdrew", at: now)
        } else {
            try s.desk.return(s.signoff.id, token: s.tokens["l-nanguan"], reason: "Which street?", at: now)
        }
        let notices = try Self.laterNotices(s)
        #expect(notices.map(\.kind) == [.signoffDecided])
        #expect(notices.first?.signoff == SignoffFacts(id: s.signoff.id, level: "district", status: status, decidedBy: "l-nanguan", orderCaseID: nil))
        #expect(notices.first?.next?.tier == .notice, "the case's own next step")
    }

    @Test func aResubmittedSignoffIsRequestedAgain() throws {
        let s = try SignoffFixture()
        try s.desk.return(s.signoff.id, token: s.tokens["l-nanguan"], reason: "Which street?", at: s.at("2026-10-23T10:00"))
        let now = try s.at("2026-10-24T10:00")
        try s.desk.resubmit(s.signoff.id, by: "staff:centre", note: "Street added", at: now)
        let notices = try Self.laterNotices(s)
        #expect(notices.map(\.kind) == [.signoffDecided, .signoffRequested])
        let request = try #require(notices.last)
        #expect(request.signoff == SignoffFacts(id: s.signoff.id, level: "district", status: .pending, decidedBy: nil, orderCaseID: nil))
        #expect(request.tier == .leadership && request.action == .signoff && request.at == now)
        #expect(request.dueAt == s.signoff.dueAt.adding(seconds: 86_400), "due later by the day it spent returned")
    }

    @Test func aRefusedDecisionWritesNoNotice() throws {
        let s = try SignoffFixture()
        #expect(throws: SignoffRefusal.self) {
            try s.desk.approve(s.signoff.id, token: s.tokens["l-chaoyang"], instruction: "Go", at: s.at("2026-10-23T10:00"))
        }
        #expect(try Self.laterNotices(s).isEmpty)
    }

    @Test func aSignoffPassedUpWritesItsNoticeOnce() throws {
        var s = try SignoffFixture()
        let passed = try s.supervisor.escalateExpiredSignoffs(at: s.at("2026-10-26T17:00:01"))
        #expect(passed.count == 1)
        _ = try s.supervisor.escalateExpiredSignoffs(at: s.at("2026-10-27T09:00"))
        let notices = try Self.laterNotices(s)
        #expect(notices.map(\.kind) == [.signoffPassedUp])
        #expect(notices.first?.signoff == SignoffFacts(id: passed[0].newID, level: "city", status: .pending, decidedBy: nil, orderCaseID: nil))
        #expect(notices.first?.dueAt == passed[0].due && notices.first?.at == s.signoff.dueAt)
    }
}
