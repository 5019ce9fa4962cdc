import CaseWatchCore
import CaseWatchTesting

/// Small helpers shared by the anchor-vector tests.
enum Vector {
    /// Local wall time as the other systems' tests print it: `YYYY-MM-DD HH:MM:SS`.
    static func wall(_ instant: Instant, in calendar: WorkCalendar) -> String {
        let text = calendar.show(instant)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(8))
    }

    /// Working seconds of `h` hours, `m` minutes and `s` seconds.
    static func working(h: Int64 = 0, m: Int64 = 0, s: Int64 = 0) -> ClockDuration {
        .workingTime(seconds: h * 3600 + m * 60 + s)!
    }

    /// The due instant of a working-time budget, as local wall time.
    static func add(_ calendar: WorkCalendar, _ start: String, _ duration: ClockDuration, pauses: PauseSet = .none) -> String {
        wall(calendar.deadline(from: calendar.at(start), adding: duration, pauses: pauses).due, in: calendar)
    }
}
