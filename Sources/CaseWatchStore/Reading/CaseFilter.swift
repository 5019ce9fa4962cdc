import CaseWatchCore

/// What a page of cases is filtered by (nil: any).
public struct CaseFilter: Sendable, Hashable {
    /// Only cases with this status.
    public var status: CaseStatus?
    /// Only cases whose unit charged is this one.
    public var unit: UnitID?
    /// Only cases that are (true) or are not (false) overdue at ``asOf``.
    public var overdue: Bool?
    /// The instant the overdue state is judged at.
    public var asOf: Instant

    /// A filter; overdue is judged at `asOf`.
    public init(status: CaseStatus? = nil, unit: UnitID? = nil, overdue: Bool? = nil, asOf: Instant) {
        self.status = status
        self.unit = unit
        self.overdue = overdue
        self.asOf = asOf
    }
}
