/// Renders a number of seconds for people: `2d 3h`, `5h 12m`, `40m`, `12s`.
enum DurationText {
    static func describe(_ seconds: Int64) -> String {
        let s = abs(seconds)
        let days = s / 86_400, hours = s / 3600 % 24, minutes = s / 60 % 60
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes)m" }
        if minutes > 0 { return "\(minutes)m" }
        return "\(s)s"
    }

    /// `in 3h 5m` or `overdue 2d 1h` relative to `now`.
    static func relative(due: Int64, now: Int64) -> String {
        due >= now ? "in \(describe(due - now))" : "overdue \(describe(now - due))"
    }
}
