import CaseWatchCore
import CaseWatchEngine
import CaseWatchTesting
import Testing

/// The wall clock stepping backwards (hours) and forwards (days) between wakes of the supervision cycle:
/// no escalation fires before its due instant, none is skipped, none fires twice, and the whole run
/// records exactly what a replay of the same events records.
@Suite struct SupervisionCycleClockTests {
    /// The cases the live database has been given so far.
    func knownCases(_ f: CycleFixture) -> Set<String> { Set(f.ingested.map(\.event.caseID.rawValue)) }

    @Test(arguments: [0xC10C_0001, 0xC10C_0002, 0xC10C_0003] as [UInt64])
    func clockStepsNeitherAdvanceNorSkipNorRepeatAnEscalation(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let f = try CycleFixture()
        let start = try f.at("2026-10-12T08:00")
        // Cases dispatched over the three days before the first wake: some steps are due at once (catch-up).
        try f.ingest(CaseScript.random(count: 40, prefix: "P", from: start.adding(seconds: -3 * 86_400), to: start, using: &rng))
        let clock = ManualClock(start)
        let log = LogCapture()
        var cycle = f.cycle(clock: clock, logger: log.logger())

        var fired: [Escalation] = []
        var checks: [(reading: Instant, known: Set<String>, firedSoFar: Set<EscalationKey>)] = []
        var backwards = 0, forwardJumps = 0
        for step in 0..<80 {
            let reading = clock.now
            let now = cycle.wake()
            for escalation in now {
                #expect(escalation.dueAt <= reading, "fired before its due instant: \(EscalationKey(escalation)) at \(reading)")
                #expect(escalation.detectedAt == reading && escalation.detectedAt >= escalation.dueAt)
            }
            fired += now
            checks.append((reading, knownCases(f), Set(fired.map(EscalationKey.init))))
            // Now and then a case arrives, dated at the clock's reading (perhaps after a step backwards).
            if step % 7 == 3 {
                try f.ingest(CaseScript.random(count: 3, prefix: "S\(step)-", from: reading.adding(seconds: -4_000), to: reading, using: &rng))
            }
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<3:
                clock.move(seconds: -Int64.random(in: 2...30, using: &rng) * 3_600)
                backwards += 1
            case 3..<6:
                clock.move(seconds: Int64.random(in: 1...4, using: &rng) * 86_400 + Int64.random(in: 0..<3_600, using: &rng))
                forwardJumps += 1
            default:
                clock.move(seconds: Int64.random(in: 60...(6 * 3_600), using: &rng))
            }
        }
        let end = clock.now.adding(seconds: 30 * 86_400)
        clock.set(end)
        fired += cycle.wake()
        checks.append((end, knownCases(f), Set(fired.map(EscalationKey.init))))

        #expect(backwards > 0 && forwardJumps > 0, "the script must step both ways")
        #expect(!log.lines("the clock stepped backwards; nothing fires before its due instant").isEmpty)
        let keys = fired.map(EscalationKey.init)
        #expect(keys.count == Set(keys).count, "an escalation fired twice")
        let replayed = try f.replayed(asOf: end)
        #expect(replayed.count > 100, "the scenario should escalate plenty: \(replayed.count)")
        for (reading, known, firedSoFar) in checks {
            let due = Set(replayed.filter { $0.due <= reading.secondsSinceEpoch && known.contains($0.caseID) })
            let missing = due.subtracting(firedSoFar)
            #expect(missing.isEmpty, "due by \(reading) but not fired: \(missing.sorted { $0.description < $1.description }.prefix(5))")
        }
        #expect(Set(keys) == Set(replayed))
        #expect(Set(try f.stored().map(EscalationKey.init)) == Set(replayed))
    }
}
