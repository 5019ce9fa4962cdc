import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Dispatch
import Synchronization
import Testing

@_spi(Testing) @testable import CaseWatchPostgres

/// The LISTEN/NOTIFY wake-up of a follower: a committed write wakes the watch, a rolled-back one does not;
/// a listening connection cut by the server wakes the follower at once and is made again, after which
/// commits wake it as before. Waits are on a semaphore the wake signals, bounded, never a sleep.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct PostgresWriteWatchTests {
    let database: ScratchDatabase
    let store: PostgresCaseStore
    let wakes = Wakes()

    init() throws {
        database = try SharedPostgres.server().makeDatabase()
        store = try PostgresCaseStore.migrate(database.location).store
    }

    func startWatch() throws -> PostgresWriteWatch {
        let wakes = wakes
        let watch = PostgresWriteWatch.start(location: database.location, queue: DispatchQueue(label: "test.watch")) { wakes.wake() }
        return try #require(watch, "the throwaway server takes LISTEN")
    }

    func writeUnit(_ name: String) throws {
        try store.write { try $0.upsertUnits([OrgUnit(id: UnitID(name), name: name, level: .community, parent: nil)]) }
    }

    struct Refused: Error {}

    @Test func aCommitWakesTheWatchAndARollbackDoesNot() throws {
        let watch = try startWatch()
        defer { watch.cancel() }
        #expect(throws: Refused.self) {
            try store.write { writer in
                try writer.upsertUnits([OrgUnit(id: UnitID("rolled.back"), name: "x", level: .community, parent: nil)])
                throw Refused()
            }
        }
        try writeUnit("committed")
        #expect(wakes.wait(seconds: 10), "the commit woke nothing")
        // The server delivers notifications in commit order: one from the rollback would have come first.
        #expect(!wakes.wait(seconds: 0.5), "a second wake: the rolled-back transaction notified too")
        #expect(wakes.count == 1)
    }

    @Test func aCutListeningConnectionWakesTheFollowerAndIsMadeAgain() throws {
        let watch = try startWatch()
        defer { watch.cancel() }
        let terminated = try store.textRowsForTesting("""
            SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
            WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()
            """)
        #expect(terminated == [["true"]], "the watch's one listening connection")
        #expect(wakes.wait(seconds: 10), "losing the connection must wake the follower: writes may have gone unheard")
        #expect(wakes.wait(seconds: 10), "listening again wakes it once more")
        try writeUnit("after.reconnect")
        #expect(wakes.wait(seconds: 10), "a commit after the reconnect wakes it")
    }

    @Test func aServerThatCannotBeReachedGivesNoWatch() throws {
        let unreachable = try PostgresLocation(parsing: "postgres://casewatch@127.0.0.1:1/none", environment: [:])
        let watch = PostgresWriteWatch.start(location: unreachable, queue: DispatchQueue(label: "test.watch")) {}
        #expect(watch == nil)
    }
}

/// Wakes counted and signalled.
final class Wakes: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let counted = Mutex(0)

    func wake() {
        counted.withLock { $0 += 1 }
        semaphore.signal()
    }

    /// Whether a wake came (or had come) within `seconds`.
    func wait(seconds: Double) -> Bool {
        semaphore.wait(timeout: .now() + seconds) == .success
    }

    var count: Int { counted.withLock { $0 } }
}
