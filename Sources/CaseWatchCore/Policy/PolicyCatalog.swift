/// The policies and calendars a case's projection is computed under.
public protocol PolicyCatalog: Sendable {
    /// The policy with a version, if known.
    func policy(version: String) -> Policy?
    /// The policy in force for cases registered at an instant.
    func policy(at instant: Instant) -> Policy?
    /// The calendar a policy's deadlines run on.
    func calendar(for policy: Policy) -> WorkCalendar
    /// The calendar with a name, if the catalog has one.
    func calendar(named name: String) -> WorkCalendar?
}

extension PolicyCatalog {
    /// No calendar by name, for catalogs that only answer for their own policies.
    public func calendar(named name: String) -> WorkCalendar? { nil }
}
