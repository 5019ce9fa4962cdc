import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

@Suite struct InitCommandTests {
    let seeds = CommandHarness.repositoryRoot + "/seeds"

    func initialise(_ db: String, _ extra: [String] = []) -> CommandResult {
        CommandHarness.run(["init", "--db", db, "--seeds", seeds, "--policies", CommandHarness.policies] + extra)
    }

    @Test func loadsTheUnitTreeRosterAndSampleEvents() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path + "/c.sqlite"
        let result = initialise(db)
        #expect(result.exitCode == 0, "\(result.err)")
        let store = try SQLiteCaseStore.open(at: db)
        let (units, leaders, cases, events) = try store.read { r in
            (try r.units().count, try r.leaders().count, try r.caseIDs().count, try r.eventCount())
        }
        #expect(units > 300)
        #expect(leaders >= 10)
        #expect(cases == 1_500)
        #expect(result.out.contains("\(units) units, \(leaders) leaders, \(events) sample events of 1500 cases"))
        let rebuild = CommandHarness.run(["cases", "rebuild", "--check", "--db", db, "--policies", CommandHarness.policies])
        #expect(rebuild.exitCode == 0, "\(rebuild.err)")
    }

    @Test func anExistingDatabaseIsRefusedUnlessReplaced() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path + "/c.sqlite"
        #expect(initialise(db, ["--no-events"]).exitCode == 0)
        let again = initialise(db, ["--no-events"])
        #expect(again.exitCode != 0)
        #expect(again.err.contains("already exists; pass --replace"))
        let replaced = initialise(db, ["--no-events", "--replace"])
        #expect(replaced.exitCode == 0)
    }

    @Test func badSeedsLeaveNoDatabaseBehind() throws {
        let directory = try TemporaryDirectory()
        try directory.write("seeds/units.yaml", "kind: units\nunits:\n  - {id: cc, name: 长春市, level: cty}\n")
        try directory.write("seeds/leaders.yaml", "kind: roster\nleaders: []\n")
        let db = directory.path + "/c.sqlite"
        let result = CommandHarness.run(["init", "--db", db, "--seeds", directory.path + "/seeds", "--policies", CommandHarness.policies])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("units.yaml:3:"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func theDatabasePathComesFromCASEWATCH_DBWhenNotGiven() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path + "/env.sqlite"
        let status = try ChildProcess.run(
            ["init", "--seeds", seeds, "--policies", CommandHarness.policies, "--no-events"],
            environment: ["CASEWATCH_DB": db]
        )
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }
}
