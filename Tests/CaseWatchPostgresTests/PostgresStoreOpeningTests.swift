import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Testing

@_spi(Testing) @testable import CaseWatchPostgres

/// Making and opening a PostgreSQL store: `migrate` makes the schema in an empty database once (several
/// at once migrate it once); `open` refuses an empty database, another application's and a newer
/// CaseWatch's, changing nothing; a transaction a failed statement aborted is never reported as committed.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct PostgresStoreOpeningTests {
    @Test func migrateMakesTheSchemaOnceAndOpenThenUsesIt() throws {
        let database = try SharedPostgres.server().makeDatabase()
        let (store, applied) = try PostgresCaseStore.migrate(database.location)
        #expect(applied == PostgresCaseStore.migrationIdentifiers)
        #expect(try store.schemaVersion() == PostgresCaseStore.migrationIdentifiers.last)
        #expect(try PostgresCaseStore.migrate(database.location).applied == [], "a second migrate has nothing to do")
        let opened = try PostgresCaseStore.open(database.location)
        try opened.write { try $0.setMeta("k", "v") }
        #expect(try store.read { try $0.meta("k") } == "v")
        #expect(store.location.contains(database.location.database))
        #expect(!store.location.contains(try SharedPostgres.server().password), "a location never shows the password")
    }

    @Test func daemonsStartingTogetherMigrateOnce() async throws {
        let database = try SharedPostgres.server().makeDatabase()
        let location = database.location
        let applied = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask { try await BlockingWork.run("migrate") { try PostgresCaseStore.migrate(location, connections: 1).applied } }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(applied.filter { !$0.isEmpty } == [PostgresCaseStore.migrationIdentifiers])
    }

    @Test func openRefusesADatabaseWithoutCaseWatchSchema() throws {
        let database = try SharedPostgres.server().makeDatabase()
        #expect(throws: StoreError.notFound(database.location.description)) { try PostgresCaseStore.open(database.location) }
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws {
        let server = try SharedPostgres.server()
        let database = try server.makeDatabase()
        let other = try PostgresCaseStore.connectForTesting(database.location)
        try other.executeForTesting("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total BIGINT)")
        for attempt in [{ _ = try PostgresCaseStore.migrate(database.location) }, { _ = try PostgresCaseStore.open(database.location) }] {
            let error = #expect(throws: StoreError.self) { try attempt() }
            #expect(error?.description.contains("another application's tables (invoices)") == true, "\(String(describing: error))")
        }
        #expect(try other.tablesForTesting() == ["invoices"], "nothing was made beside them")
    }

    @Test func aSchemaFromANewerCaseWatchIsRefused() throws {
        let database = try SharedPostgres.server().makeDatabase()
        let store = try PostgresCaseStore.migrate(database.location).store
        try store.executeForTesting("INSERT INTO casewatch_migrations (identifier) VALUES ('pg-v99-future')")
        #expect(throws: StoreError.newerSchema(unknownMigrations: ["pg-v99-future"])) { try PostgresCaseStore.open(database.location) }
        #expect(throws: StoreError.newerSchema(unknownMigrations: ["pg-v99-future"])) { try PostgresCaseStore.migrate(database.location) }
    }

    @Test func aTransactionAbortedByAFailedStatementIsAnErrorNotACommit() throws {
        let database = try SharedPostgres.server().makeDatabase()
        let store = try PostgresCaseStore.migrate(database.location).store
        let error = #expect(throws: StoreError.self) {
            try store.write { writer in
                try writer.setMeta("before", "1")
                // A refused statement that the body catches, outside any savepoint: the server aborts the whole
                // transaction, and its COMMIT becomes a ROLLBACK.
                _ = try? (writer as! PostgresStoreWriter).session.execute("INSERT INTO meta (key, value) VALUES ('', 'x')")
            }
        }
        #expect(error?.description.contains("nothing of it was stored") == true, "\(String(describing: error))")
        #expect(try store.read { try $0.meta("before") } == nil)
    }
}
