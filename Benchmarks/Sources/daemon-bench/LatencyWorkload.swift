import CaseWatchCore
import CaseWatchEngine

/// Urgent cases registered and dispatched in the recent past so that their warnings (48 s after dispatch)
/// and overdue steps (60 s) fall due at whole seconds spread over the next minute of real time.
enum LatencyWorkload {
    /// The unit every case is dispatched to.
    static let unit = UnitID("bench.unit")

    /// `count` cases; case `i` is dispatched `spread · i / count` seconds before `start`, so its warning is
    /// due between `start + 48 − spread` and `start + 48` and its overdue step 12 s later.
    static func records(count: Int, start: Instant, spread: Int64) -> [IntakeRecord] {
        var records: [IntakeRecord] = []
        records.reserveCapacity(2 * count)
        for index in 0..<count {
            let caseID = CaseID("12345-bench-\(start.secondsSinceEpoch)-\(index)")
            let at = start.adding(seconds: -(spread * Int64(index) / Int64(count)))
            let kinds: [CaseEventKind] = [
                .registered(category: CaseCategory("road")!, urgency: Urgency("urgent"), policyVersion: nil),
                .dispatched(unit: unit, resolveBy: nil),
            ]
            for (number, kind) in kinds.enumerated() {
                let event = CaseEvent(id: EventID("\(caseID)-\(number)"), caseID: caseID, at: at, actor: "bench", kind: kind)
                records.append(IntakeRecord(line: records.count + 1, event: event, raw: ""))
            }
        }
        return records
    }
}
