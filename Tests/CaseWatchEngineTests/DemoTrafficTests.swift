import CaseWatchCore
import CaseWatchEngine
import Testing

/// The demo's simulated week: every case a valid lifecycle, the same week for the same seed.
@Suite struct DemoTrafficTests {
    @Test func everyGeneratedEventIsAcceptedAndTheWeekIsDeterministic() throws {
        let f = try ReplayFixture()
        let monday = f.zone.instant(dayNumber: LocalDate(year: 2026, month: 11, day: 16)!.dayNumber, secondOfDay: 0)
        let units = [UnitID("u1"), UnitID("u2"), UnitID("u3")]
        var first = DemoTraffic(seed: 7), second = DemoTraffic(seed: 7)
        let records = first.week(cases: 400, from: monday, units: units)
        #expect(records.map(\.event) == second.week(cases: 400, from: monday, units: units).map(\.event))
        #expect(Set(records.map(\.event.caseID)).count == 400)
        let summary = try HistoryReplay(store: f.store, catalog: f.policies, explicitDeadlines: false)
            .run(records, asOf: monday.adding(seconds: 14 * 86_400))
        #expect(summary.rejected.isEmpty, "\(summary.rejected.prefix(3))")
        #expect(summary.cases == 400)
        let urgent = records.filter { if case let .registered(_, urgency, _) = $0.event.kind { urgency.rawValue == "urgent" } else { false } }
        #expect(urgent.count > 0 && urgent.count < 40)
    }
}
