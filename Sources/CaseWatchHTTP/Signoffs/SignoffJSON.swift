import CaseWatchCore
import Foundation
import Hummingbird

/// A sign-off as the API shows it: snake_case members, instants as RFC 3339 text in the display zone,
/// members without a value as `null`.
enum SignoffJSON {
    /// The sign-off's members.
    static func object(_ signoff: Signoff, zone: ZoneRules) -> [String: Any] {
        let time = { (instant: Instant?) -> Any in instant.map { InstantFormatter.format($0, in: zone) } ?? NSNull() }
        let text = { (value: String?) -> Any in value ?? NSNull() }
        return [
            "id": signoff.id, "case_id": signoff.caseID.rawValue, "unit_id": signoff.unit.rawValue, "cycle": signoff.cycle,
            "escalation_id": signoff.escalationID, "escalation_due_at": time(signoff.escalationDueAt), "level": signoff.level,
            "status": signoff.status.rawValue, "due_at": time(signoff.dueAt), "decided_by": text(signoff.decidedBy),
            "decided_at": time(signoff.decidedAt), "instruction": text(signoff.instruction), "reason": text(signoff.reason),
            "returned_at": time(signoff.returnedAt), "order_case_id": text(signoff.orderCaseID?.rawValue),
            "escalated_to": signoff.escalatedTo.map { $0 as Any } ?? NSNull(),
        ]
    }

    /// `object` as a JSON answer.
    static func response(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
