import CaseWatchTesting
import Foundation
import Testing

/// `casewatch migrate`: makes CaseWatch's schema in an empty PostgreSQL database once and says so; a second run
/// finds it up to date; another application's database and a malformed URL are refused with what to do, and
/// the password never shows. On SQLite it reports the file's schema.
@Suite struct MigrateCommandTests {
    @Test func anEmptyPostgresDatabaseGetsTheSchemaOnce() throws {
        if let reason = ThrowawayPostgres.unavailableReason { try Test.cancel("PostgreSQL: \(reason)") }
        let server = try SharedPostgres.server()
        let database = try server.makeDatabase()
        let url = server.url(database: database.location.database)
        let first = CommandHarness.run(["migrate", "--db", url])
        #expect(first.exitCode == 0, "\(first.err)")
        #expect(first.out.contains("applied pg-v1-initial"), "\(first.out)")
        let second = CommandHarness.run(["migrate", "--db", url])
        #expect(second.exitCode == 0, "\(second.err)")
        #expect(second.out.contains("up to date"), "\(second.out)")
        #expect(!(first.out + second.out).contains(server.password), "the password never shows")
    }

    @Test func anotherApplicationsDatabaseIsRefusedWithWhatToDo() throws {
        if let reason = ThrowawayPostgres.unavailableReason { try Test.cancel("PostgreSQL: \(reason)") }
        let server = try SharedPostgres.server()
        let database = try server.makeDatabase()
        try server.administer(database: database.location.database, "CREATE TABLE invoices (id BIGINT PRIMARY KEY)")
        let result = CommandHarness.run(["migrate", "--db", server.url(database: database.location.database)])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("another application's tables (invoices)"), "\(result.err)")
        #expect(result.err.contains("point --db at the store `casewatch init` created"), "\(result.err)")
        #expect(!result.err.contains(server.password))
    }

    @Test func aMalformedURLSaysHowOneIsWritten() {
        let result = CommandHarness.run(["migrate", "--db", "postgres://localhost/"])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("--db:"), "\(result.err)")
        #expect(result.err.contains("postgres://user@host"), "\(result.err)")
    }

    @Test func anSQLiteFileReportsItsSchema() throws {
        try TemporaryDirectory.with { directory throws in
            let db = directory.path + "/city.sqlite"
            let created = CommandHarness.run(["init", "--db", db, "--seeds", CommandHarness.repositoryRoot + "/seeds", "--policies", CommandHarness.policies, "--no-events"])
            #expect(created.exitCode == 0, "\(created.err)")
            let result = CommandHarness.run(["migrate", "--db", db])
            #expect(result.exitCode == 0, "\(result.err)")
            #expect(result.out.contains("up to date"), "\(result.out)")
        }
    }
}
