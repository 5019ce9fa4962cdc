import CaseWatchCore
import CaseWatchTesting
import Testing

/// The working-hours shift agrees with a simple reference: step minute by minute over the calendar's
/// days until the wall clock reads inside a window of a working day.
@Suite("Next working instant against a minute walk")
struct NextWorkingInstantPropertyTests {
    static let seeds: [UInt64] = Array(1...120)

    /// The first instant at or after `t` inside a window, walking whole minutes (every window of the
    /// calendars below opens and closes on a whole minute).
    static func reference(_ t: Instant, on calendar: WorkCalendar) -> Instant {
        func working(_ instant: Instant) -> Bool {
            let (date, second) = calendar.zone.localTime(of: instant)
            return calendar.windows(on: date).contains { second >= $0.start && second < $0.end }
        }
        if working(t) { return t }
        var minute = Instant(secondsSinceEpoch: (t.secondsSinceEpoch / 60 + 1) * 60)
        while !working(minute) { minute = minute.adding(seconds: 60) }
        return minute
    }

    static func calendars() throws -> [WorkCalendar] {
        [
            try CalendarFixtures.mainland2024(),
            try CalendarFixtures.berlin(holidays: ["2024-03-29", "2024-04-01", "2024-10-03", "2024-12-25", "2024-12-26"], years: 2024...2024),
            try CalendarFixtures.shanghai(years: 2024...2024, weekly: [.saturday: [FixtureLiterals.window("22:00", "24:00")]]),
        ]
    }

    @Test("nextWorkingInstant equals the minute walk", arguments: seeds)
    func matchesTheMinuteWalk(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        // From late 2023 to early 2025: inside and outside the covered year, across both DST switches.
        let start: Int64 = 1_701_388_800, end: Int64 = 1_738_368_000
        for calendar in try Self.calendars() {
            for _ in 0..<4 {
                let t = Instant(secondsSinceEpoch: Int64.random(in: start..<end, using: &random))
                #expect(calendar.nextWorkingInstant(atOrAfter: t) == Self.reference(t, on: calendar), "\(calendar.name) \(t)")
            }
        }
    }

    @Test func theEdgesOfAWindow() throws {
        let calendar = try CalendarFixtures.mainland2024()
        for text in ["2024-10-08T09:00", "2024-10-08T11:59:59", "2024-10-08T12:00", "2024-10-08T16:59:59", "2024-10-08T17:00", "2024-10-07T23:59:59"] {
            let t = calendar.at(text)
            #expect(calendar.nextWorkingInstant(atOrAfter: t) == Self.reference(t, on: calendar), "\(text)")
        }
    }
}
