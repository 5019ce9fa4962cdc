/// The per-day rules of a calendar, reduced to day numbers for fast evaluation.
struct DayRules: Sendable {
    let zone: ZoneRules
    /// Windows indexed by weekday raw value − 1 (Monday first).
    let weekly: [[WorkWindow]]
    let makeup: [WorkWindow]
    let holidays: Set<Int>
    let makeupDays: Set<Int>
    /// The day numbers of the covered years.
    let coveredDays: ClosedRange<Int>

    func isWorkingDay(_ day: Int) -> Bool {
        !localWindows(day).isEmpty
    }

    func localWindows(_ day: Int) -> [WorkWindow] {
        if makeupDays.contains(day) { return makeup }
        if holidays.contains(day) { return [] }
        return weekly[Weekday(dayNumber: day).rawValue - 1]
    }

    /// The UTC instant of the day's local midnight and its working spans in UTC seconds.
    ///
    /// A window holds the instants at which the wall clock reads inside it. On a day when clocks go
    /// forward, the skipped wall times hold no instant (a window ending inside the gap stops at the
    /// switch, one starting inside it starts at the switch); when clocks go back, the repeated wall times
    /// hold two, and both count.
    func compute(day: Int) -> (start: Int64, spans: [RawSpan]) {
        let start = zone.instant(dayNumber: day, secondOfDay: 0).secondsSinceEpoch
        let windows = localWindows(day)
        guard !windows.isEmpty else { return (start, []) }
        let next = zone.instant(dayNumber: day + 1, secondOfDay: 0).secondsSinceEpoch
        let uniform = next - start == 86_400
            && zone.offset(atSeconds: start) == zone.offset(atSeconds: next - 1)
        if uniform {
            return (start, windows.map { RawSpan(start: start + Int64($0.start), end: start + Int64($0.end)) })
        }
        let midnight = Int64(day) * 86_400
        var spans: [RawSpan] = []
        for piece in zone.constantOffsetPieces(from: start, to: next) {
            for window in windows {
                let a = max(piece.start + piece.offset, midnight + Int64(window.start)) - piece.offset
                let b = min(piece.end + piece.offset, midnight + Int64(window.end)) - piece.offset
                guard b > a else { continue }
                if let last = spans.last, last.end == a {
                    spans[spans.count - 1].end = b
                } else {
                    spans.append(RawSpan(start: a, end: b))
                }
            }
        }
        return (start, spans)
    }
}
