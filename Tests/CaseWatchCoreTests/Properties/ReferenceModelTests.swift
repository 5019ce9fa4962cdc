import CaseWatchCore
import CaseWatchTesting
import Testing

/// The core agrees with the minute-stepping reference model on random calendars, starts, durations and
/// pauses: zones with and without daylight saving, starts inside and outside the precomputed day table.
@Suite("Core against the reference model")
struct ReferenceModelTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test("deadline() equals the reference", arguments: seeds)
    func deadlineMatchesReference(seed: UInt64) throws {
        let scenario = RandomScenario(seed: seed)
        let calendar = try scenario.coreCalendar()
        let reference = scenario.reference()
        let core = calendar.deadline(from: scenario.startInstant, adding: scenario.duration, pauses: scenario.pauseSet)
        switch scenario.kind {
        case .workingTime:
            let expected = reference.addWorking(scenario.amount, from: scenario.start, pauses: scenario.referencePauses)
            #expect(core.due.secondsSinceEpoch == expected.due, "\(scenario)")
            #expect(core.provisional == expected.provisional, "\(scenario)")
        case .calendar:
            let expected = reference.addWall(scenario.amount, from: scenario.start, pauses: scenario.referencePauses)
            #expect(core.due.secondsSinceEpoch == expected, "\(scenario)")
            #expect(!core.provisional, "\(scenario)")
        case .workingDays:
            let expected = reference.addWorkingDays(scenario.amount, from: scenario.start, pauses: scenario.referencePauses)
            #expect(core.due.secondsSinceEpoch == expected.result.due, "\(scenario)")
            #expect(core.budget == Int64(expected.budget) * 60, "\(scenario)")
            #expect(core.provisional == expected.result.provisional, "\(scenario)")
            #expect(core.clockStart.secondsSinceEpoch == reference.nextMidnight(after: scenario.start), "\(scenario)")
        }
    }

    @Test("a share of a deadline's budget equals the reference", arguments: seeds)
    func shareMatchesReference(seed: UInt64) throws {
        let scenario = RandomScenario(seed: seed)
        var g = SeededGenerator(seed: seed ^ 0x5A4E)
        let calendar = try scenario.coreCalendar()
        let reference = scenario.reference()
        let deadline = calendar.deadline(from: scenario.startInstant, adding: scenario.duration, pauses: scenario.pauseSet)
        // Up to one and a half times the budget, as ladder tiers above 100% ask.
        let minutes = Int.random(in: 1...max(1, Int(deadline.budget / 60) * 3 / 2), using: &g)
        let share = calendar.deadline(consuming: Int64(minutes) * 60, of: deadline, pauses: scenario.pauseSet)
        let start = deadline.clockStart.secondsSinceEpoch
        let expected = deadline.countsWallTime
            ? reference.addWall(minutes, from: start, pauses: scenario.referencePauses)
            : reference.addWorking(minutes, from: start, pauses: scenario.referencePauses).due
        #expect(share.due.secondsSinceEpoch == expected, "\(scenario); share \(minutes) min")
        #expect(share.clockStart == deadline.clockStart)
        if minutes * 60 == deadline.budget { #expect(share.due == deadline.due) }
    }

    @Test("workingTime() equals the reference", arguments: seeds)
    func workingTimeMatchesReference(seed: UInt64) throws {
        let scenario = RandomScenario(seed: seed)
        var g = SeededGenerator(seed: seed ^ 0x5EED)
        let calendar = try scenario.coreCalendar()
        let reference = scenario.reference()
        let end = scenario.start + Int64.random(in: -60...(10 * 1440), using: &g) * 60
        let core = calendar.workingTime(from: scenario.startInstant, to: Instant(secondsSinceEpoch: end), pauses: scenario.pauseSet)
        let expected = reference.workingSeconds(from: scenario.start, to: end, pauses: scenario.referencePauses)
        #expect(core == expected, "\(scenario); end \(Instant(secondsSinceEpoch: end))")
    }

    @Test("measuring what was added gives the budget back", arguments: seeds)
    func measureInvertsAdd(seed: UInt64) throws {
        let scenario = RandomScenario(seed: seed)
        let calendar = try scenario.coreCalendar()
        let deadline = calendar.deadline(from: scenario.startInstant, adding: scenario.duration, pauses: scenario.pauseSet)
        let measured = deadline.countsWallTime
            ? calendar.wallTime(from: deadline.clockStart, to: deadline.due, pauses: scenario.pauseSet)
            : calendar.workingTime(from: deadline.clockStart, to: deadline.due, pauses: scenario.pauseSet)
        #expect(measured == deadline.budget, "\(scenario)")
        if scenario.kind != .workingDays {
            #expect(deadline.budget == scenario.duration.amount, "\(scenario)")
        }
        // The due instant is the earliest one: a second earlier, the budget is not yet used up.
        let before = deadline.due.adding(seconds: -1)
        let short = deadline.countsWallTime
            ? calendar.wallTime(from: deadline.clockStart, to: before, pauses: scenario.pauseSet)
            : calendar.workingTime(from: deadline.clockStart, to: before, pauses: scenario.pauseSet)
        #expect(short == deadline.budget - 1, "\(scenario)")
    }

    @Test("the explained timeline agrees with the deadline", arguments: seeds)
    func explanationAgrees(seed: UInt64) throws {
        let scenario = RandomScenario(seed: seed)
        let calendar = try scenario.coreCalendar()
        let plain = calendar.deadline(from: scenario.startInstant, adding: scenario.duration, pauses: scenario.pauseSet)
        let (explained, timeline) = calendar.explainDeadline(from: scenario.startInstant, adding: scenario.duration, pauses: scenario.pauseSet)
        #expect(explained == plain, "\(scenario)")
        let counted = timeline.filter { $0.kind == .counted }.reduce(Int64(0)) { $0 + $1.span.seconds }
        #expect(counted == plain.budget, "\(scenario)")
        #expect(timeline.last?.span.end == plain.due, "\(scenario)")
        for (a, b) in zip(timeline, timeline.dropFirst()) {
            #expect(a.span.end == b.span.start, "timeline has a gap or overlap: \(a) then \(b); \(scenario)")
        }
    }
}
