import CaseWatchCore
import CaseWatchTesting
import GRDB
import Testing
@testable import CaseWatchStore

/// The hash-chained audit log: it verifies intact, and names the first entry altered, removed, inserted or
/// reordered when the SQLite file is tampered with directly.
@Suite struct AuditChainTests {
    /// A store with five audit entries.
    func withChain(_ body: (SQLiteCaseStore) throws -> Void) throws {
        try TemporaryStore.with { store in
            try store.write { writer in
                for n in 1...5 {
                    try writer.appendAudit(at: StoreFixtures.at(Int64(n)), actor: "l-\(n % 2)", action: "signoff.approve", detail: "{\"signoff\":\(n)}")
                }
            }
            try body(store)
        }
    }

    /// Runs `sql` on the file behind the store's back, with the append-only triggers dropped as an
    /// attacker with the file would.
    func tamper(_ store: SQLiteCaseStore, _ sql: String) throws {
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
            try db.execute(sql: sql)
        }
    }

    @Test func anIntactChainVerifiesAndNamesItsHead() throws {
        try withChain { store in
            let entries = try store.read { try $0.auditEntries() }
            #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(entries[0].previousHash == AuditEntry.genesisHash)
            #expect(zip(entries.dropFirst(), entries).allSatisfy { $0.previousHash == $1.hash })
            #expect(try store.read { try $0.verifyAudit() } == .intact(entries: 5, head: entries[4].hash))
            #expect(try store.read { try $0.auditEntries(actor: "l-1") }.map(\.seq) == [1, 3, 5])
            #expect(try store.read { try $0.auditEntries(since: StoreFixtures.at(4)) }.map(\.seq) == [4, 5])
        }
    }

    @Test func theStoreRefusesToChangeOrDeleteAnEntry() throws {
        try withChain { store in
            #expect(throws: StoreError.self) {
                try store.write { writer in try writer.db.execute(sql: "UPDATE audit SET detail = '{}' WHERE seq = 2") }
            }
            #expect(throws: StoreError.self) {
                try store.write { writer in try writer.db.execute(sql: "DELETE FROM audit WHERE seq = 2") }
            }
        }
    }

    @Test func anEditedRowIsNamed() throws {
        try withChain { store in
            try tamper(store, "UPDATE audit SET detail = '{\"signoff\":99}' WHERE seq = 3")
            #expect(try store.read { try $0.verifyAudit() } == .broken(seq: 3, problem: .altered))
        }
    }

    @Test func anEditedRowWithARecomputedHashBreaksTheNextLink() throws {
        try withChain { store in
            let forged = AuditEntry.hash(previous: try store.read { try $0.auditEntries() }[1].hash, seq: 3, at: StoreFixtures.at(3),
                                         actor: "l-1", action: "signoff.reject", detail: "{\"signoff\":3}")
            try tamper(store, "UPDATE audit SET action = 'signoff.reject', hash = '\(forged)' WHERE seq = 3")
            #expect(try store.read { try $0.verifyAudit() } == .broken(seq: 4, problem: .brokenLink))
        }
    }

    @Test func aDeletedRowIsNamed() throws {
        try withChain { store in
            try tamper(store, "DELETE FROM audit WHERE seq = 2")
            #expect(try store.read { try $0.verifyAudit() } == .broken(seq: 3, problem: .gap(expected: 2)))
        }
    }

    @Test func aDeletedRowWithTheRestRenumberedIsNamed() throws {
        try withChain { store in
            try tamper(store, "DELETE FROM audit WHERE seq = 2; UPDATE audit SET seq = seq - 1 WHERE seq > 2")
            #expect(try store.read { try $0.verifyAudit() } == .broken(seq: 2, problem: .altered))
        }
    }

    @Test func aReorderedPairIsNamed() throws {
        try withChain { store in
            try tamper(store, "UPDATE audit SET seq = -1 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = -1")
            #expect(try store.read { try $0.verifyAudit() } == .broken(seq: 2, problem: .altered))
        }
    }

    @Test func anInsertedRowIsNamed() throws {
        try withChain { store in
            try tamper(store, """
                UPDATE audit SET seq = -seq WHERE seq >= 3; UPDATE audit SET seq = 1 - seq WHERE seq < 0;
                INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash)
                    SELECT 3, at, 'l-9', 'token.issue', '{}', hash, 'x' FROM audit WHERE seq = 2
                """)
            #expect(try store.read { try $0.verifyAudit() } == .broken(seq: 3, problem: .altered))
        }
    }
}
