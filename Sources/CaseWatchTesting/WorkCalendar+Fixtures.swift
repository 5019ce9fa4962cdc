import CaseWatchCore

extension WorkCalendar {
    /// The instant an ISO 8601 text names, a wall time without an offset being read in this calendar's
    /// zone: `calendar.at("2024-10-08T09:00")`.
    public func at(_ text: String) -> Instant {
        FixtureLiterals.instant(text, zone: zone)
    }

    /// The instant shown in this calendar's zone with its offset, e.g. `2024-10-16T10:57:00+08:00`.
    public func show(_ instant: Instant) -> String {
        InstantFormatter.format(instant, in: zone)
    }
}
