import CaseWatchCore

/// Calendars and policies loaded from a directory, checked against each other.
public struct PolicySet: Sendable {
    /// The calendars, by calendar name.
    public let calendars: [String: WorkCalendar]
    /// The policies, sorted by `effectiveFrom` (a policy without one first).
    public let policies: [Policy]
    /// The routing of deliveries (`kind: notify`); nil when the directory has no routing file. Its
    /// leaders' receivers are the roster's: see ``ConfigLoader/loadLeaderReceivers(at:)``.
    public let notify: NotifyRouting?

    /// Wraps checked values: every policy's calendar is among `calendars`.
    init(calendars: [String: WorkCalendar], policies: [Policy], notify: NotifyRouting? = nil) {
        self.calendars = calendars
        self.notify = notify
        self.policies = policies.sorted { a, b in
            switch (a.effectiveFrom, b.effectiveFrom) {
            case let (x?, y?): x < y
            case (nil, _?): true
            default: false
            }
        }
    }

    /// The policy in force at an instant: the latest one whose `effectiveFrom`, read as a local date in
    /// its calendar's zone, is on or before the instant's local date there. A policy without
    /// `effectiveFrom` is always in force. Nil when no policy is in force yet.
    public func policy(at instant: Instant) -> Policy? {
        policies.last { policy in
            guard let effectiveFrom = policy.effectiveFrom else { return true }
            return effectiveFrom <= calendar(for: policy).zone.localTime(of: instant).date
        }
    }

    /// The policy with a version, e.g. the one a case pinned when it was registered.
    public func policy(version: String) -> Policy? {
        policies.first { $0.version == version }
    }

    /// The work calendar a policy's deadlines run on; every policy of the set has one.
    public func calendar(for policy: Policy) -> WorkCalendar {
        guard let calendar = calendars[policy.calendarName] else {
            preconditionFailure("policy '\(policy.version)' is not from this set: no calendar '\(policy.calendarName)'")
        }
        return calendar
    }

    /// The calendar with a name, if the set has one.
    public func calendar(named name: String) -> WorkCalendar? {
        calendars[name]
    }
}
