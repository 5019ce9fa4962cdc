/// The two deadlines every dispatched case runs against.
public enum DeadlineKind: String, Hashable, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Accept (签收): the unit acknowledges the case.
    case accept
    /// Resolve and reply (办结/答复).
    case resolve

    /// The name used in policies.
    public var description: String { rawValue }
}

/// Deadline durations set at one level of a policy; a level may set only some of them.
public struct DeadlineTargets: Hashable, Sendable {
    /// The accept deadline, if this level sets it.
    public var accept: ClockDuration?
    /// The resolve deadline, if this level sets it.
    public var resolve: ClockDuration?

    /// Creates targets.
    public init(accept: ClockDuration? = nil, resolve: ClockDuration? = nil) {
        self.accept = accept
        self.resolve = resolve
    }

    /// The target of one kind.
    public subscript(kind: DeadlineKind) -> ClockDuration? {
        switch kind {
        case .accept: accept
        case .resolve: resolve
        }
    }
}
