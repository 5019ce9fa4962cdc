import CaseWatchCore
import CaseWatchTesting
import Foundation
import Testing
@testable import CaseWatchStore

/// Appends `count` audit entries to `store`, the first at minute `from` after ``StoreFixtures/t0``.
private func appendEntries(_ count: Int, to store: any CaseStore, from: Int64 = 0, action: String = "test.entry") throws {
    try store.write { writer throws in
        for index in 0..<count {
            try writer.appendAudit(at: StoreFixtures.at(from + Int64(index)), actor: "tester", action: action, detail: "{\"n\":\(index)}")
        }
    }
}

/// A checkpoint of `store`'s chain now, signed with `key`.
private func checkpoint(_ store: any CaseStore, _ key: AuditSigningKey) throws -> AuditCheckpoint {
    try store.write { try $0.auditCheckpoint(at: StoreFixtures.at(600), signedWith: key) }
}

private func compare(_ store: any CaseStore, _ checkpoint: AuditCheckpoint) throws -> AuditCheckpointComparison {
    try store.read { try $0.compareAudit(with: checkpoint) }
}

@Test(arguments: StoreBackend.allCases)
func aCheckpointReadsBackAndVerifiesWithItsKeyAlone(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try appendEntries(3, to: store)
    let key = AuditSigningKey.generate()
    let taken = try checkpoint(store, key)
    #expect(taken.entries == 3)
    #expect(taken.head == (try store.read { try $0.auditEntries() }.last?.hash))
    let parsed = try AuditCheckpoint.parse(taken.text)
    #expect(parsed == taken)
    #expect(key.publicKey.verifies(parsed))
    // The keys survive their PEM files.
    #expect(AuditPublicKey(pem: key.publicKey.pem) == key.publicKey)
    #expect(AuditSigningKey(pem: key.pem)?.publicKey == key.publicKey)
    #expect(AuditSigningKey(pem: key.publicKey.pem) == nil && AuditPublicKey(pem: key.pem) == nil)
    // Another key does not verify it, nor does any change to what was signed.
    #expect(!AuditSigningKey.generate().publicKey.verifies(parsed))
    let altered = try AuditCheckpoint.parse(taken.text.replacingOccurrences(of: "entries 3\n", with: "entries 2\n"))
    #expect(!key.publicKey.verifies(altered))
    // The same database keeps its identity from one checkpoint to the next.
    #expect(try checkpoint(store, key).databaseID == taken.databaseID)
}

@Test func aMalformedCheckpointNamesItsLine() throws {
    let key = AuditSigningKey.generate()
    let text = try key.sign(databaseID: "db", entries: 1, head: String(repeating: "a", count: 64), time: StoreFixtures.t0).text
    let cases: [(String, Int)] = [
        ("", 1),
        (text.replacingOccurrences(of: "entries 1", with: "entries one"), 3),
        (text.replacingOccurrences(of: "head a", with: "head A"), 4),
        (text.replacingOccurrences(of: "time ", with: "when "), 5),
        (text + "extra\n", 8),
        (text.components(separatedBy: "signature")[0], 7),
    ]
    for (bad, line) in cases {
        #expect(throws: AuditCheckpointError.self) { try AuditCheckpoint.parse(bad) }
        do {
            _ = try AuditCheckpoint.parse(bad)
        } catch let .malformed(found, _) {
            #expect(found == line, "\(bad)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Test(arguments: StoreBackend.allCases)
func aChainCutShortOrRewrittenSinceACheckpointIsCaughtAndAGrownOnePasses(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try appendEntries(5, to: store)
    let key = AuditSigningKey.generate()
    let taken = try checkpoint(store, key)
    #expect(try compare(store, taken) == .consistent(entries: 5, appended: 0))
    try appendEntries(2, to: store, from: 100)
    #expect(try compare(store, taken) == .consistent(entries: 7, appended: 2))
    // The tail cut: the last three entries removed (the chain still links up).
    try scratch.tamperWithAudit(backend, "DELETE FROM audit WHERE seq > 4")
    guard case .intact(entries: 4, _) = try store.read({ try $0.verifyAudit() }) else {
        Issue.record("the cut chain should still link up")
        return
    }
    #expect(try compare(store, taken) == .shorter(entries: 4))
    // The chain rewritten whole, as long as before, each entry hashed right: only the checkpoint knows.
    try scratch.tamperWithAudit(backend, "DELETE FROM audit")
    try appendEntries(6, to: store, action: "forged.entry")
    guard case .intact = try store.read({ try $0.verifyAudit() }) else { Issue.record("the forged chain should link up"); return }
    let forgedFifth = try store.read { try $0.auditEntries() }[4].hash
    #expect(try compare(store, taken) == .differs(seq: 5, hash: forgedFifth))
}

@Test(arguments: StoreBackend.allCases)
func aCheckpointOfAnotherDatabaseIsRefused(_ backend: StoreBackend) throws {
    let first = try backend.makeStore()
    let second = try backend.makeStore()
    let key = AuditSigningKey.generate()
    let taken = try checkpoint(first.store, key)
    #expect(try compare(second.store, taken) == .otherDatabase(stored: nil))
    let other = try checkpoint(second.store, key)
    #expect(other.databaseID != taken.databaseID)
    #expect(try compare(second.store, taken) == .otherDatabase(stored: other.databaseID))
    #expect(try compare(first.store, taken) == .consistent(entries: 0, appended: 0))
}

@Test func aReadOnlyCopyOpensWithoutMigrationOrAnyFileWritten() throws {
    try TemporaryDirectory.with { directory throws in
        let original = directory.path + "/live.sqlite"
        let key = AuditSigningKey.generate()
        let taken: AuditCheckpoint
        do {
            let store = try SQLiteCaseStore.create(at: original, migratingUpTo: "v4-pending-steps-index")
            try appendEntries(3, to: store)
            taken = try checkpoint(store, key)
        }
        // The store is closed: its log is folded into the file and removed. Copy the file alone into a
        // folder, then make both read-only.
        let folder = directory.path + "/copy"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let copy = folder + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let store = try ReadOnlyCaseStore.open(at: copy)
        #expect(try store.schemaVersion() == "v4-pending-steps-index", "never migrated")
        #expect(try store.read { try $0.compareAudit(with: taken) } == .consistent(entries: 3, appended: 0))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["copy.sqlite"], "no journal or log file beside it")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(throws: StoreError.notFound(folder + "/missing.sqlite")) { try ReadOnlyCaseStore.open(at: folder + "/missing.sqlite") }
    }
}

@Test func aPrivateKeyFileOthersMayReadIsRefused() throws {
    try TemporaryDirectory.with { directory throws in
        let key = AuditSigningKey.generate()
        let path = directory.path + "/key.pem"
        try AuditKeyFile.writeNew(key, privateAt: path, publicAt: path + ".pub")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try AuditKeyFile.readSigningKey(at: path).publicKey == key.publicKey)
        #expect(try AuditKeyFile.readPublicKey(at: path + ".pub") == key.publicKey)
        #expect(throws: AuditCheckpointError.self) { try AuditKeyFile.writeNew(key, privateAt: path, publicAt: path + ".other") }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(throws: AuditCheckpointError.keyFileOpen(path: path, mode: 0o640)) { try AuditKeyFile.readSigningKey(at: path) }
        #expect(throws: AuditCheckpointError.notAKey(path: path + ".pub", kind: "private")) {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + ".pub")
            _ = try AuditKeyFile.readSigningKey(at: path + ".pub")
        }
    }
}
