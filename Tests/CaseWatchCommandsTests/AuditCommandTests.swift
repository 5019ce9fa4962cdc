import CaseWatchCore
import CaseWatchStore
import Foundation
import GRDB
import Testing

/// `casewatch audit verify|list`: the chain verifies and prints its head, names the first entry altered,
/// removed or inserted when the SQLite file is tampered with, and lists entries by time and actor.
@Suite struct AuditCommandTests {
    /// A fixture with six audit entries: the fixture's ingest batch, two tokens issued, an approval, a
    /// refusal, a return.
    func audited() throws -> SignoffFixture {
        let f = try SignoffFixture()
        let nanguan = try f.tokenFile(for: "l-nanguan-02")
        let kuancheng = try f.tokenFile(for: "l-kuancheng-01")
        let (a, b) = (try f.signoff(of: "N-A"), try f.signoff(of: "N-B"))
        #expect(try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", nanguan], at: "2026-10-24T09:00").exitCode == 0)
        #expect(try f.signoff(["approve", "\(b.id)", "--instruction", "Go", "--token-file", kuancheng], at: "2026-10-24T10:00").exitCode == 1)
        #expect(try f.signoff(["return", "\(b.id)", "--reason", "More facts", "--token-file", nanguan], at: "2026-10-25T09:00").exitCode == 0)
        return f
    }

    /// Runs SQL on the file behind the store's back, with the append-only triggers dropped as an attacker
    /// with the file would.
    func tamper(_ f: SignoffFixture, _ sql: String) throws {
        try DatabaseQueue(path: f.db).write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
            try db.execute(sql: sql)
        }
    }

    func verify(_ f: SignoffFixture, _ extra: [String] = []) throws -> CommandResult { try f.run(["audit", "verify"] + extra) }

    @Test func anIntactChainVerifiesAndPrintsItsHead() throws {
        let f = try audited()
        let entries = try f.store().read { try $0.auditEntries() }
        #expect(entries.map(\.action) == ["ingest.batch", "token.issue", "token.issue", "signoff.approve", "signoff.refused", "signoff.return"])
        let result = try verify(f)
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out == "audit chain intact: 6 entries, head \(entries[5].hash)\n")
        // A head noted then is found again after more entries.
        _ = try f.tokenFile(for: "l-cc-01")
        let later = try verify(f, ["--head", entries[5].hash])
        #expect(later.exitCode == 0, "\(later.err)")
        #expect(later.out.contains("the head noted earlier is entry 6; 1 entries were appended since"))
        #expect(later.out.contains("audit chain intact: 7 entries"))
    }

    @Test func anAlteredEntryIsNamed() throws {
        let f = try audited()
        try tamper(f, #"UPDATE audit SET detail = '{"leader":"l-cc-01"}' WHERE seq = 3"#)
        let result = try verify(f)
        #expect(result.exitCode == 1)
        #expect(result.err.contains("the audit chain of \(f.db) is broken: entry 3 (token.issue by staff:"))
        #expect(result.err.contains("was altered: its fields no longer give its hash"))
    }

    @Test func aRemovedEntryIsNamed() throws {
        let f = try audited()
        try tamper(f, "DELETE FROM audit WHERE seq = 4")
        let result = try verify(f)
        #expect(result.exitCode == 1)
        #expect(result.err.contains("entry 5 (signoff.refused by l-kuancheng-01) stands where entry 4 should: an entry was removed"))
    }

    @Test func anInsertedEntryIsNamed() throws {
        let f = try audited()
        // A forged approval slipped in after entry 3, chained to it and with a hash that matches its own
        // fields, the later entries renumbered: the entry after it no longer links to its predecessor.
        let entries = try f.store().read { try $0.auditEntries() }
        let forged = AuditEntry.hash(previous: entries[2].hash, seq: 4, at: entries[2].at, actor: "l-nanguan-02", action: "signoff.approve", detail: "{}")
        try tamper(f, """
            UPDATE audit SET seq = seq + 10 WHERE seq > 3;
            UPDATE audit SET seq = seq - 9 WHERE seq > 10;
            INSERT INTO audit (seq, at, actor, action, detail, prev_hash, hash)
                VALUES (4, \(entries[2].at.secondsSinceEpoch), 'l-nanguan-02', 'signoff.approve', '{}', '\(entries[2].hash)', '\(forged)');
            """)
        let result = try verify(f)
        #expect(result.exitCode == 1)
        // The forged entry itself is consistent; the first one wrong is the real approval after it.
        #expect(result.err.contains("is broken: entry 5 (signoff.approve by l-nanguan-02)"), "\(result.err)")
    }

    @Test func entriesRemovedFromTheEndNeedTheKnownHead() throws {
        let f = try audited()
        let head = try #require(try f.store().read { try $0.auditEntries() }.last).hash
        try tamper(f, "DELETE FROM audit WHERE seq = 6")
        #expect(try verify(f).exitCode == 0, "without the head, a shorter chain still links up")
        let result = try verify(f, ["--head", head])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("links up (5 entries), but the head noted earlier, \(head), is no longer in it"))
    }

    @Test func listFiltersByActorAndTime() throws {
        let f = try audited()
        let all = try f.run(["audit", "list", "--policies", CommandHarness.policies])
        #expect(all.exitCode == 0, "\(all.err)")
        #expect(all.out.contains("6 entries"))
        #expect(all.out.contains("signoff.refused") && all.out.contains("l-kuancheng-01"))
        let byLeader = try f.run(["audit", "list", "--actor", "l-nanguan-02", "--policies", CommandHarness.policies, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(byLeader.out.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["action"] as? String } == ["signoff.approve", "signoff.return"])
        #expect(rows.first?["at"] as? String == "2026-10-24T09:00:00+08:00")
        #expect((rows.first?["detail"] as? String)?.contains(#""instruction":"Go""#) == true)
        #expect(rows.allSatisfy { ($0["hash"] as? String)?.count == 64 && ($0["prev_hash"] as? String)?.count == 64 })
        let since = try f.run(["audit", "list", "--since", "2026-10-24T10:00", "--policies", CommandHarness.policies])
        #expect(since.out.contains("2 entries") && since.out.contains("signoff.refused") && since.out.contains("signoff.return"))
        let none = try f.run(["audit", "list", "--actor", "nobody", "--policies", CommandHarness.policies])
        #expect(none.out == "no audit entries match\n")
        let bad = try f.run(["audit", "list", "--since", "yesterday", "--policies", CommandHarness.policies])
        #expect(bad.exitCode == 1 && bad.err.contains("--since"))
    }
}
