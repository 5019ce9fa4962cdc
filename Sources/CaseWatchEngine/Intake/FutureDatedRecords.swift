import CaseWatchCore

extension IntakeParse {
    /// Moves every record dated more than ``Limits/futureAllowanceSeconds`` after `recordedAt` (the
    /// intake clock) from the records to the problems.
    ///
    /// A case's events must come in order, so a single event dated in the future would lock its case:
    /// every later event, dated before it, would be refused for good.
    public mutating func refuseFutureDated(recordedAt: Instant) {
        let latest = recordedAt.adding(seconds: Limits.futureAllowanceSeconds)
        guard records.contains(where: { $0.event.at > latest }) else { return }
        var kept: [IntakeRecord] = []
        kept.reserveCapacity(records.count)
        for record in records {
            guard record.event.at > latest else {
                kept.append(record)
                continue
            }
            problems.append(IntakeProblem(
                line: record.line,
                reason: .futureDated(at: record.event.at, receivedAt: recordedAt),
                raw: record.raw
            ))
        }
        records = kept
    }
}
