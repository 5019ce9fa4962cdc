/// The level of a unit in the city's tree.
public enum UnitLevel: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    /// The city itself (市).
    case city
    /// A city department (市直部门), e.g. the housing bureau.
    case department
    /// A district (区).
    case district
    /// A street office (街道) or town (镇).
    case street
    /// A community (社区) or village (村): a grassroots network unit.
    case community

    /// Orders from the top of the tree down.
    public static func < (lhs: UnitLevel, rhs: UnitLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A unit (承办单位) that cases are dispatched to: a node of the city → district → street → community tree.
public struct OrgUnit: Hashable, Codable, Sendable {
    /// The unit's identifier.
    public let id: UnitID
    /// Its name as the hotline writes it, e.g. 南关区自强街道.
    public let name: String
    /// Its level.
    public let level: UnitLevel
    /// The unit above it; nil for a top-level unit.
    public let parent: UnitID?

    /// Creates a unit.
    public init(id: UnitID, name: String, level: UnitLevel, parent: UnitID?) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
    }
}

/// A leader who may sign off escalations (批示) within a jurisdiction.
public struct Leader: Hashable, Codable, Sendable {
    /// The leader's identifier, e.g. `l-nanguan-01`.
    public let id: String
    /// Full name.
    public let name: String
    /// Title, e.g. 副区长.
    public let title: String
    /// The sign-off level the leader acts at, matching a ladder tier's `level` (e.g. district, city).
    public let level: String
    /// The root of the subtree of units the leader may act on.
    public let jurisdiction: UnitID

    /// Creates a leader.
    public init(id: String, name: String, title: String, level: String, jurisdiction: UnitID) {
        self.id = id
        self.name = name
        self.title = title
        self.level = level
        self.jurisdiction = jurisdiction
    }
}
