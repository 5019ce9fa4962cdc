import CaseWatchCore
import CaseWatchTesting

/// One policy on the 2024 mainland calendar, as a catalog, and a terse way to write a case's events.
struct LifecycleFixture: PolicyCatalog {
    let policy: Policy
    let china: WorkCalendar

    init() throws {
        policy = try PolicyFixture.policy()
        china = try CalendarFixtures.mainland2024()
    }

    func policy(version: String) -> Policy? { version == policy.version ? policy : nil }
    func policy(at instant: Instant) -> Policy? { policy }
    func calendar(for policy: Policy) -> WorkCalendar { china }

    /// An event of case `C1` (or `caseID`) at a Shanghai wall time.
    func event(_ n: Int, _ at: String, _ kind: CaseEventKind, case caseID: String = "C1") -> CaseEvent {
        CaseEvent(id: EventID("\(caseID)-\(n)"), caseID: CaseID(caseID), at: china.at(at), actor: "test", kind: kind)
    }

    static let registered = CaseEventKind.registered(category: CaseCategory("sanitation")!, urgency: PolicyFixture.normal, policyVersion: nil)
    static let dispatchedA = CaseEventKind.dispatched(unit: UnitID("unit-a"), resolveBy: nil)

    /// Applies events in order from nothing.
    func project(_ events: [CaseEvent]) throws(TransitionError) -> CaseProjection {
        try CaseLifecycle.project(events, catalog: self)!
    }

    /// The reason the last of `events` is refused, or nil when all apply.
    func refusal(_ events: [CaseEvent]) -> String? {
        do {
            _ = try project(events)
            return nil
        } catch {
            return error.reason
        }
    }

    /// A case registered Mon 2024-10-14 09:00 and dispatched to unit-a at 10:00.
    func dispatchedCase() -> [CaseEvent] {
        [event(1, "2024-10-14T09:00", Self.registered), event(2, "2024-10-14T10:00", Self.dispatchedA)]
    }
}
