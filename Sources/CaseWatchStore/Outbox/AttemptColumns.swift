import CaseWatchCore

/// A delivery attempt as a `delivery_attempts` row, for both backends: its columns, the values one attempt
/// writes to them and to its delivery, and the attempt read back.
package enum AttemptColumns {
    /// The attempt's columns after `delivery_id`, in the order ``values(of:outcome:into:)`` gives and
    /// ``attempt(_:delivery:)`` reads them.
    package static let list = "at, latency_ms, http_status, error, outcome, retry_at, dead_reason"

    /// Gives the values of ``list`` for `attempt`, which came to `outcome`.
    package static func values(of attempt: DeliveryAttempt, outcome: DeliveryOutcome, into parameters: inout some StoredParameters) {
        parameters.integer(attempt.at.secondsSinceEpoch)
        // A clock that stepped back must not make the row refuse the attempt (latency_ms >= 0).
        parameters.integer(max(0, attempt.latencyMilliseconds))
        parameters.integer(attempt.httpStatus.map(Int64.init))
        parameters.text(attempt.error)
        parameters.text(outcome.status.rawValue)
        parameters.integer(outcome.retryAt?.secondsSinceEpoch)
        parameters.text(outcome.deadReason)
    }

    /// Gives what a delivery (not yet sent) becomes after `attempt` came to `outcome`, in the order
    /// `status, next_attempt_at, last_error, sent_at, dead_reason`: waiting again until the retry, sent, or
    /// given up; the error kept is the attempt's own, else its HTTP status.
    package static func deliveryValues(after attempt: DeliveryAttempt, outcome: DeliveryOutcome, into parameters: inout some StoredParameters) {
        let error = attempt.error ?? attempt.httpStatus.map { "HTTP \($0)" }
        parameters.text(outcome.status.rawValue)
        parameters.integer(outcome.retryAt?.secondsSinceEpoch)
        parameters.text(outcome == .sent ? nil : error)
        parameters.integer(outcome == .sent ? attempt.at.secondsSinceEpoch : nil)
        parameters.text(outcome.deadReason)
    }

    /// The attempt read from a row of ``list``; `id` (its delivery) names it in a corruption report.
    package static func attempt(_ row: some StoredRow, delivery id: Int64) throws(StoreError) -> DeliveryAttempt {
        let outcomeName = try row.text(4)
        let outcome: DeliveryOutcome
        switch outcomeName {
        case "sent": outcome = .sent
        case "failed": outcome = .failed(retryAt: Instant(secondsSinceEpoch: try row.optionalInt(5) ?? 0))
        case "dead": outcome = .dead(reason: try row.optionalText(6) ?? "")
        default: throw .corrupt("delivery \(id): attempt outcome '\(outcomeName)' is unknown")
        }
        return DeliveryAttempt(
            at: try row.instant(0), latencyMilliseconds: try row.int(1), httpStatus: try row.optionalInt(2).map { Int($0) },
            error: try row.optionalText(3), outcome: outcome
        )
    }
}
