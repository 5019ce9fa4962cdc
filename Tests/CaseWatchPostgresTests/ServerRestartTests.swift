import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Dispatch
import Testing

@_spi(Testing) @testable import CaseWatchPostgres

/// A PostgreSQL server restarted in the middle of a write transaction (a crash, or its failover manager
/// moving the primary): the transaction is an error that says the connection was lost and nothing of it was
/// stored; nothing of it is stored; the next write reconnects and succeeds.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct ServerRestartTests {
    @Test func aRestartMidTransactionLosesTheTransactionWholeAndTheStoreGoesOn() async throws {
        // Durable: the test server's usual settings (no flush) would lose the commits made before the crash.
        let server = try ThrowawayPostgres(durable: true)
        defer { server.stop() }
        let database = try server.makeDatabase()
        let store = try PostgresCaseStore.migrate(database.location, connections: 2).store
        try store.write { try $0.setMeta("before", "kept") }

        let inside = DispatchSemaphore(value: 0), restarted = DispatchSemaphore(value: 0)
        let outcome = Task {
            try await BlockingWork.run("restart-test") {
                try store.write { writer in
                    try writer.setMeta("during", "half")
                    inside.signal()
                    restarted.wait()
                    try writer.setMeta("during-after", "never")
                }
            }
        }
        await BlockingWork.run("restart-test.wait") { inside.wait() }
        try server.restart()
        restarted.signal()
        let error = await #expect(throws: StoreError.self) { try await outcome.value }
        #expect(error?.description.contains("connection to the server was lost") == true, "\(String(describing: error))")
        #expect(error?.description.contains("nothing of the transaction was stored") == true)

        try store.write { try $0.setMeta("after", "written") }
        let values = try store.read { reader in try ["before", "during", "during-after", "after"].map { try reader.meta($0) } }
        #expect(values == ["kept", nil, nil, "written"])
    }
}
