import CaseWatchCore

/// Why an intake record cannot be stored, with its data; the wording and the remedy are the commands'.
public enum IntakeProblemReason: Hashable, Sendable {
    /// The record cannot be read: its format or a field is wrong, as the reader describes it (naming the
    /// field; no remedy that names a command).
    case unreadable(String)
    /// An envelope field every event names (`id`, `case`, `type`, `at`, `actor`) is missing or empty.
    case missingField(String)
    /// The `type` names no event type; `closest` is a known type it is likely a typo of.
    case unknownEventType(String, closest: CaseEventType?)
    /// An id or actor field holds a control, format or separator character (``PrintableText``).
    case controlCharacter(field: String, value: String, scalar: Unicode.Scalar)
    /// The event id is used again in the file with other content; first used on `firstLine`.
    case eventIDReused(EventID, firstLine: Int)
    /// The event id is already stored with other content, as log entry `logEntry`.
    case eventIDStoredWithOtherContent(EventID, logEntry: Int64)
    /// The event dispatches or transfers to a unit the unit tree does not hold.
    case unknownUnit(UnitID)
    /// The event is dated `at`, more than ``Limits/futureAllowanceSeconds`` after it was received at
    /// `receivedAt`: a future-dated event would refuse every later event of its case.
    case futureDated(at: Instant, receivedAt: Instant)
    /// The case's lifecycle refuses the event, for the reason the core gives.
    case refusedTransition(String)

    /// The kind of problem, as a stable machine name.
    public var code: String {
        switch self {
        case .unreadable: "unreadable"
        case .missingField: "missing_field"
        case .unknownEventType: "unknown_event_type"
        case .controlCharacter: "control_character"
        case .eventIDReused: "event_id_reused"
        case .eventIDStoredWithOtherContent: "event_id_stored_with_other_content"
        case .unknownUnit: "unknown_unit"
        case .refusedTransition: "refused_transition"
        case .futureDated: "future_dated"
        }
    }
}
