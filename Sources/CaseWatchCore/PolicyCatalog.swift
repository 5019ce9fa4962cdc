/// The policies and calendars a case's projection is computed under.
public protocol PolicyCatalog: Sendable {
    /// The policy with a version, if known.
    func policy(version: String) -> Policy?
    /// The policy in force for cases registered at an instant.
    func policy(at instant: Instant) -> Policy?
    /// The calendar a policy's deadlines run on.
    func calendar(for policy: Policy) -> WorkCalendar
}
