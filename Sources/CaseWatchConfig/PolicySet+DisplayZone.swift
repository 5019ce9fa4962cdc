import CaseWatchCore

extension PolicySet {
    /// The zone instants are shown in: the calendar of the newest policy.
    public var displayZone: ZoneRules {
        policies.last.map { calendar(for: $0).zone } ?? ZoneRules(identifier: "UTC")!
    }
}
