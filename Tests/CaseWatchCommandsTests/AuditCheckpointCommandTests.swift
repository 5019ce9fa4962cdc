import CaseWatchCore
import CaseWatchStore
import Foundation
import GRDB
import Testing

/// `casewatch audit keygen|checkpoint` and `audit verify --checkpoint`: a chain cut short or rewritten
/// after a signed checkpoint is caught, a checkpoint altered or checked with another key is refused, a
/// chain grown since passes, and a read-only copy verifies.
extension AuditCommandTests {
    /// A key pair made by `casewatch audit keygen` in the fixture's folder: (private, public) paths.
    func keygen(_ f: SignoffFixture, name: String = "audit-key.pem") throws -> (key: String, publicKey: String) {
        let key = f.directory.path + "/" + name
        let made = CommandHarness.run(["audit", "keygen", "--out", key])
        #expect(made.exitCode == 0, "\(made.err)")
        return (key, key + ".pub")
    }

    /// A checkpoint of the fixture's chain written by `casewatch audit checkpoint --out`; returns its path.
    func checkpoint(_ f: SignoffFixture, key: String) throws -> String {
        let path = f.directory.path + "/checkpoint.txt"
        let taken = try f.run(["audit", "checkpoint", "--key", key, "--out", path])
        #expect(taken.exitCode == 0, "\(taken.err)")
        #expect(taken.out.contains("checkpoint of 6 audit entries"))
        return path
    }

    func verify(_ f: SignoffFixture, checkpoint: String, publicKey: String) throws -> CommandResult {
        try verify(f, ["--checkpoint", checkpoint, "--public-key", publicKey])
    }

    @Test func aCheckpointVerifiesAndAChainGrownSincePasses() throws {
        let f = try audited()
        let (key, publicKey) = try keygen(f)
        let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let path = try checkpoint(f, key: key)
        let now = try verify(f, checkpoint: path, publicKey: publicKey)
        #expect(now.exitCode == 0, "\(now.err)")
        #expect(now.out.contains("consistent with the checkpoint of 2026-10-23T10:00:00Z (6 entries); 0 entries were appended since"))
        _ = try f.tokenFile(for: "l-cc-01")
        let later = try verify(f, checkpoint: path, publicKey: publicKey)
        #expect(later.exitCode == 0, "\(later.err)")
        #expect(later.out.contains("1 entry was appended since") && later.out.contains("audit chain intact: 7 entries"))
    }

    @Test func aChainCutShortSinceTheCheckpointIsCaught() throws {
        let f = try audited()
        let (key, publicKey) = try keygen(f)
        let path = try checkpoint(f, key: key)
        try tamper(f, "DELETE FROM audit WHERE seq >= 5")
        #expect(try verify(f).exitCode == 0, "without the checkpoint, a shorter chain still links up")
        let result = try verify(f, checkpoint: path, publicKey: publicKey)
        #expect(result.exitCode == 1)
        #expect(result.err.contains("has 4 entries, fewer than the checkpoint of 2026-10-23T10:00:00Z (6 entries): entries were removed from its end"))
    }

    @Test func aChainRewrittenSinceTheCheckpointIsCaught() throws {
        let f = try audited()
        let (key, publicKey) = try keygen(f)
        let path = try checkpoint(f, key: key)
        // Every entry replaced by a forged one, each hashed right and linked to the one before.
        var previous = AuditEntry.genesisHash
        var inserts: [String] = []
        for seq in Int64(1)...6 {
            let hash = AuditEntry.hash(previous: previous, seq: seq, at: Instant(secondsSinceEpoch: 1_790_000_000), actor: "forger", action: "forged", detail: "{}")
            inserts.append("INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash) VALUES (\(seq), 1790000000, 'forger', 'forged', '{}', '\(previous)', '\(hash)');")
            previous = hash
        }
        try tamper(f, "DELETE FROM audit; DELETE FROM sqlite_sequence WHERE name = 'audit'; " + inserts.joined(separator: "\n"))
        #expect(try verify(f).exitCode == 0, "without the checkpoint, the forged chain links up")
        let result = try verify(f, checkpoint: path, publicKey: publicKey)
        #expect(result.exitCode == 1)
        #expect(result.err.contains("differs from the checkpoint of 2026-10-23T10:00:00Z (6 entries): entry 6 has hash \(previous)"), "\(result.err)")
        #expect(result.err.contains("the chain was rewritten after the checkpoint"))
    }

    @Test func anAlteredCheckpointOrAnotherKeyIsRefused() throws {
        let f = try audited()
        let (key, publicKey) = try keygen(f)
        let path = try checkpoint(f, key: key)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "entries 6\n", with: "entries 4\n").write(toFile: path, atomically: true, encoding: .utf8)
        let altered = try verify(f, checkpoint: path, publicKey: publicKey)
        #expect(altered.exitCode == 1)
        #expect(altered.err.contains("its signature does not verify with key"), "\(altered.err)")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (_, otherPublicKey) = try keygen(f, name: "other-key.pem")
        let wrongKey = try verify(f, checkpoint: path, publicKey: otherPublicKey)
        #expect(wrongKey.exitCode == 1)
        #expect(wrongKey.err.contains("it was signed by key") && wrongKey.err.contains("give the public key of the key that signs the checkpoints"))
        let noKey = try verify(f, ["--checkpoint", path])
        #expect(noKey.exitCode == 1 && noKey.err.contains("give --public-key"))
    }

    @Test func aPrivateKeyOthersMayReadIsRefused() throws {
        let f = try audited()
        let (key, _) = try keygen(f)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let result = try f.run(["audit", "checkpoint", "--key", key])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("the private key is open to other users (mode 644); run `chmod 600 \(key)`"))
        #expect(CommandHarness.run(["audit", "keygen", "--out", key]).exitCode == 1, "an existing key is never written over")
    }

    @Test func aReadOnlyCopyVerifiesAgainstACheckpoint() throws {
        let f = try audited()
        let (key, publicKey) = try keygen(f)
        let path = try checkpoint(f, key: key)
        try DatabaseQueue(path: f.db).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let folder = f.directory.path + "/read-only"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let copy = folder + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: f.db, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let result = CommandHarness.run(["audit", "verify", "--db", copy, "--checkpoint", path, "--public-key", publicKey])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("consistent with the checkpoint") && result.out.contains("audit chain intact: 6 entries"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["copy.sqlite"], "nothing written beside the copy")
    }
}
