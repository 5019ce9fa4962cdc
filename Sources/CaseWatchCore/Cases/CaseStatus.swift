/// Where a case stands in its life.
public enum CaseStatus: String, Hashable, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Registered, not yet dispatched.
    case registered
    /// Dispatched to a unit that has not accepted it yet.
    case dispatched
    /// Accepted by the unit, being worked on.
    case accepted
    /// Suspended: the clocks are paused.
    case suspended
    /// Returned by the unit; waiting to be dispatched again.
    case returned
    /// Resolved and replied; waiting for the callback.
    case replied
    /// Closed.
    case closed

    /// Whether the case is still open (not closed).
    public var isOpen: Bool { self != .closed }

    /// The name used in the store and on the command line.
    public var description: String { rawValue }
}
