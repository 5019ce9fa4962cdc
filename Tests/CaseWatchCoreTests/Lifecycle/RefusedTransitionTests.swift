import CaseWatchCore
import Testing

/// Every transition the lifecycle refuses, with the reason it gives.
@Suite("Lifecycle: refused transitions")
struct RefusedTransitionTests {
    let f: LifecycleFixture
    init() throws { f = try LifecycleFixture() }

    func expectRefused(_ events: [CaseEvent], _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let reason = f.refusal(events)
        #expect(reason?.contains(fragment) == true, "reason: \(reason ?? "none (accepted)")", sourceLocation: sourceLocation)
    }

    var closedCase: [CaseEvent] {
        f.dispatchedCase() + [
            f.event(3, "2024-10-14T11:00", .accepted), f.event(4, "2024-10-15T11:00", .replied),
            f.event(5, "2024-10-16T09:00", .closed(satisfaction: .satisfied)),
        ]
    }

    @Test func theFirstEventMustBeARegistration() {
        expectRefused([f.event(1, "2024-10-14T09:00", .accepted)], "first event must be 'registered'")
    }

    @Test func aCaseIsRegisteredOnce() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-14T11:00", LifecycleFixture.registered)], "already registered")
    }

    @Test func acceptBeforeDispatch() {
        expectRefused([f.event(1, "2024-10-14T09:00", LifecycleFixture.registered), f.event(2, "2024-10-14T09:10", .accepted)], "not been dispatched")
    }

    @Test func acceptTwice() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-14T11:00", .accepted), f.event(4, "2024-10-14T11:30", .accepted)], "already accepted")
    }

    @Test func replyOnAClosedCase() {
        expectRefused(closedCase + [f.event(6, "2024-10-16T10:00", .replied)], "closed")
    }

    @Test func closeBeforeTheReply() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-14T11:00", .closed(satisfaction: nil))], "once the unit has replied")
    }

    @Test func resumeWithoutSuspend() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-14T11:00", .resumed)], "not suspended")
    }

    @Test func whileSuspendedOnlyResumeOrExtensionDecisions() {
        expectRefused(f.dispatchedCase() + [
            f.event(3, "2024-10-14T11:00", .suspended(reason: nil)), f.event(4, "2024-10-14T12:00", .replied),
        ], "resume it first")
    }

    @Test func anExtensionRequestedAfterTheDeadlinePassed() {
        expectRefused(f.dispatchedCase() + [
            f.event(3, "2024-10-22T09:00", .extensionRequested(days: 2, reason: "late")),
        ], "deadline passed")
    }

    @Test func anExtensionBeyondThePolicysMaximum() {
        expectRefused(f.dispatchedCase() + [
            f.event(3, "2024-10-15T09:00", .extensionRequested(days: 6, reason: "long")),
        ], "maximum")
    }

    @Test func aGrantWithoutARequest() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-15T09:00", .extensionGranted(days: 2))], "no extension request is pending")
    }

    @Test func aGrantOfMoreThanRequested() {
        expectRefused(f.dispatchedCase() + [
            f.event(3, "2024-10-15T09:00", .extensionRequested(days: 2, reason: "x")),
            f.event(4, "2024-10-15T10:00", .extensionGranted(days: 3)),
        ], "at most the days requested")
    }

    @Test func aSecondRequestWhileOneIsPending() {
        expectRefused(f.dispatchedCase() + [
            f.event(3, "2024-10-15T09:00", .extensionRequested(days: 2, reason: "x")),
            f.event(4, "2024-10-15T10:00", .extensionRequested(days: 1, reason: "y")),
        ], "still pending")
    }

    @Test func aTransferToTheSameUnit() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-15T09:00", .transferred(to: UnitID("unit-a"), reason: nil))], "already with unit-a")
    }

    @Test func aSecondDispatchInsteadOfATransfer() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-15T09:00", .dispatched(unit: UnitID("unit-b"), resolveBy: nil))], "use 'transferred'")
    }

    @Test func aLateEventOlderThanTheCasesLast() {
        expectRefused(f.dispatchedCase() + [f.event(3, "2024-10-14T09:30", .accepted)], "late events are refused")
    }

    @Test func anUnknownUrgency() {
        let kind = CaseEventKind.registered(category: CaseCategory("road")!, urgency: Urgency("whenever"), policyVersion: nil)
        expectRefused([f.event(1, "2024-10-14T09:00", kind)], "unknown urgency 'whenever'")
    }

    @Test func anUnknownPinnedPolicyVersion() {
        let kind = CaseEventKind.registered(category: CaseCategory("road")!, urgency: PolicyFixture.normal, policyVersion: "1999.1")
        expectRefused([f.event(1, "2024-10-14T09:00", kind)], "1999.1 is not loaded")
    }

    @Test func returnOrReplyOnAReturnedCase() {
        expectRefused(f.dispatchedCase() + [
            f.event(3, "2024-10-14T11:00", .returned(reason: "x")), f.event(4, "2024-10-14T12:00", .replied),
        ], "dispatch it again first")
    }

    @Test func anEventOfAnotherCase() throws {
        let p = try f.project(f.dispatchedCase())
        #expect(throws: TransitionError.self) {
            try CaseLifecycle.apply(f.event(3, "2024-10-15T09:00", .accepted, case: "C2"), to: p, catalog: f)
        }
    }
}
