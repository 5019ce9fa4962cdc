import CaseWatchCore
import CaseWatchPostgres
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// `casewatch copy`: an SQLite installation with a week of escalations, sign-offs, ledger lines and its audit
/// chain moves into an empty PostgreSQL store, whole and unchanged; the copy goes on working (new ids after
/// the copied ones, the chain extended intact); a store that holds data is refused unchanged.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct CopyCommandTests {
    @Test func anInstallationMovesWholeIntoAnEmptyPostgresStore() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path + "/city.sqlite"
        let demo = CommandHarness.run([
            "demo", "--db", file, "--policies", CommandHarness.policies, "--seeds", CommandHarness.repositoryRoot + "/seeds",
            "--cases", "400", "--show", "0",
        ])
        #expect(demo.exitCode == 0, "\(demo.err)")
        let server = try SharedPostgres.server()
        let database = try server.makeDatabase()
        let url = server.url(database: database.location.database)

        let copy = CommandHarness.run(["copy", "--from", file, "--to", url])
        #expect(copy.exitCode == 0, "\(copy.err)")
        #expect(copy.out.contains("the audit chain verified intact, the same head"), "\(copy.out)")
        #expect(!copy.out.contains(server.password))

        let source = try SQLiteCaseStore.open(at: file)
        let target = try PostgresCaseStore.open(database.location)
        func contents(_ store: any CaseStore) throws -> [String] {
            try store.read { reader in
                [
                    "\(try reader.eventCount())", "\(try reader.caseIDs())", "\(try reader.projections())",
                    "\(try reader.escalations())", "\(try reader.signoffs())", "\(try reader.auditEntries())",
                    "\(try reader.units())", "\(try reader.leaders())", "\(try reader.deliveries(limit: 100_000))",
                    "\(try reader.unroutedNotices(limit: 100_000).map(\.id))",
                ]
            }
        }
        let copied = try contents(target)
        #expect(copied == (try contents(source)))
        #expect(try source.read { try $0.escalations().count } > 50, "the demo escalates: the copy carries something")

        // The copy goes on: a new entry follows the copied chain, with the next sequence number.
        let head = try target.read { try $0.auditHead() }
        let entry = try target.write { try $0.appendAudit(at: Instant(secondsSinceEpoch: 1_800_000_000), actor: "test", action: "copy.checked", detail: "{}") }
        #expect(entry.seq == head.entries + 1)
        guard case .intact = try target.read({ try $0.verifyAudit() }) else {
            Issue.record("the chain broke after an entry was added to the copy")
            return
        }

        let again = CommandHarness.run(["copy", "--from", file, "--to", url])
        #expect(again.exitCode == 1)
        #expect(again.err.contains("already holds units, cases, audit entries"), "\(again.err)")
        #expect(try target.read { try $0.auditHead().entries } == head.entries + 1, "a refused copy writes nothing")
    }

    @Test func aCopyGoesFromAnSQLiteFileToPostgresOnly() {
        let backwards = CommandHarness.run(["copy", "--from", "postgres://cw@db/casewatch", "--to", "postgres://cw@db/other"])
        #expect(backwards.exitCode == 1)
        #expect(backwards.err.contains("--from: give the SQLite file"), "\(backwards.err)")
        let sideways = CommandHarness.run(["copy", "--from", "a.sqlite", "--to", "b.sqlite"])
        #expect(sideways.exitCode == 1)
        #expect(sideways.err.contains("--to: give the PostgreSQL store"), "\(sideways.err)")
    }
}
