import CaseWatchCore
import CaseWatchStore

/// Keeping the wheel in step with the event log, whoever writes to it.
extension Supervisor {
    /// Appends intake records (checked first; refused records are returned) and moves the wheel entries
    /// of the cases they touched.
    public mutating func ingest(_ records: [IntakeRecord], source: String, at now: Instant) throws -> (IntakeOutcome, [IntakeProblem]) {
        let intake = EventIntake(store: store, catalog: catalog)
        let check = try intake.check(records)
        let outcome = try intake.append(check, source: source, recordedAt: now)
        try followLog()
        return (outcome, check.problems)
    }

    /// Reads the events stored since the last call (by this process or any other) and moves the wheel
    /// entry of every case they touched to its stored next step. Returns how many cases moved.
    ///
    /// With `outboxAt`, the same read also looks at the outbox: ``outboxNeedsAttention`` says whether a notice
    /// waits to be routed (another process's sign-off decision, say) or a delivery falls due by then (a
    /// retry, the end of a group wait or of a night), so the deliveries need no poll of their own; and
    /// ``earliestDeliveryAttempt`` says when the next one falls due, for a daemon that waits for it.
    @discardableResult
    public mutating func followLog(outboxAt: Instant? = nil) throws -> Int {
        let position = logPosition
        let (cases, through, steps, outbox) = try store.read { reader in
            let (cases, through) = try reader.casesWithEvents(after: position)
            let outbox = try outboxAt.map { at in
                let attempt = try reader.earliestDeliveryAttempt()
                return (needsAttention: try reader.hasUnroutedNotices() || attempt.map { $0 <= at } ?? false, attempt: attempt)
            }
            return (cases, through, try cases.map { ($0, try reader.storedNextStep(of: $0)) }, outbox)
        }
        for (caseID, step) in steps { timers.schedule(caseID, at: step?.due) }
        logPosition = through
        outboxNeedsAttention = outbox?.needsAttention ?? false
        if let outbox { earliestDeliveryAttempt = outbox.attempt }
        return cases.count
    }
}
