import CaseWatchStore
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
}
