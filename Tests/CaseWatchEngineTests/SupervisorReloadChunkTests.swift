import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// A reload over many open cases commits in chunks and hands the supervisor back between them, so that
/// the daemon fires what falls due meanwhile instead of after the whole reload.
@Suite struct SupervisorReloadChunkTests {
    @Test func aReloadRecomputesInChunksAndFiresBetweenThem() throws {
        let f = try CycleFixture()
        let nine = try f.at("2026-10-12T09:00")
        // 120 normal cases dispatched on Monday 12 October (first due on Friday), and an urgent one whose
        // steps are due within a day.
        try f.ingest((0..<120).flatMap { n in
            CaseScript.lines("R\(n)", at: nine.adding(seconds: Int64(n * 10)), kind: ("sanitation", "normal"), unit: CycleFixture.units[n % 3])
        } + CaseScript.lines("U", at: nine, kind: ("environment.noise", "urgent"), unit: CycleFixture.units[0]))
        var supervisor = Supervisor(store: f.store, catalog: f.policies)
        _ = try supervisor.start(at: nine)
        supervisor.casesPerTransaction = 25
        let (directory, edited) = try SupervisorReloadTests().policies(editing: "calendars/cn-mainland.yaml") { text in
            text.replacingOccurrences(
                of: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n",
                with: "  - {date: 2026-10-07, name: \"National Day\"}  # Wed, 国庆节\n  - {date: 2026-10-14, name: \"Test day off\"}\n"
            )
        }
        _ = directory
        let later = nine.adding(seconds: 3 * 86_400)
        var handedBack = 0
        var firedBetween: [Escalation] = []
        let outcome = try supervisor.reload(edited, at: nine.adding(seconds: 3_600)) { supervisor in
            handedBack += 1
            if handedBack == 1 { firedBetween = try supervisor.advance(to: later) }
        }
        #expect(outcome.changedCalendars == ["cn-mainland"])
        #expect(outcome.recomputedCases == 121, "every open case on the calendar changes with the new day off")
        #expect(handedBack == 5, "121 cases on the calendar, 25 a transaction")
        #expect(firedBetween.contains { $0.caseID == CaseID("U") }, "the urgent case's step fired between two chunks")
        let keys = (firedBetween + (try supervisor.advance(to: later))).map(EscalationKey.init)
        #expect(keys.count == Set(keys).count, "a step fired twice")
    }
}
