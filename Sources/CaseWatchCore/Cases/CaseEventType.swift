/// The kinds of event in a case's life, by the name used in the event log and intake records.
public enum CaseEventType: String, Hashable, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// The hotline registers the appeal as a case (登记).
    case registered
    /// The case is dispatched to a unit (派单).
    case dispatched
    /// The unit accepts the case (签收).
    case accepted
    /// The unit resolves and replies (办结/答复).
    case replied
    /// The hotline closes the case after the callback (回访), with the citizen's satisfaction.
    case closed
    /// The case is reopened for a new resolution cycle (重办).
    case reopened
    /// The clock is suspended (挂起), waiting for the citizen or a third party.
    case suspended
    /// The clock resumes.
    case resumed
    /// The hotline transfers the case to another unit (改派).
    case transferred
    /// The unit returns the case as not its own (退单).
    case returned
    /// The unit asks for more time (延期申请).
    case extensionRequested = "extension-requested"
    /// The hotline centre grants the extension.
    case extensionGranted = "extension-granted"
    /// The hotline centre denies the extension.
    case extensionDenied = "extension-denied"

    /// The name used in the event log.
    public var description: String { rawValue }
}
