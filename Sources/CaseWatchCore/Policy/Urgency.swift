/// A case's urgency level as a policy names it, e.g. `urgent`, `normal`, `complex`.
public struct Urgency: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The name used in policies and intake records.
    public let rawValue: String

    /// Wraps a name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a name.
    public init(_ name: String) { self.rawValue = name }

    /// Orders by name.
    public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The name.
    public var description: String { rawValue }
}
