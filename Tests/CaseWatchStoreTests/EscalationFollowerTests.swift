import CaseWatchCore
import CaseWatchTesting
import Foundation
import Synchronization
import Testing
@testable import CaseWatchStore

/// A follower reading escalations by row id, as the daemon's log and the API's stream do, while several
/// stores on one database write at once: it must never step past a row that commits after it read.
@Suite struct EscalationFollowerTests {
    /// The errors of the writer threads.
    final class WriterErrors: Sendable {
        /// Each error, naming its writer.
        let errors = Mutex<[String]>([])
    }

    /// The escalations that writer store `writer` records in its transaction `transaction`: two tiers of a
    /// case of their own.
    static func escalations(writer: Int, transaction: Int) -> [(Escalation, signoffDue: Instant?)] {
        [TierName.warning, .overdue].map { tier in
            (EscalationStoreTests.escalation("W\(writer)-\(transaction)", tier, unit: "cc", due: 1, detected: 2, points: 100), nil)
        }
    }

    /// Each writer store records its escalations in transactions that hold their new ids uncommitted for a
    /// random moment, as a slow transaction would; meanwhile the follower polls `escalations(afterID:limit:)`
    /// in small pages, moving its position to the last id it read. Were ids committed out of their order
    /// (a writer taking an id after another and committing first), the follower would often move past an
    /// id committed later, and miss it: its ids would not be all the ids stored. (Measured on PostgreSQL
    /// with the same writers committing without the write lock: every run missed 47 to 118 of the 300.)
    @Test(arguments: StoreBackend.allCases)
    func aFollowerByRowIdMissesNoEscalationWhileSeveralStoresWriteAtOnce(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let writers = 6
        let transactions = 25
        try registerCases((0..<writers).flatMap { writer in (0..<transactions).map { "W\(writer)-\($0)" } }, in: scratch.store)
        let stores = try (0..<writers).map { _ in try scratch.makeSecondStore() }
        let finished = DispatchGroup()
        let failures = WriterErrors()
        for (index, store) in stores.enumerated() {
            finished.enter()
            Thread.detachNewThread {
                defer { finished.leave() }
                do {
                    for transaction in 0..<transactions {
                        try store.write { writer throws in
                            try writer.recordEscalations(Self.escalations(writer: index, transaction: transaction))
                            Thread.sleep(forTimeInterval: .random(in: 0...0.01))
                        }
                    }
                } catch {
                    failures.errors.withLock { $0.append("writer \(index): \(error)") }
                }
            }
        }
        var followed: [Int64] = []
        var polls = 0
        while true {
            // Asked before reading: once every writer is done, this read sees all they committed.
            let writersDone = finished.wait(timeout: .now()) == .success
            var page: [StoredEscalation]
            repeat {
                page = try scratch.store.read { try $0.escalations(afterID: followed.last ?? 0, limit: 5) }
                followed += page.map(\.id)
                polls += 1
            } while page.count == 5
            if writersDone { break }
        }
        #expect(failures.errors.withLock { $0 } == [])
        let stored = try scratch.store.read { try $0.escalations(afterID: 0, limit: 10_000) }.map(\.id)
        #expect(stored.count == writers * transactions * 2)
        #expect(followed == stored, "the follower read every escalation, once, in id order")
        #expect(polls > transactions, "the follower read while the writers wrote")
    }
}
