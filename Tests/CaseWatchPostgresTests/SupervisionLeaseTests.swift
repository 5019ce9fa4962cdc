import CaseWatchStore
import Dispatch
import Foundation
import Synchronization
import CaseWatchTesting
import Testing

@_spi(Testing) @testable import CaseWatchPostgres

/// The supervision lease: one holder at a time, timed by the database's clock; a new holder only after
/// expiry or release, with the next epoch; a write fenced by a lost epoch is refused and writes nothing.
/// Expiry is made by moving the lease's end into the past (the database's clock is not the test's to wait on).
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct SupervisionLeaseTests {
    let database: ScratchDatabase
    let store: PostgresCaseStore

    init() throws {
        database = try SharedPostgres.server().makeDatabase()
        store = try PostgresCaseStore.migrate(database.location).store
    }

    func lease(_ holder: String) -> SupervisionLease {
        SupervisionLease(store: store, holder: holder, duration: .seconds(10))
    }

    /// Moves the lease's end into the past, as if its holder had stopped renewing long enough.
    func expire() throws {
        try store.executeForTesting("UPDATE supervisor_lease SET expires_at = clock_timestamp() - interval '1 second'")
    }

    @Test func oneHolderAtATimeAndTheNextEpochAfterExpiry() throws {
        let a = lease("a"), b = lease("b")
        #expect(try a.acquire() == 1)
        #expect(try b.acquire() == nil, "held by a")
        #expect(try a.acquire() == 1, "a takes its own lease again: a renewal, the same epoch")
        #expect(try a.renew(epoch: 1))
        try expire()
        #expect(try b.acquire() == 2, "expired: b takes it over, one epoch on")
        #expect(try !a.renew(epoch: 1), "a's renewal finds it lost")
        #expect(try a.acquire() == nil, "and a cannot take it back while b holds it")
    }

    @Test func aReleasedLeaseIsTakenAtOnce() throws {
        let a = lease("a"), b = lease("b")
        let epoch = try #require(try a.acquire())
        try a.release(epoch: epoch)
        #expect(try b.acquire() == epoch + 1)
        try a.release(epoch: epoch)
        #expect(try b.renew(epoch: epoch + 1), "a stale release does not touch the new holder's lease")
    }

    @Test func anExpiredLeaseIsNotRenewedEvenWithoutATakeover() throws {
        let a = lease("a")
        let epoch = try #require(try a.acquire())
        try expire()
        #expect(try !a.renew(epoch: epoch))
        #expect(try a.acquire() == epoch + 1, "taking it again starts a new epoch: writes of the old one stay refused")
    }

    @Test func aWriteFencedByALostEpochIsRefusedAndWritesNothing() throws {
        let a = lease("a"), b = lease("b")
        let epochA = try #require(try a.acquire())
        let fencedA = a.fencedStore(epoch: epochA)
        try fencedA.write { try $0.setMeta("by", "a") }
        try expire()
        #expect(throws: StoreError.fenced(holder: "a", epoch: epochA)) {
            try fencedA.write { try $0.setMeta("by", "a, late") }
        }
        let epochB = try #require(try b.acquire())
        try b.fencedStore(epoch: epochB).write { try $0.setMeta("by", "b") }
        #expect(throws: StoreError.fenced(holder: "a", epoch: epochA), "a paused leader resuming after the takeover") {
            try fencedA.write { try $0.setMeta("by", "a, resumed") }
        }
        #expect(try store.read { try $0.meta("by") } == "b")
        #expect(!fencedA.isWritable())
        #expect(b.fencedStore(epoch: epochB).isWritable())
    }

    @Test func aFencedTransactionHoldsTheLeaseRowUntilItEnds() throws {
        let a = lease("a")
        let epoch = try #require(try a.acquire())
        let locks = try a.fencedStore(epoch: epoch).write { _ in
            try store.textRowsForTesting("""
                SELECT mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                WHERE c.relname = 'supervisor_lease' AND l.granted AND l.mode = 'RowShareLock'
                """)
        }
        #expect(locks == [["RowShareLock"]], "the fence's FOR SHARE row lock, which a takeover's UPDATE waits for")
    }

    /// A takeover that waited for a transaction holding the lease row (a frozen leader's, until the server
    /// ended it) gets a whole lease from when it got the row, not from when it began waiting: else it would
    /// hold an already expired lease, and the standbys behind it would each take it over in turn.
    @Test func aTakeoverThatWaitedForTheLeaseRowGetsAWholeLeaseFromWhenItGotIt() throws {
        let a = lease("a"), b = SupervisionLease(store: store, holder: "b", duration: .seconds(2))
        _ = try #require(try a.acquire())
        try expire()
        let acquired = DispatchSemaphore(value: 0)
        let epoch = Mutex<Int64?>(nil)
        try store.writeTransaction { session in
            try session.execute("SELECT 1 FROM supervisor_lease WHERE id = 1 FOR SHARE")
            DispatchQueue.global().async {
                epoch.withLock { $0 = try? b.acquire() }
                acquired.signal()
            }
            // Wait (by the database's clock) until b has waited for the row longer than its lease.
            let waitingSince = ContinuousClock.now
            while ContinuousClock.now - waitingSince < .seconds(30) {
                let rows = try store.textRowsForTesting("""
                    SELECT (clock_timestamp() - query_start > interval '3 seconds')::text FROM pg_stat_activity
                    WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO supervisor_lease%'
                    """)
                if rows == [["true"]] { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        #expect(acquired.wait(timeout: .now() + 10) == .success)
        #expect(epoch.withLock { $0 } == 2, "b takes the expired lease once the row is free")
        let remaining = try store.textRowsForTesting("SELECT (expires_at > clock_timestamp() + interval '1 second')::text FROM supervisor_lease")
        #expect(remaining == [["true"]], "the lease runs 2 s from when b got it, not from when it began to wait")
        #expect(try b.renew(epoch: 2))
    }
}
