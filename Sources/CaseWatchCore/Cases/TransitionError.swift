/// Why an event cannot be applied to its case: the lifecycle refuses it.
public struct TransitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The refused event.
    public let eventID: EventID
    /// Its case.
    public let caseID: CaseID
    /// Its type.
    public let type: CaseEventType
    /// Why, and what would be accepted instead.
    public let reason: String

    /// Creates the error for an event.
    public init(_ event: CaseEvent, _ reason: String) {
        self.eventID = event.id
        self.caseID = event.caseID
        self.type = event.kind.type
        self.reason = reason
    }

    /// `event <id> (<type> on case <case>): <reason>`.
    public var description: String { "event \(eventID) (\(type) on case \(caseID)): \(reason)" }
}
