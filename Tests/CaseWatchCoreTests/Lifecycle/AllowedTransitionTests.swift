import CaseWatchCore
import Testing

/// Every transition the lifecycle allows, and what it does to the projection.
@Suite("Lifecycle: allowed transitions")
struct AllowedTransitionTests {
    let f: LifecycleFixture
    init() throws { f = try LifecycleFixture() }

    @Test func registrationPinsThePolicyAndStartsNoClock() throws {
        let p = try f.project([f.event(1, "2024-10-14T09:00", LifecycleFixture.registered)])
        #expect(p.status == .registered)
        #expect(p.policyVersion == "2026.1")
        #expect(p.cycle == 0 && p.accept == nil && p.resolve == nil && p.steps.isEmpty)
    }

    @Test func dispatchStartsTheAcceptAndResolveClocks() throws {
        let p = try f.project(f.dispatchedCase())
        #expect(p.status == .dispatched && p.unit == UnitID("unit-a") && p.cycle == 1)
        #expect(f.china.show(p.accept!.due) == "2024-10-14T12:00:00+08:00")  // 2 working hours: due at the window end
        #expect(f.china.show(p.resolve!.due) == "2024-10-21T17:00:00+08:00")  // 5 working days after Monday
        #expect(p.steps.map(\.tier) == [.warning, .overdue, .urge, .leadership])
        #expect(p.steps.map(\.due) == p.steps.map(\.due).sorted())
        #expect(p.steps[1].due == p.resolve!.due)
    }

    @Test func acceptanceMeetsTheAcceptDeadline() throws {
        let p = try f.project(f.dispatchedCase() + [f.event(3, "2024-10-14T11:00", .accepted)])
        #expect(p.status == .accepted)
        #expect(p.accept?.metAt == f.china.at("2024-10-14T11:00"))
        #expect(!p.steps.isEmpty)
    }

    @Test func aReplyEndsTheLadderAndAReplyWithoutAcceptanceAccepts() throws {
        let p = try f.project(f.dispatchedCase() + [f.event(3, "2024-10-15T11:00", .replied)])
        #expect(p.status == .replied)
        #expect(p.accept?.metAt == f.china.at("2024-10-15T11:00"))
        #expect(p.resolve?.metAt == f.china.at("2024-10-15T11:00"))
        #expect(p.steps.isEmpty)
    }

    @Test func closingRecordsSatisfaction() throws {
        let p = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-14T11:00", .accepted), f.event(4, "2024-10-15T11:00", .replied),
            f.event(5, "2024-10-16T09:00", .closed(satisfaction: .basicallySatisfied)),
        ])
        #expect(p.status == .closed && p.satisfaction == .basicallySatisfied)
        #expect(p.closedAt == f.china.at("2024-10-16T09:00"))
    }

    @Test func aConsultationCanBeClosedRightAfterRegistration() throws {
        let p = try f.project([
            f.event(1, "2024-10-14T09:00", LifecycleFixture.registered),
            f.event(2, "2024-10-14T09:05", .closed(satisfaction: .satisfied)),
        ])
        #expect(p.status == .closed && p.cycle == 0)
    }

    @Test func reopeningStartsANewCycleAtTheSameUnit() throws {
        let p = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-14T11:00", .accepted), f.event(4, "2024-10-15T11:00", .replied),
            f.event(5, "2024-10-16T09:00", .closed(satisfaction: .dissatisfied)),
            f.event(6, "2024-10-16T10:00", .reopened(reason: "not fixed")),
        ])
        #expect(p.status == .dispatched && p.cycle == 2 && p.reopens == 1 && p.unit == UnitID("unit-a"))
        #expect(p.accept?.metAt == nil && p.satisfaction == nil && p.closedAt == nil)
        #expect(f.china.show(p.resolve!.due) == "2024-10-23T17:00:00+08:00")  // 5 working days after Wednesday
    }

    @Test func aSuspensionPausesTheClocksAndTheResumeAddsTheTimeBack() throws {
        let suspended = try f.project(f.dispatchedCase() + [f.event(3, "2024-10-15T09:00", .suspended(reason: "waiting for citizen"))])
        #expect(suspended.status == .suspended && suspended.steps.isEmpty)
        #expect(suspended.suspendedSince == f.china.at("2024-10-15T09:00"))
        let resumed = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-15T09:00", .suspended(reason: nil)), f.event(4, "2024-10-16T09:00", .resumed),
        ])
        #expect(resumed.status == .dispatched)
        #expect(resumed.pauses == [TimeSpan(start: f.china.at("2024-10-15T09:00"), end: f.china.at("2024-10-16T09:00"))])
        // One working day paused: due one working day later.
        #expect(f.china.show(resumed.resolve!.due) == "2024-10-22T17:00:00+08:00")
        #expect(!resumed.steps.isEmpty)
    }

    @Test func aTransferRestartsTheClocksAtTheReceivingUnit() throws {
        let p = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-15T10:00", .transferred(to: UnitID("unit-b"), reason: "not ours")),
        ])
        #expect(p.unit == UnitID("unit-b") && p.cycle == 2 && p.transfers == 1 && p.status == .dispatched)
        #expect(p.cycleStart == f.china.at("2024-10-15T10:00"))
        #expect(f.china.show(p.resolve!.due) == "2024-10-22T17:00:00+08:00")
    }

    @Test func aReturnLeavesTheCaseWithoutUnitUntilItIsDispatchedAgain() throws {
        let returned = try f.project(f.dispatchedCase() + [f.event(3, "2024-10-14T15:00", .returned(reason: "not our area"))])
        #expect(returned.status == .returned && returned.unit == nil && returned.returns == 1 && returned.steps.isEmpty)
        let again = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-14T15:00", .returned(reason: "not our area")),
            f.event(4, "2024-10-14T16:00", .dispatched(unit: UnitID("unit-c"), resolveBy: nil)),
        ])
        #expect(again.status == .dispatched && again.unit == UnitID("unit-c") && again.cycle == 2)
    }

    @Test func aGrantedExtensionKeepsTheOriginalDeadlineBesideTheNewOne() throws {
        let p = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-14T11:00", .accepted),
            f.event(4, "2024-10-15T09:00", .extensionRequested(days: 3, reason: "parts on order")),
            f.event(5, "2024-10-15T10:00", .extensionGranted(days: 2)),
        ])
        #expect(f.china.show(p.resolve!.due) == "2024-10-21T17:00:00+08:00")
        #expect(f.china.show(p.resolve!.extendedDue!) == "2024-10-23T17:00:00+08:00")
        #expect(p.extensionDays == 2 && p.pendingExtension == nil)
        #expect(p.steps.first { $0.tier == .overdue }?.due == p.resolve!.extendedDue)
    }

    @Test func aDeniedExtensionChangesNoDeadline() throws {
        let base = try f.project(f.dispatchedCase())
        let p = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-15T09:00", .extensionRequested(days: 3, reason: "busy")),
            f.event(4, "2024-10-15T10:00", .extensionDenied(reason: nil)),
        ])
        #expect(p.resolve == base.resolve && p.pendingExtension == nil && p.extensionDays == 0)
    }

    @Test func anExplicitResolveDeadlineReplacesThePolicyTarget() throws {
        let p = try f.project([
            f.event(1, "2024-10-14T09:00", LifecycleFixture.registered),
            f.event(2, "2024-10-14T10:00", .dispatched(unit: UnitID("unit-a"), resolveBy: f.china.at("2024-10-16T08:30"))),
        ])
        #expect(p.resolve?.due == f.china.at("2024-10-16T08:30"))
        #expect(p.resolve?.explicit == true)
    }

    @Test func eventsAtTheSameInstantApplyInOrder() throws {
        let p = try f.project([
            f.event(1, "2024-10-14T09:00", LifecycleFixture.registered),
            f.event(2, "2024-10-14T09:00", LifecycleFixture.dispatchedA),
            f.event(3, "2024-10-14T09:00", .accepted),
        ])
        #expect(p.status == .accepted && p.eventCount == 3)
    }
}
