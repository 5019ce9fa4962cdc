import CaseWatchCore
import CaseWatchStore

/// One attempt as `deliveries show` prints it.
struct DeliveryAttemptRow: Encodable {
    let at: String
    let latencyMilliseconds: Int64
    let httpStatus: Int?
    let error: String?
    let outcome: String
    let retryAt: String?
    let deadReason: String?

    enum CodingKeys: String, CodingKey {
        case at, error, outcome
        case latencyMilliseconds = "latency_ms", httpStatus = "http_status", retryAt = "retry_at", deadReason = "dead_reason"
    }

    init(_ attempt: DeliveryAttempt, zone: ZoneRules) {
        at = InstantFormatter.format(attempt.at, in: zone)
        latencyMilliseconds = attempt.latencyMilliseconds
        httpStatus = attempt.httpStatus
        error = attempt.error
        outcome = attempt.outcome.status.rawValue
        switch attempt.outcome {
        case .sent:
            retryAt = nil
            deadReason = nil
        case let .failed(retry):
            retryAt = InstantFormatter.format(retry, in: zone)
            deadReason = nil
        case let .dead(reason):
            retryAt = nil
            deadReason = reason
        }
    }

    /// The columns of the attempts table.
    static let header = ["#", "at", "latency", "HTTP", "outcome", "error / next"]

    /// The row in the attempts table, numbered from 1.
    func cells(number: Int) -> [String] {
        let detail = [error, retryAt.map { "retry at \($0)" }, deadReason.map { "given up: \($0)" }].compactMap { $0 }
        return [
            "\(number)", at, "\(latencyMilliseconds) ms", httpStatus.map { "\($0)" } ?? "-", outcome,
            detail.isEmpty ? "-" : detail.joined(separator: "; "),
        ]
    }
}
