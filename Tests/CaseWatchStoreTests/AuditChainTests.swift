import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// The hash-chained audit log: it verifies intact, and names the first entry altered, removed, inserted or
/// reordered when the database is tampered with directly.
@Suite struct AuditChainTests {
    /// A store of `backend` with five audit entries, by actors `l-1` and `l-0` in turn.
    func chain(_ backend: StoreBackend) throws -> ScratchStore {
        let scratch = try backend.makeStore()
        try scratch.store.write { writer in
            for n in 1...5 {
                try writer.appendAudit(at: StoreFixtures.at(Int64(n)), actor: "l-\(n % 2)", action: "signoff.approve", detail: "{\"signoff\":\(n)}")
            }
        }
        return scratch
    }

    @Test(arguments: StoreBackend.allCases)
    func anIntactChainVerifiesAndNamesItsHead(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        let store = scratch.store
        let entries = try store.read { try $0.auditEntries() }
        #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(entries[0].previousHash == AuditEntry.genesisHash)
        #expect(zip(entries.dropFirst(), entries).allSatisfy { $0.previousHash == $1.hash })
        #expect(entries.allSatisfy { $0.isIntact })
        #expect(try store.read { try $0.verifyAudit() } == .intact(entries: 5, head: entries[4].hash))
        let head = try store.read { try $0.auditHead() }
        #expect(head.entries == 5 && head.head == entries[4].hash)
    }

    @Test(arguments: StoreBackend.allCases)
    func entriesAreFilteredByActorAndInstantInChainOrder(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        let store = scratch.store
        #expect(try store.read { try $0.auditEntries(actor: "l-1") }.map(\.seq) == [1, 3, 5])
        #expect(try store.read { try $0.auditEntries(since: StoreFixtures.at(4)) }.map(\.seq) == [4, 5])
        #expect(try store.read { try $0.auditEntries(since: StoreFixtures.at(2), actor: "l-0") }.map(\.seq) == [2, 4], "both filters at once")
        #expect(try store.read { try $0.auditEntries(since: StoreFixtures.at(6)) }.isEmpty)
        #expect(try store.read { try $0.auditEntries(actor: "l-9") }.isEmpty)
        let first = try #require(try store.read { try $0.auditEntries() }.first)
        #expect(first.actor == "l-1" && first.action == "signoff.approve" && first.detail == "{\"signoff\":1}" && first.at == StoreFixtures.at(1))
    }

    @Test(arguments: StoreBackend.allCases)
    func anEntrysHashIsFoundByItsPosition(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        let store = scratch.store
        let entries = try store.read { try $0.auditEntries() }
        for entry in entries {
            #expect(try store.read { try $0.auditHash(at: entry.seq) } == entry.hash)
        }
        #expect(try store.read { try $0.auditHash(at: 0) } == nil)
        #expect(try store.read { try $0.auditHash(at: 6) } == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func anEmptyChainIsIntactWithTheGenesisHead(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        #expect(try store.read { try $0.verifyAudit() } == .intact(entries: 0, head: AuditEntry.genesisHash))
        let head = try store.read { try $0.auditHead() }
        #expect(head.entries == 0 && head.head == AuditEntry.genesisHash)
        let first = try store.write { try $0.appendAudit(at: StoreFixtures.t0, actor: "ops", action: "policy.reload", detail: "{}") }
        #expect(first.seq == 1 && first.previousHash == AuditEntry.genesisHash && first.isIntact)
    }

    @Test(arguments: StoreBackend.allCases)
    func anEntryAppendedInATransactionThatFailsLeavesNoTrace(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        let store = scratch.store
        struct Abandon: Error {}
        #expect(throws: Abandon.self) {
            try store.write { writer in
                try writer.appendAudit(at: StoreFixtures.at(6), actor: "l-1", action: "token.issue", detail: "{}")
                throw Abandon()
            }
        }
        let next = try store.write { try $0.appendAudit(at: StoreFixtures.at(7), actor: "l-1", action: "token.issue", detail: "{}") }
        #expect(next.seq == 6, "the position of the undone entry is given again: the chain has no gap")
        guard case .intact(entries: 6, head: next.hash) = try store.read({ try $0.verifyAudit() }) else {
            Issue.record("the chain should link up to the new entry")
            return
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func theStoreRefusesToChangeOrDeleteAnEntry(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        scratch.expectRefusal(
            "UPDATE audit SET detail = '{}' WHERE seq = 2", saying: "audit is append-only: an audit record cannot be changed; the audit chain only grows"
        )
        scratch.expectRefusal(
            "DELETE FROM audit WHERE seq = 2", saying: "audit is append-only: an audit record cannot be deleted; the audit chain only grows"
        )
        let head = try scratch.store.read { try $0.auditHead() }
        #expect(try scratch.store.read { try $0.verifyAudit() } == .intact(entries: 5, head: head.head), "nothing was changed")
    }

    @Test(arguments: StoreBackend.allCases)
    func anEditedRowIsNamed(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        try scratch.tamperWithAudit(backend, "UPDATE audit SET detail = '{\"signoff\":99}' WHERE seq = 3")
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 3, problem: .altered))
    }

    @Test(arguments: StoreBackend.allCases)
    func anEditedRowWithARecomputedHashBreaksTheNextLink(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        let forged = AuditEntry.hash(previous: try scratch.store.read { try $0.auditEntries() }[1].hash, seq: 3, at: StoreFixtures.at(3),
                                     actor: "l-1", action: "signoff.reject", detail: "{\"signoff\":3}")
        try scratch.tamperWithAudit(backend, "UPDATE audit SET action = 'signoff.reject', hash = '\(forged)' WHERE seq = 3")
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 4, problem: .brokenLink))
    }

    @Test(arguments: StoreBackend.allCases)
    func aDeletedRowIsNamed(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        try scratch.tamperWithAudit(backend, "DELETE FROM audit WHERE seq = 2")
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 3, problem: .gap(expected: 2)))
    }

    @Test(arguments: StoreBackend.allCases)
    func aDeletedRowWithTheRestRenumberedIsNamed(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        // Renumbered through negative positions: a unique key is checked row by row, in no set order.
        try scratch.tamperWithAudit(
            backend, "DELETE FROM audit WHERE seq = 2", "UPDATE audit SET seq = -seq WHERE seq > 2", "UPDATE audit SET seq = -seq - 1 WHERE seq < 0"
        )
        #expect(try scratch.store.read { try $0.auditEntries() }.map(\.seq) == [1, 2, 3, 4])
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 2, problem: .altered))
    }

    @Test(arguments: StoreBackend.allCases)
    func aReorderedPairIsNamed(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        try scratch.tamperWithAudit(
            backend, "UPDATE audit SET seq = -1 WHERE seq = 2", "UPDATE audit SET seq = 2 WHERE seq = 3", "UPDATE audit SET seq = 3 WHERE seq = -1"
        )
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 2, problem: .altered))
    }

    @Test(arguments: StoreBackend.allCases)
    func anInsertedRowIsNamed(_ backend: StoreBackend) throws {
        let scratch = try chain(backend)
        try scratch.tamperWithAudit(
            backend, "UPDATE audit SET seq = -seq WHERE seq >= 3", "UPDATE audit SET seq = 1 - seq WHERE seq < 0",
            """
            INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash)
                SELECT 3, at, 'l-9', 'token.issue', '{}', hash, 'x' FROM audit WHERE seq = 2
            """
        )
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 3, problem: .altered))
    }

    @Test(arguments: StoreBackend.allCases)
    func aLongChainIsWalkedWhole(_ backend: StoreBackend) throws {
        // More entries than one page of a backend that reads the chain a page at a time.
        let scratch = try backend.makeStore()
        try scratch.store.write { writer in
            for n in 1...2_500 {
                try writer.appendAudit(at: StoreFixtures.at(Int64(n)), actor: "ops", action: "test.entry", detail: "{\"n\":\(n)}")
            }
        }
        let head = try scratch.store.read { try $0.auditHead() }
        #expect(try scratch.store.read { try $0.verifyAudit() } == .intact(entries: 2_500, head: head.head))
        try scratch.tamperWithAudit(backend, "UPDATE audit SET detail = '{}' WHERE seq = 2001")
        #expect(try scratch.store.read { try $0.verifyAudit() } == .broken(seq: 2_001, problem: .altered))
    }
}
