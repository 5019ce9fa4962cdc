import CaseWatchCore
import CaseWatchStore
import CaseWatchWheel

/// The live engine: every open case's next step waits on a timer wheel; when one falls due the supervisor
/// re-checks the case against the store and, in one transaction, records each due escalation (once per
/// case, cycle and tier: the store refuses a second), its ledger entry and sign-off, and the next step.
///
/// Time comes in from the owner (a `DispatchSourceTimer` in the daemon, a virtual clock in tests); the
/// wheel is only a reminder to look, never the truth.
public struct Supervisor {
    /// The store.
    public let store: CaseStore
    /// The policies.
    public let catalog: VariantPolicyCatalog
    private var wheel = TimerWheel<CaseID>(now: 0)
    private var handles: [CaseID: TimerHandle] = [:]

    /// Creates a supervisor with an empty wheel; `start(at:)` fills it.
    public init(store: CaseStore, catalog: any PolicyCatalog) {
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
    }

    /// The earliest instant at which `advance(to:)` may fire something, nil when nothing waits.
    public var nextDue: Instant? { wheel.nextExpiry().map { Instant(secondsSinceEpoch: Int64($0)) } }

    /// How many cases wait on the wheel.
    public var waiting: Int { wheel.count }

    /// Fills the wheel from every stored next step, then catches up: every step that fell due while the
    /// engine was down fires once, in due order, detected at `now`.
    public mutating func start(at now: Instant) throws -> [Escalation] {
        wheel = TimerWheel<CaseID>(now: Self.tick(now))
        handles = [:]
        for (caseID, due) in try store.read({ try $0.pendingSteps() }) {
            handles[caseID] = wheel.schedule(caseID, at: Self.tick(due))
        }
        return try advance(to: now)
    }

    /// Appends intake records (checked first; refused records are returned) and moves the wheel entries
    /// of the cases they touched.
    public mutating func ingest(_ records: [IntakeRecord], source: String, at now: Instant) throws -> (IntakeOutcome, [IntakeProblem]) {
        let intake = EventIntake(store: store, catalog: catalog)
        let check = try intake.check(records)
        let outcome = try intake.append(check.accepted, source: source, recordedAt: now)
        try follow(outcome.touched)
        return (outcome, check.problems)
    }

    /// Re-reads the stored next step of each case and moves its wheel entry to it.
    public mutating func follow(_ cases: Set<CaseID>) throws {
        let steps = try store.read { reader in try cases.map { ($0, try reader.storedNextStep(of: $0)) } }
        for (caseID, step) in steps { schedule(caseID, step?.due) }
    }

    /// Fires every step due by `now`, each case re-checked against the store in one transaction.
    public mutating func advance(to now: Instant) throws -> [Escalation] {
        var due: [CaseID] = []
        wheel.advance(to: Self.tick(now)) { _, caseID, _ in due.append(caseID) }
        guard !due.isEmpty else { return [] }
        for caseID in due { handles[caseID] = nil }
        let catalog = self.catalog
        let (escalations, next) = try store.write { writer -> ([Escalation], [(CaseID, Instant?)]) in
            var recorded: [Escalation] = []
            var next: [(CaseID, Instant?)] = []
            for caseID in due {
                guard let projection = try writer.projection(of: caseID),
                      let policy = catalog.policy(version: projection.policyVersion) else { continue }
                let fired = try writer.firedTiers(of: caseID, cycle: projection.cycle)
                let (escalations, step) = LadderFiring.due(projection, policy: policy, fired: fired, now: now, detectedAt: now)
                for escalation in escalations {
                    let signoffDue = escalation.signoffLevel.map { _ in
                        catalog.calendar(for: policy).deadline(from: now, adding: SignoffDefaults.deadline).due
                    }
                    if try writer.recordEscalation(escalation, signoffDue: signoffDue) { recorded.append(escalation) }
                }
                try writer.saveProjection(projection, nextStep: step)
                next.append((caseID, step?.due))
            }
            return (recorded, next)
        }
        for (caseID, due) in next { schedule(caseID, due) }
        return escalations
    }

    private mutating func schedule(_ caseID: CaseID, _ due: Instant?) {
        if let handle = handles.removeValue(forKey: caseID) { _ = wheel.cancel(handle) }
        if let due { handles[caseID] = wheel.schedule(caseID, at: Self.tick(due)) }
    }

    static func tick(_ instant: Instant) -> UInt64 { UInt64(max(0, instant.secondsSinceEpoch)) }
}
