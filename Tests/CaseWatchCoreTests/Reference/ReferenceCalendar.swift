import Foundation

/// A deliberately naive model of the clock rules of DESIGN.md §2, written without the core.
///
/// It steps through time one minute at a time and asks Foundation's `TimeZone` and `Calendar` whether each
/// minute lies inside a window of a working day and outside every pause. Everything is minute-aligned
/// (windows, starts, pauses, budgets), so counting whole minutes is exact. It is slow on purpose: the
/// point is to be obviously right, not fast.
final class ReferenceCalendar {
    /// A civil date, independent of the core's `LocalDate`.
    struct Day: Hashable, Comparable, CustomStringConvertible {
        let year: Int, month: Int, day: Int
        static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
        var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
    }

    /// A window in minutes after local midnight, half-open.
    struct Window: Hashable {
        let start: Int, end: Int
    }

    let timeZone: TimeZone
    /// Windows per Foundation weekday (1 = Sunday … 7 = Saturday).
    let weekly: [Int: [Window]]
    let makeupWindows: [Window]
    let holidays: Set<Day>
    let makeupDays: Set<Day>
    let coveredYears: ClosedRange<Int>

    private let civil: Calendar
    private var days: [Int64: (day: Day, windows: [Window])] = [:]

    init(
        timeZone: TimeZone, weekly: [Int: [Window]], makeupWindows: [Window],
        holidays: Set<Day>, makeupDays: Set<Day>, coveredYears: ClosedRange<Int>
    ) {
        self.timeZone = timeZone
        self.weekly = weekly
        self.makeupWindows = makeupWindows
        self.holidays = holidays
        self.makeupDays = makeupDays
        self.coveredYears = coveredYears
        var civil = Calendar(identifier: .gregorian)
        civil.timeZone = TimeZone(identifier: "UTC")!
        self.civil = civil
    }

    // MARK: One minute

    /// The local wall clock at a UTC second: the local day index (days since 1970-01-01 local) and the
    /// minute of that day.
    func wallClock(_ t: Int64) -> (dayIndex: Int64, minute: Int) {
        let local = t + Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))))
        let dayIndex = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (dayIndex, Int((local - dayIndex * 86_400) / 60))
    }

    /// The civil date and windows of a local day index.
    func day(_ dayIndex: Int64) -> (day: Day, windows: [Window]) {
        if let known = days[dayIndex] { return known }
        let parts = civil.dateComponents(
            [.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: TimeInterval(dayIndex * 86_400))
        )
        let day = Day(year: parts.year!, month: parts.month!, day: parts.day!)
        let windows: [Window]
        if makeupDays.contains(day) {
            windows = makeupWindows
        } else if holidays.contains(day) {
            windows = []
        } else {
            windows = weekly[parts.weekday!] ?? []
        }
        days[dayIndex] = (day, windows)
        return (day, windows)
    }

    /// Whether the minute starting at `t` is working time: its wall clock lies inside a window of its
    /// local day.
    func isWorking(_ t: Int64) -> Bool {
        let clock = wallClock(t)
        return day(clock.dayIndex).windows.contains { $0.start <= clock.minute && clock.minute < $0.end }
    }

    // MARK: Clocks

    /// What a clock walk found.
    struct Result: Equatable {
        var due: Int64
        /// The local day of the last counted minute (working clocks).
        var lastDay: Day
        /// Whether a day outside the covered years was consulted.
        var provisional: Bool
    }

    /// The due instant of `minutes` working minutes from `start`.
    func addWorking(_ minutes: Int, from start: Int64, pauses: ReferencePauses) -> Result {
        var t = start
        var counted = 0
        while true {
            if isWorking(t), !pauses.contains(t) {
                counted += 1
                if counted == minutes {
                    let firstDay = day(wallClock(start).dayIndex).day
                    let lastDay = day(wallClock(t).dayIndex).day
                    return Result(due: t + 60, lastDay: lastDay, provisional: !covers(firstDay) || !covers(lastDay))
                }
            }
            t += 60
        }
    }

    /// The due instant of `minutes` wall-clock minutes from `start`.
    func addWall(_ minutes: Int, from start: Int64, pauses: ReferencePauses) -> Int64 {
        var t = start
        var counted = 0
        while true {
            if !pauses.contains(t) {
                counted += 1
                if counted == minutes { return t + 60 }
            }
            t += 60
        }
    }

    /// The due instant of `count` working days from `start`: the start day never counts; the budget is the
    /// working minutes of the next `count` working days, consumed from the first of them.
    func addWorkingDays(_ count: Int, from start: Int64, pauses: ReferencePauses) -> (result: Result, budget: Int) {
        let startDay = wallClock(start).dayIndex
        var chosen: [Int64] = []
        var candidate = startDay
        while chosen.count < count {
            candidate += 1
            if !day(candidate).windows.isEmpty { chosen.append(candidate) }
        }
        var budget = 0
        var t = start
        while true {
            let clock = wallClock(t)
            if clock.dayIndex > chosen.last! { break }
            if chosen.contains(clock.dayIndex), isWorking(t) { budget += 1 }
            t += 60
        }
        t = start
        var counted = 0
        while true {
            let clock = wallClock(t)
            if clock.dayIndex > startDay, isWorking(t), !pauses.contains(t) {
                counted += 1
                if counted == budget {
                    let firstDay = day(startDay + 1).day
                    let lastDay = day(clock.dayIndex).day
                    let provisional = !covers(firstDay) || !covers(lastDay)
                    return (Result(due: t + 60, lastDay: lastDay, provisional: provisional), budget)
                }
            }
            t += 60
        }
    }

    /// The first instant of the local day after the one containing `start`: the clock start of a
    /// working-day deadline.
    func nextMidnight(after start: Int64) -> Int64 {
        let day = wallClock(start).dayIndex
        var t = start - start % 60
        while wallClock(t).dayIndex == day { t += 60 }
        return t
    }

    /// Working seconds in `[start, end)` outside pauses.
    func workingSeconds(from start: Int64, to end: Int64, pauses: ReferencePauses) -> Int64 {
        var t = start
        var seconds: Int64 = 0
        while t < end {
            if isWorking(t), !pauses.contains(t) { seconds += 60 }
            t += 60
        }
        return seconds
    }

    private func covers(_ day: Day) -> Bool {
        coveredYears.contains(day.year)
    }
}
