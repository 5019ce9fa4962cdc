import CaseWatchCore
import CaseWatchEngine
import Foundation

/// What the API says of an event that cannot be stored: its position, id, code and a detail naming the
/// remedy in the API's terms.
extension IntakeProblem {
    /// The problem as one entry of a problem document's `errors` (or an answer's `rejected`), instants shown
    /// in `zone`.
    func record(zone: ZoneRules) -> RecordProblem {
        RecordProblem(index: line, eventID: eventID, code: reason.code, detail: reason.detail(zone: zone))
    }

    /// The event id the record names, when it can be read from the record as received.
    var eventID: String? {
        guard raw.hasPrefix("{"), let object = try? JSONSerialization.jsonObject(with: Data(raw.utf8)) as? [String: Any] else {
            return nil
        }
        return object["id"] as? String
    }
}

extension IntakeProblemReason {
    /// What is wrong with the record and how to fix it, for an API client; instants shown in `zone`.
    func detail(zone: ZoneRules) -> String {
        func shown(_ instant: Instant) -> String { InstantFormatter.format(instant, in: zone) }
        let text = switch self {
        case let .unreadable(description):
            description
        case let .missingField(name):
            "field '\(name)' is missing or empty; every event has id, case, type, at and actor"
        case let .unknownEventType(name, closest):
            "field 'type': '\(name)' is no event type\(closest.map { " (did you mean '\($0.rawValue)'?)" } ?? ""); use one of \(CaseEventType.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .controlCharacter(field, value, scalar):
            "field '\(field)' holds the control character \(PrintableText.escape(scalar)) ('\(PrintableText.escaped(value))'); ids and actors are printable text on one line"
        case let .eventIDReused(id, firstIndex):
            "event id '\(id)' is used with other content by record \(firstIndex) of this request; give each event its own id"
        case let .eventIDStoredWithOtherContent(id, logEntry):
            "event id '\(id)' is already stored with other content (log entry \(logEntry)); an event id names one event for good: send the stored content, or a new id"
        case let .unknownUnit(unit):
            "unit '\(unit)' is not in the unit tree; dispatch or transfer to a unit the tree holds (the operator adds units to seeds/units.yaml and loads them with casewatch init)"
        case let .refusedTransition(reason):
            reason
        case let .futureDated(at, receivedAt):
            "field 'at': \(shown(at)) is more than a day after the request arrived (\(shown(receivedAt))); date an event when it happened (check the sender's clock)"
        }
        return PrintableText.escaped(text)
    }
}
