import CaseWatchCore
import Foundation
import Testing

/// The random scenarios reach what the property tests claim to cover, so that a change to the generator
/// cannot quietly make them weaker.
@Suite("Random scenario coverage")
struct ScenarioCoverageTests {
    let scenarios = ReferenceModelTests.seeds.map(RandomScenario.init(seed:))

    func year(_ t: Int64) -> Int {
        RandomScenario.utcCalendar.component(.year, from: Date(timeIntervalSince1970: TimeInterval(t)))
    }

    @Test func startsOutsideTheDayTable() {
        // The table covers the covered years, one before and two after.
        let outside = scenarios.filter {
            !(($0.coveredYears.lowerBound - 1)...($0.coveredYears.upperBound + 2)).contains(year($0.start))
        }
        #expect(outside.count >= 100)
    }

    @Test func startsWithinDaysOfADaylightSavingSwitch() {
        let near = scenarios.filter { scenario in
            guard let zone = TimeZone(identifier: scenario.zone),
                  let next = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: TimeInterval(scenario.start)))
            else { return false }
            return next.timeIntervalSince1970 - TimeInterval(scenario.start) < 3 * 86_400
        }
        #expect(near.count >= 25)
    }

    @Test func everyClockEveryZoneAndMergingPauses() {
        #expect(Set(scenarios.map(\.kind)) == Set(ClockDuration.Kind.allCases))
        #expect(Set(scenarios.map(\.zone)) == Set(RandomScenario.zones))
        let merging = scenarios.filter { $0.pauseSet.spans.count < $0.pauses.count }
        #expect(merging.count >= 80)
        let beforeStart = scenarios.filter { scenario in scenario.pauses.contains { $0.start < scenario.start } }
        #expect(beforeStart.count >= 80)
    }
}
