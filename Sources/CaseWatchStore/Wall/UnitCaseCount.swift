import CaseWatchCore

/// How many open cases a unit holds, and how many of them are overdue, at one instant.
public struct UnitCaseCount: Hashable, Sendable {
    /// The unit charged; nil for open cases no unit holds (registered, or returned and waiting).
    public let unit: UnitID?
    /// Open cases.
    public let open: Int
    /// Open cases past a deadline they have not met (accept or resolve, in force after extensions).
    public let overdue: Int

    /// A count.
    public init(unit: UnitID?, open: Int, overdue: Int) {
        self.unit = unit
        self.open = open
        self.overdue = overdue
    }
}
