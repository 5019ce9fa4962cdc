import CaseWatchCore
import CaseWatchTesting
import Foundation

/// One random case for the property tests: a calendar, a start, a duration and pauses, all minute-aligned,
/// described plainly so that both the core and the reference model can be built from it.
struct RandomScenario: CustomStringConvertible {
    static let zones = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "UTC"]

    let seed: UInt64
    var zone: String
    /// Windows in minutes after local midnight, per core weekday.
    var weekly: [Weekday: [ReferenceCalendar.Window]]
    var makeupWindows: [ReferenceCalendar.Window]?
    let holidays: [ReferenceCalendar.Day]
    let makeupDays: [ReferenceCalendar.Day]
    let coveredYears: ClosedRange<Int>
    /// UTC seconds, minute-aligned.
    var start: Int64
    var kind: ClockDuration.Kind
    /// Minutes for working and calendar time, days for working days.
    var amount: Int
    var pauses: [(start: Int64, end: Int64)]

    var duration: ClockDuration {
        ClockDuration(kind, kind == .workingDays ? Int64(amount) : Int64(amount) * 60)!
    }

    var startInstant: Instant { Instant(secondsSinceEpoch: start) }

    var pauseSet: PauseSet {
        PauseSet(pauses.map { TimeSpan(start: Instant(secondsSinceEpoch: $0.start), end: Instant(secondsSinceEpoch: $0.end)) })
    }

    var referencePauses: ReferencePauses { ReferencePauses(spans: pauses) }

    var description: String {
        let windows = Weekday.allCases.map { day in
            "\(day)=" + (weekly[day] ?? []).map { "\($0.start)-\($0.end)" }.joined(separator: ",")
        }.joined(separator: " ")
        let pauseText = pauses.map { "[\(Instant(secondsSinceEpoch: $0.start)), \(Instant(secondsSinceEpoch: $0.end)))" }
        return "seed \(seed): \(zone) covers \(coveredYears) windows(min) \(windows) makeup \(makeupWindows.map { "\($0)" } ?? "default") holidays \(holidays) makeupDays \(makeupDays); start \(Instant(secondsSinceEpoch: start)) + \(duration); pauses \(pauseText)"
    }

    // MARK: Building both sides

    /// The calendar under test.
    func coreCalendar() throws -> WorkCalendar {
        let toCore = { (w: ReferenceCalendar.Window) in WorkWindow(start: w.start * 60, end: w.end * 60)! }
        let date = { (d: ReferenceCalendar.Day) in LocalDate(year: d.year, month: d.month, day: d.day)! }
        return try WorkCalendar(
            name: "random-\(seed)",
            zone: ZoneRules(identifier: zone)!,
            weeklyWindows: weekly.mapValues { $0.map(toCore) },
            makeupWindows: makeupWindows?.map(toCore),
            holidays: Dictionary(uniqueKeysWithValues: holidays.map { (date($0), "holiday") }),
            makeupDays: Dictionary(uniqueKeysWithValues: makeupDays.map { (date($0), "make-up") }),
            coveredYears: coveredYears
        )
    }

    /// The reference model of the same calendar.
    func reference() -> ReferenceCalendar {
        let firstWorking = Weekday.allCases.lazy.compactMap { weekly[$0] }.first { !$0.isEmpty } ?? []
        return ReferenceCalendar(
            timeZone: TimeZone(identifier: zone)!,
            weekly: Dictionary(uniqueKeysWithValues: weekly.map { (Self.foundationWeekday($0.key), $0.value) }),
            makeupWindows: makeupWindows ?? firstWorking,
            holidays: Set(holidays), makeupDays: Set(makeupDays), coveredYears: coveredYears
        )
    }

    /// Foundation numbers weekdays from Sunday = 1.
    static func foundationWeekday(_ day: Weekday) -> Int {
        day == .sunday ? 1 : day.rawValue + 1
    }
}
