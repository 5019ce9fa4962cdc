import CaseWatchCore
import CaseWatchTesting
import Foundation

extension RandomScenario {
    /// A scenario drawn from `seed`.
    init(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        self.seed = seed
        zone = Self.zones.randomElement(using: &g)!
        // São Paulo dropped daylight saving time in 2019; keep its calendars where it still switched.
        let baseYear = zone == "America/Sao_Paulo" ? Int.random(in: 2010...2017, using: &g) : Int.random(in: 2010...2026, using: &g)
        coveredYears = baseYear...(baseYear + Int.random(in: 0...1, using: &g))

        var weekly: [Weekday: [ReferenceCalendar.Window]] = [:]
        repeat {
            for day in Weekday.allCases where Double.random(in: 0..<1, using: &g) < (day.isWeekend ? 0.5 : 0.8) {
                weekly[day] = Self.randomWindows(using: &g)
            }
        } while weekly.isEmpty
        self.weekly = weekly
        makeupWindows = Bool.random(using: &g) ? nil : Self.randomWindows(using: &g)

        let civil = Self.utcCalendar
        let firstDay = Self.dayIndex(year: coveredYears.lowerBound, civil: civil)
        let lastDay = Self.dayIndex(year: coveredYears.upperBound + 1, civil: civil) - 1
        var holidays: Set<ReferenceCalendar.Day> = []
        for _ in 0..<Int.random(in: 0...20, using: &g) {
            holidays.insert(Self.day(Int64.random(in: firstDay...lastDay, using: &g), civil: civil).day)
        }
        var makeupDays: Set<ReferenceCalendar.Day> = []
        for _ in 0..<Int.random(in: 0...8, using: &g) {
            let (day, weekday) = Self.day(Int64.random(in: firstDay...lastDay, using: &g), civil: civil)
            if (weekly[weekday] ?? []).isEmpty, !holidays.contains(day) { makeupDays.insert(day) }
        }
        self.holidays = holidays.sorted()
        self.makeupDays = makeupDays.sorted()

        start = Self.randomStart(zone: zone, baseYear: baseYear, covered: coveredYears, using: &g)
        let weeklyMinutes = weekly.values.joined().reduce(0) { $0 + $1.end - $1.start }
        switch Int.random(in: 0..<3, using: &g) {
        case 0:
            kind = .workingTime
            let ceiling = max(1, min(4_000, 2 * weeklyMinutes))
            amount = Bool.random(using: &g) ? Int.random(in: 1...min(120, ceiling), using: &g) : Int.random(in: 1...ceiling, using: &g)
        case 1:
            kind = .calendar
            amount = Int.random(in: 1...6_000, using: &g)
        default:
            kind = .workingDays
            amount = Int.random(in: 1...4, using: &g)
        }
        pauses = Self.randomPauses(around: start, using: &g)
    }

    /// One to three disjoint, minute-aligned windows in minutes after midnight, sometimes reaching 24:00,
    /// and often starting or ending in the small hours, where clocks switch.
    static func randomWindows(using g: inout SeededGenerator) -> [ReferenceCalendar.Window] {
        let count = Int.random(in: 1...3, using: &g)
        var cuts: Set<Int> = []
        while cuts.count < 2 * count {
            switch Int.random(in: 0..<10, using: &g) {
            case 0: cuts.insert([0, 1440].randomElement(using: &g)!)
            case 1...3: cuts.insert(Int.random(in: 0...240, using: &g))
            default: cuts.insert(Int.random(in: 0...1440, using: &g))
            }
        }
        let sorted = cuts.sorted()
        return stride(from: 0, to: sorted.count, by: 2).map { ReferenceCalendar.Window(start: sorted[$0], end: sorted[$0 + 1]) }
    }

    /// A start near a daylight-saving switch, near the edge of the covered years, or anywhere from three
    /// years before to four years after them (outside the precomputed day table).
    static func randomStart(
        zone: String, baseYear: Int, covered: ClosedRange<Int>, using g: inout SeededGenerator
    ) -> Int64 {
        let civil = utcCalendar
        let minute: Int64
        switch Int.random(in: 0..<10, using: &g) {
        case 0..<4:
            let year = Int.random(in: (baseYear - 3)...(covered.upperBound + 4), using: &g)
            let from = Date(timeIntervalSince1970: TimeInterval(dayIndex(year: year, civil: civil) * 86_400))
            if let zoneRules = TimeZone(identifier: zone), let transition = zoneRules.nextDaylightSavingTimeTransition(after: from) {
                let t = Int64(transition.timeIntervalSince1970)
                minute = Int64.random(in: (t - 4 * 86_400)...(t + 2 * 86_400), using: &g) / 60
            } else {
                minute = Int64.random(in: 0..<(366 * 1440), using: &g) + dayIndex(year: year, civil: civil) * 1440
            }
        case 4..<7:
            // The edges of the covered years, and of the day table (one year before, two after).
            let edges = [covered.lowerBound, covered.upperBound + 1, covered.lowerBound - 1, covered.upperBound + 3]
            let edge = edges.randomElement(using: &g)!
            let t = dayIndex(year: edge, civil: civil) * 86_400
            minute = Int64.random(in: (t - 20 * 86_400)...(t + 5 * 86_400), using: &g) / 60
        default:
            let a = dayIndex(year: baseYear - 3, civil: civil)
            let b = dayIndex(year: covered.upperBound + 5, civil: civil)
            minute = Int64.random(in: (a * 1440)..<(b * 1440), using: &g)
        }
        return minute * 60
    }

    /// Up to four pauses around the start: some before it, some overlapping or touching each other.
    static func randomPauses(around start: Int64, using g: inout SeededGenerator) -> [(start: Int64, end: Int64)] {
        var pauses: [(start: Int64, end: Int64)] = []
        for _ in 0..<Int.random(in: 0...4, using: &g) {
            let from: Int64
            if let last = pauses.last, Int.random(in: 0..<3, using: &g) == 0 {
                // Touching or overlapping the previous pause.
                from = Bool.random(using: &g) ? last.end : Int64.random(in: last.start...last.end, using: &g) / 60 * 60
            } else {
                from = start + Int64.random(in: (-3 * 1440)...(8 * 1440), using: &g) * 60
            }
            let length = Bool.random(using: &g) ? Int64.random(in: 1...180, using: &g) : Int64.random(in: 1...(3 * 1440), using: &g)
            pauses.append((from, from + length * 60))
        }
        return pauses
    }

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Days from 1970-01-01 to January 1 of `year`.
    static func dayIndex(year: Int, civil: Calendar) -> Int64 {
        let date = civil.date(from: DateComponents(year: year, month: 1, day: 1))!
        return Int64(date.timeIntervalSince1970) / 86_400
    }

    /// The civil date and core weekday of a day index.
    static func day(_ index: Int64, civil: Calendar) -> (day: ReferenceCalendar.Day, weekday: Weekday) {
        let parts = civil.dateComponents([.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: TimeInterval(index * 86_400)))
        let weekday = parts.weekday! == 1 ? Weekday.sunday : Weekday(rawValue: parts.weekday! - 1)!
        return (ReferenceCalendar.Day(year: parts.year!, month: parts.month!, day: parts.day!), weekday)
    }
}
