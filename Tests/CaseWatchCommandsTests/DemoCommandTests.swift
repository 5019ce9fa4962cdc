import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Testing

@Suite struct DemoCommandTests {
    @Test func aReplayedEventsFileWorksToo() throws {
        let directory = try TemporaryDirectory()
        let result = CommandHarness.run([
            "demo", "--db", directory.path + "/d.sqlite", "--seeds", CommandHarness.repositoryRoot + "/seeds",
            "--policies", CommandHarness.policies, "--events", CommandHarness.repositoryRoot + "/seeds/events.jsonl", "--show", "1",
        ])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("1500 cases"))
    }

    @Test func theDemoStreamsEscalationsAndShowsSignoffsAndStanding() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path + "/demo.sqlite"
        let result = CommandHarness.run([
            "demo", "--db", db, "--seeds", CommandHarness.repositoryRoot + "/seeds", "--policies", CommandHarness.policies, "--show", "5",
        ])
        #expect(result.exitCode == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("3000 cases") == true)
        #expect(lines.filter { $0.contains(" case D") }.count == 5)
        #expect(result.out.contains("more escalations"))
        #expect(result.out.contains("Sign-offs awaiting leaders"))
        #expect(result.out.contains("Units' standing"))
        #expect(result.out.contains("The demo database is \(db)"))
        let stored = try SQLiteCaseStore.open(at: db).read { try $0.escalations() }
        #expect(!stored.isEmpty)
        #expect(Set(stored.map { "\($0.escalation.caseID)/\($0.escalation.cycle)/\($0.escalation.tier)" }).count == stored.count)
        let escalated = stored[0].escalation
        let show = CommandHarness.run(["cases", "show", escalated.caseID.rawValue, "--db", db, "--policies", CommandHarness.policies])
        #expect(show.out.contains("Escalations"))
        #expect(show.out.contains("\(escalated.tier) \(escalated.tier.chinese)"))
        let listed = CommandHarness.run(["escalations", "list", "--db", db, "--policies", CommandHarness.policies, "--tier", "leadership", "--json"])
        #expect(listed.exitCode == 0)
        #expect(listed.out.contains("\"case_id\"") && listed.out.contains("\"detected_at\"") && listed.out.contains("\"due_at\""))
    }
}
