import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Writes `transactions` transactions of `perTransaction` new cases each, under `prefix`.
private func writeCases(_ store: any CaseStore, prefix: String, transactions: Int, perTransaction: Int) throws {
    for transaction in 0..<transactions {
        try store.write { writer throws in
            for index in 0..<perTransaction {
                let caseID = "\(prefix)-\(transaction)-\(index)"
                try writer.insertEvent(StoreFixtures.registration("\(caseID)-r", case: caseID), batch: nil, recordedAt: StoreFixtures.t0)
                try writer.insertEvent(
                    StoreFixtures.event("\(caseID)-d", case: caseID, .dispatched(unit: UnitID("cc"), resolveBy: nil)),
                    batch: nil, recordedAt: StoreFixtures.t0
                )
                try writer.saveProjection(try StoreFixtures.projection(caseID), nextStep: nil)
            }
        }
    }
}

@Test(arguments: StoreBackend.allCases)
func twoStoresOnOneDatabaseWriteConcurrentlyAndBothSucceed(_ backend: StoreBackend) async throws {
    let scratch = try backend.makeStore()
    let first = scratch.store
    let second = try scratch.makeSecondStore()  // its own connections, as another process would have
    let transactions = 40
    let perTransaction = 25
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try writeCases(first, prefix: "A", transactions: transactions, perTransaction: perTransaction) }
        group.addTask { try writeCases(second, prefix: "B", transactions: transactions, perTransaction: perTransaction) }
        try await group.waitForAll()
    }
    let cases = transactions * perTransaction
    for store in [first, second] {
        try store.read { reader throws in
            #expect(try reader.eventCount() == 4 * cases)
            #expect(try reader.caseIDs().count == 2 * cases)
            #expect(try reader.projections().count == 2 * cases)
            #expect(try reader.events(of: CaseID("B-\(transactions - 1)-\(perTransaction - 1)")).count == 2)
        }
    }
}

/// SQLite only: the busy timeout is how SQLite waits for its file lock (PostgreSQL's writers queue for theirs).
@Test func aWriterThatCannotGetTheLockWithinTheBusyTimeoutFailsAndWritesNothing() throws {
    try TemporaryStore.with { first throws in
        let second = try SQLiteCaseStore.open(at: first.path, busyTimeout: .milliseconds(50))
        try first.write { writer throws in
            try writer.setMeta("holder", "first")
            // The first store holds the write lock until this closure returns.
            let error = #expect(throws: StoreError.self) { try second.write { try $0.setMeta("holder", "second") } }
            #expect(error?.description.contains("database is locked") == true, "\(String(describing: error))")
            #expect(error?.description.contains("busy timeout") == true)
        }
        #expect(try second.read { try $0.meta("holder") } == "first")
        try second.write { try $0.setMeta("holder", "second") }
        #expect(try first.read { try $0.meta("holder") } == "second")
    }
}
