/// The identifier of a case (工单号), as the hotline assigns it.
public struct CaseID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String
    /// Wraps an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Orders by text.
    public static func < (lhs: CaseID, rhs: CaseID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// The identifier text.
    public var description: String { rawValue }
}

/// The identifier of a unit (承办单位) in the unit tree, e.g. `cc.nanguan.ziqiang`.
public struct UnitID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String
    /// Wraps an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Orders by text.
    public static func < (lhs: UnitID, rhs: UnitID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// The identifier text.
    public var description: String { rawValue }
}

/// The identifier of an event: its idempotency key. An event with a known id is never stored twice.
public struct EventID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String
    /// Wraps an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Orders by text.
    public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// The identifier text.
    public var description: String { rawValue }
}
