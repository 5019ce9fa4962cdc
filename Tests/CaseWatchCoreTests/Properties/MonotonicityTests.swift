import CaseWatchCore
import CaseWatchTesting
import Testing

/// The due instant never moves earlier when the start, the duration or a pause grows, and pauses wholly
/// before the start change nothing.
@Suite("Monotonicity of the due instant")
struct MonotonicityTests {
    static let seeds: [UInt64] = Array(1001...1150)

    func due(_ calendar: WorkCalendar, _ scenario: RandomScenario) -> Instant {
        calendar.deadline(from: scenario.startInstant, adding: scenario.duration, pauses: scenario.pauseSet).due
    }

    /// For working days only without pauses: the budget is the working time of the days after the start
    /// date, so when days differ in length a later start can bring a smaller budget that a pause no longer
    /// pushes as far (see `WorkingDayRuleTests.aLaterStartCanFallDueEarlierWithPauses`).
    @Test("a later start is never due earlier", arguments: seeds)
    func laterStart(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        var scenario = RandomScenario(seed: seed)
        if scenario.kind == .workingDays { scenario.pauses = [] }
        let calendar = try scenario.coreCalendar()
        var later = scenario
        later.start += Int64.random(in: 1...(3 * 1440), using: &g) * 60
        #expect(due(calendar, later) >= due(calendar, scenario), "\(scenario); later start \(later.startInstant)")
    }

    /// On a calendar whose working days all hold the same working time (the government calendar's case),
    /// the working-day budget no longer depends on the start, so a later start is never due earlier even
    /// with pauses.
    @Test("a later start is never due earlier: working days with pauses, equal days", arguments: seeds)
    func laterStartWithPausesOnEqualDays(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        var scenario = RandomScenario(seed: seed)
        scenario.kind = .workingDays
        scenario.amount = Int.random(in: 1...5, using: &g)
        scenario.zone = ["Asia/Shanghai", "UTC"].randomElement(using: &g)!
        let windows = RandomScenario.randomWindows(using: &g)
        scenario.weekly = scenario.weekly.mapValues { $0.isEmpty ? [] : windows }
        if scenario.weekly.values.allSatisfy(\.isEmpty) { scenario.weekly[.monday] = windows }
        scenario.makeupWindows = windows
        let calendar = try scenario.coreCalendar()
        var later = scenario
        later.start += Int64.random(in: 1...(3 * 1440), using: &g) * 60
        #expect(due(calendar, later) >= due(calendar, scenario), "\(scenario); later start \(later.startInstant)")
    }

    @Test("a longer duration is due later", arguments: seeds)
    func longerDuration(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        let scenario = RandomScenario(seed: seed)
        let calendar = try scenario.coreCalendar()
        var longer = scenario
        longer.amount += scenario.kind == .workingDays ? 1 : Int.random(in: 1...600, using: &g)
        #expect(due(calendar, longer) > due(calendar, scenario), "\(scenario); longer \(longer.duration)")
    }

    @Test("a longer or an extra pause is never due earlier", arguments: seeds)
    func growingPause(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        let scenario = RandomScenario(seed: seed)
        let calendar = try scenario.coreCalendar()
        var paused = scenario
        if let index = scenario.pauses.indices.randomElement(using: &g), Bool.random(using: &g) {
            paused.pauses[index].end += Int64.random(in: 1...(2 * 1440), using: &g) * 60
        } else {
            let from = scenario.start + Int64.random(in: -1440...(5 * 1440), using: &g) * 60
            paused.pauses.append((from, from + Int64.random(in: 1...1440, using: &g) * 60))
        }
        #expect(due(calendar, paused) >= due(calendar, scenario), "\(scenario); grown pauses \(paused.pauseSet.spans)")
    }

    @Test("a pause wholly before the start changes nothing", arguments: seeds)
    func pauseBeforeStart(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        let scenario = RandomScenario(seed: seed)
        let calendar = try scenario.coreCalendar()
        var paused = scenario
        let end = scenario.start - Int64.random(in: 0...1440, using: &g) * 60
        paused.pauses.append((end - Int64.random(in: 1...(3 * 1440), using: &g) * 60, end))
        #expect(due(calendar, paused) == due(calendar, scenario), "\(scenario); extra pause ends \(Instant(secondsSinceEpoch: end))")
    }
}
