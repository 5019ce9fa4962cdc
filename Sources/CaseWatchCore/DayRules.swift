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
    func compute(day: Int) -> (start: Int64, spans: [RawSpan]) {
        let start = zone.instant(dayNumber: day, secondOfDay: 0).secondsSinceEpoch
        let windows = localWindows(day)
        guard !windows.isEmpty else { return (start, []) }
        let next = zone.instant(dayNumber: day + 1, secondOfDay: 0).secondsSinceEpoch
        let uniform = next - start == 86_400
            && zone.offset(atSeconds: start) == zone.offset(atSeconds: next - 1)
        let spans = windows.compactMap { window -> RawSpan? in
            let a: Int64, b: Int64
            if uniform {
                a = start + Int64(window.start)
                b = start + Int64(window.end)
            } else {
                a = zone.instant(dayNumber: day, secondOfDay: window.start).secondsSinceEpoch
                b = zone.instant(dayNumber: day, secondOfDay: window.end).secondsSinceEpoch
            }
            return b > a ? RawSpan(start: a, end: b) : nil
        }
        return (start, spans)
    }
}
