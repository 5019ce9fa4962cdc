import CaseWatchCore

extension IntakeParse {
    /// Moves every record dated more than ``Limits/futureAllowanceSeconds`` after `recordedAt` (the
    /// intake clock) from the records to the problems.
    ///
    /// A case's events must come in order, so a single event dated in the future would lock its case:
    /// every later event, dated before it, would be refused for good.
    public mutating func refuseFutureDated(recordedAt: Instant, zone: ZoneRules) {
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
                message: "'at' \(InstantFormatter.format(record.event.at, in: zone)) is in the future: more than a day after it was received (\(InstantFormatter.format(recordedAt, in: zone))); date an event when it happened (check the sender's clock), since a future-dated event would refuse every later event of its case",
                raw: record.raw
            ))
        }
        records = kept
    }
}
