import CaseWatchCore

/// A leader's three decisions and the centre's resubmission, each returning the line that confirms it;
/// shared by the single commands and the interactive review.
extension SignoffSession {
    /// Approves sign-off `id` and opens its supervision order.
    func approve(_ id: Int64, token: String?, instruction: String, deadline: ClockDuration?, at now: Instant) throws -> String {
        let (order, due) = try Self.refusing {
            try desk.approve(id, token: token, instruction: instruction, deadline: deadline, at: now)
        }
        return "approved sign-off \(id): supervision order \(order) opened, due \(show(due)); `casewatch cases show \(order)` follows it"
    }

    /// Rejects sign-off `id`; the escalation's points are given back.
    func reject(_ id: Int64, token: String?, reason: String, at now: Instant) throws -> String {
        let points = try Self.refusing { try desk.reject(id, token: token, reason: reason, at: now) }
        let unit = try signoff(id).unit
        return "rejected sign-off \(id): \(AssessmentPoints(hundredths: abs(points.hundredths))) points given back to \(unit)"
    }

    /// Returns sign-off `id` to the hotline centre; its clock pauses.
    func returnToCentre(_ id: Int64, token: String?, reason: String, at now: Instant) throws -> String {
        try Self.refusing { try desk.return(id, token: token, reason: reason, at: now) }
        return "returned sign-off \(id) to the hotline centre; its clock is paused until `casewatch signoff resubmit \(id)`"
    }
}
