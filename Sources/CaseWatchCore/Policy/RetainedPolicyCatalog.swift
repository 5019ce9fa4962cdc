/// The catalog after a reload: the newly loaded policies and calendars, and every earlier policy version
/// the new files no longer hold, so that open cases keep the version they pinned.
///
/// New cases are registered under the new policies (``policy(at:)`` asks only the new catalog). A policy
/// runs on the newest calendar of its calendar's name, so that a calendar update (a new year's holidays)
/// reaches cases already open; a calendar the new files no longer hold stays as it was.
public struct RetainedPolicyCatalog: PolicyCatalog {
    /// The catalog just loaded.
    public let current: any PolicyCatalog
    /// The catalog in force before it.
    public let earlier: any PolicyCatalog

    /// The catalog `current` replacing `earlier`.
    public init(current: any PolicyCatalog, earlier: any PolicyCatalog) {
        self.current = current
        self.earlier = earlier
    }

    /// The new policy with a version, or else the earlier one.
    public func policy(version: String) -> Policy? {
        current.policy(version: version) ?? earlier.policy(version: version)
    }

    /// The new policy in force at an instant.
    public func policy(at instant: Instant) -> Policy? {
        current.policy(at: instant)
    }

    /// The newest calendar of the policy's calendar name.
    public func calendar(for policy: Policy) -> WorkCalendar {
        current.calendar(named: policy.calendarName) ?? earlier.calendar(for: policy)
    }

    /// The newest calendar with a name.
    public func calendar(named name: String) -> WorkCalendar? {
        current.calendar(named: name) ?? earlier.calendar(named: name)
    }
}
