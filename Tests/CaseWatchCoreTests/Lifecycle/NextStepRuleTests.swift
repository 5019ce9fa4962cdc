import CaseWatchCore
import Testing

/// The one rule for a case's stored next step: the owed step if one fell due before a later event, else
/// the next unfired step.
@Suite("Lifecycle: the next step to store")
struct NextStepRuleTests {
    let f: LifecycleFixture
    init() throws { f = try LifecycleFixture() }

    /// The dispatched case and its first step.
    func waiting() throws -> (CaseProjection, PendingStep) {
        let p = try f.project(f.dispatchedCase())
        return (p, try #require(p.nextStep()))
    }

    @Test func aStepDueBeforeTheEventIsOwed() throws {
        let (before, first) = try waiting()
        let reply = f.event(3, "2024-12-02T10:00", .replied)
        #expect(NextStepRule.mayOwe(before, before: reply))
        #expect(NextStepRule.owed(before: reply, case: before, fired: []) == first)
        let after = try f.project(f.dispatchedCase() + [reply])
        #expect(NextStepRule.stored(owed: first, after: after, fired: []) == first, "the owed step is kept")
    }

    @Test func aStepDueAtTheEventsInstantIsNotOwed() throws {
        let (before, first) = try waiting()
        let reply = CaseEvent(id: EventID("C1-3"), caseID: CaseID("C1"), at: first.due, actor: "test", kind: .replied)
        #expect(NextStepRule.owed(before: reply, case: before, fired: []) == nil, "events at an instant come before its timers")
        #expect(NextStepRule.owed(waitingOn: first, before: first.due.adding(seconds: 1)) == first)
    }

    @Test func aFiredStepIsNotOwedButTheNextUnfiredOneMayBe() throws {
        let (before, first) = try waiting()
        let late = f.event(3, "2024-12-02T10:00", .replied)
        let owed = NextStepRule.owed(before: late, case: before, fired: [first.tier])
        #expect(owed != nil && owed != first)
        #expect(owed == before.nextStep(excluding: [first.tier]))
    }

    @Test func withNothingOwedTheNextUnfiredStepIsStored() throws {
        let (before, first) = try waiting()
        let early = f.event(3, "2024-10-14T11:00", .accepted)
        #expect(!NextStepRule.mayOwe(before, before: early))
        #expect(NextStepRule.owed(before: early, case: before, fired: []) == nil)
        #expect(NextStepRule.owed(before: early, case: nil, fired: []) == nil, "nothing is owed before registration")
        #expect(NextStepRule.stored(owed: nil, after: before, fired: [first.tier]) == before.nextStep(excluding: [first.tier]))
    }
}
