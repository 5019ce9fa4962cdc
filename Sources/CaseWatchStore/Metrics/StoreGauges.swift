/// What `/metrics` reads from the store at each scrape: counts that indexes answer alone, or that are
/// small by nature (sign-offs and deliveries still waiting), so that a scrape stays cheap on a million cases.
public struct StoreGauges: Sendable, Equatable {
    /// Cases by projection status (`closed` left out): from the `projections_by_status` index alone.
    public var casesByStatus: [String: Int] = [:]
    /// Open cases with a next step stored: from the `(next_due, case_id)` index alone.
    public var pendingSteps = 0
    /// Pending sign-offs by level.
    public var signoffsPendingByLevel: [String: Int] = [:]
    /// Deliveries not yet sent, by receiver and status (`pending`, `failed`, `dead`).
    public var deliveriesByReceiver: [String: [String: Int]] = [:]
    /// Delivery attempts ever made (the attempts table's last id: it is never pruned).
    public var deliveryAttempts = 0
    /// Notices written and not yet routed to receivers.
    public var unroutedNotices = 0
    /// The event log's last position (every event ever appended, by any process).
    public var eventLogPosition: Int64 = 0

    /// No figure counted yet: what a backend fills in.
    package init() {}

    /// Open cases: every status but `closed`.
    public var openCases: Int { casesByStatus.values.reduce(0, +) }
}
