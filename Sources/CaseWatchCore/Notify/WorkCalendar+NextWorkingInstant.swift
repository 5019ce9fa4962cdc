/// Where non-urgent messages to a receiver that works office hours wait.
extension WorkCalendar {
    /// The first instant at or after `instant` that lies inside a working window: `instant` itself when it
    /// is in working time, else the opening of the next window (make-up working days included, holidays
    /// and rest days skipped). Years the calendar does not cover are read as having no holidays.
    public func nextWorkingInstant(atOrAfter instant: Instant) -> Instant {
        let t = instant.secondsSinceEpoch
        var day = table.day(containing: t)
        // A calendar has at least one working weekday, so a window opens within any 400 days (a year of
        // holidays at most); the bound only guards against a broken table.
        for _ in 0..<400 {
            for span in table.spans(ofDay: day) where span.end > t {
                return Instant(secondsSinceEpoch: max(span.start, t))
            }
            day += 1
        }
        return instant
    }
}
