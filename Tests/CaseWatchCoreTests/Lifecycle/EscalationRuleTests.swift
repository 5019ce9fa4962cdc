import CaseWatchCore
import Testing

/// Deadline rules beyond single transitions: explicit deadlines, the explicit-only variant, repeats.
@Suite("Lifecycle: explicit deadlines and repeats")
struct EscalationRuleTests {
    let f: LifecycleFixture
    init() throws { f = try LifecycleFixture() }

    @Test func anExplicitDeadlineAtOrBeforeTheDispatchIsDueAtOnce() throws {
        let p = try f.project([
            f.event(1, "2024-10-14T09:00", LifecycleFixture.registered),
            f.event(2, "2024-10-14T10:00", .dispatched(unit: UnitID("unit-a"), resolveBy: f.china.at("2024-10-13T10:00"))),
        ])
        #expect(p.resolve?.due == f.china.at("2024-10-14T10:00"))
        #expect(p.steps.first { $0.tier == .overdue }?.due == f.china.at("2024-10-14T10:00"))
    }

    @Test func theExplicitVariantHasNoDeadlineWithoutResolveBy() throws {
        let catalog = VariantPolicyCatalog(f)
        let registered = CaseEventKind.registered(category: CaseCategory("x")!, urgency: PolicyFixture.normal, policyVersion: "2026.1+explicit")
        let without = try CaseLifecycle.project([
            f.event(1, "2024-10-14T09:00", registered), f.event(2, "2024-10-14T10:00", LifecycleFixture.dispatchedA),
        ], catalog: catalog)!
        #expect(without.policyVersion == "2026.1+explicit")
        #expect(without.accept == nil && without.resolve == nil && without.steps.isEmpty)
        let with = try CaseLifecycle.project([
            f.event(1, "2024-10-14T09:00", registered),
            f.event(2, "2024-10-14T10:00", .dispatched(unit: UnitID("unit-a"), resolveBy: f.china.at("2024-10-15T10:00"))),
        ], catalog: catalog)!
        #expect(with.accept == nil)
        #expect(with.resolve?.due == f.china.at("2024-10-15T10:00"))
        #expect(with.steps.first { $0.tier == .overdue }?.due == f.china.at("2024-10-15T10:00"))
        #expect(with.steps.allSatisfy { $0.deadline == .resolve })
    }

    func reopened(times: Int) throws -> CaseProjection {
        var events = f.dispatchedCase()
        var n = 3
        for day in 0..<times {
            let date = "2024-10-\(15 + day)"
            events += [
                f.event(n, "\(date)T09:00", .replied), f.event(n + 1, "\(date)T10:00", .closed(satisfaction: .dissatisfied)),
                f.event(n + 2, "\(date)T11:00", .reopened(reason: nil)),
            ]
            n += 3
        }
        return try f.project(events)
    }

    @Test func theThirdReopenGoesStraightToLeadership() throws {
        let twice = try reopened(times: 2)
        #expect(twice.steps.first?.tier == .warning)
        let thrice = try reopened(times: 3)
        #expect(thrice.reopens == 3)
        #expect(thrice.steps.first?.tier == .leadership)
        #expect(thrice.steps.first?.due == thrice.cycleStart)
        #expect(thrice.steps.filter { $0.tier == .leadership }.count == 1)
    }

    @Test func theThirdTransferGoesStraightToLeadership() throws {
        let p = try f.project(f.dispatchedCase() + [
            f.event(3, "2024-10-15T09:00", .transferred(to: UnitID("unit-b"), reason: nil)),
            f.event(4, "2024-10-16T09:00", .transferred(to: UnitID("unit-c"), reason: nil)),
            f.event(5, "2024-10-17T09:00", .transferred(to: UnitID("unit-d"), reason: nil)),
        ])
        #expect(p.transfers == 3 && p.unit == UnitID("unit-d"))
        #expect(p.nextStep()?.tier == .leadership)
        #expect(p.nextStep()?.due == f.china.at("2024-10-17T09:00"))
    }
}
