import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// API keys through the key desk: created with the secret shown once and stored as its hash, listed,
/// revoked by name or id; credentials checked (keys and leaders' tokens) with typed refusals; every move
/// and every refusal audited, refused credentials at a bounded rate.
@Suite struct KeyDeskTests {
    let now = Instant(secondsSinceEpoch: 1_800_000_000)

    /// The audit entries' actions, actors and details.
    private func audit(_ store: any CaseStore) throws -> [(actor: String, action: String, detail: String)] {
        try store.read { try $0.auditEntries() }.map { ($0.actor, $0.action, $0.detail) }
    }

    @Test func aKeyIsShownOnceStoredAsItsHashAndAudited() throws {
        let temporary = try TemporaryStore()
        let desk = KeyDesk(store: temporary.store)
        let (key, text) = try desk.create(name: "crm-ingest", scopes: [.ingest, .read], by: "staff:ops", at: now)
        #expect(text.hasPrefix("cwk_\(key.id)_") && text.count == "cwk_\(key.id)_".count + 43)
        #expect(key.name == "crm-ingest" && key.scopes == [.ingest, .read] && key.createdBy == "staff:ops" && key.createdAt == now)
        for suffix in ["", "-wal"] {
            let bytes = FileManager.default.contents(atPath: temporary.path + suffix) ?? Data()
            #expect(bytes.range(of: Data(text.utf8)) == nil && bytes.range(of: Data(text.suffix(43).utf8)) == nil, "the secret is in \(suffix)")
        }
        #expect(try desk.check(text) == .success(.key(key)))
        #expect(try desk.list().map(\.name) == ["crm-ingest"])
        let entries = try audit(temporary.store)
        #expect(entries.count == 1 && entries[0].action == "key.create" && entries[0].actor == "staff:ops")
        #expect(entries[0].detail == #"{"key":"cwk_\#(key.id)","name":"crm-ingest","scopes":"ingest,read"}"#)
        #expect(!entries[0].detail.contains(String(text.suffix(43))))
    }

    @Test func refusalsToCreateAreTypedAndAudited() throws {
        let temporary = try TemporaryStore()
        let desk = KeyDesk(store: temporary.store)
        let (key, _) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: now)
        #expect(throws: KeyRefusal.nameTaken(name: "crm", id: key.id)) { try desk.create(name: "crm", scopes: [.ingest], by: "staff:ops", at: now) }
        #expect(throws: KeyRefusal.noScope) { try desk.create(name: "other", scopes: [], by: "staff:ops", at: now) }
        for name in ["", "1crm", "crm key", "crm/key", String(repeating: "a", count: 65), "ключ"] {
            #expect(throws: KeyRefusal.invalidName(name)) { try desk.create(name: name, scopes: [.read], by: "staff:ops", at: now) }
        }
        let refused = try audit(temporary.store).filter { $0.action == "key.refused" }
        #expect(refused.count == 8)
        #expect(refused[0].actor == "staff:ops" && refused[0].detail == #"{"key":"cwk_\#(key.id)","name":"crm","reason":"name_taken"}"#)
        #expect(try desk.list().count == 1, "nothing else was stored")
    }

    @Test func aRevokedKeyIsRefusedAndItsNameFreed() throws {
        let temporary = try TemporaryStore()
        let desk = KeyDesk(store: temporary.store)
        let (key, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: now)
        let revoked = try desk.revoke("crm", by: "staff:admin", at: now.adding(seconds: 10))
        #expect(revoked.id == key.id)
        #expect(try desk.check(text) == .failure(.revoked(holder: "key:crm", at: now.adding(seconds: 10))))
        #expect(throws: KeyRefusal.noSuchKey("crm")) { try desk.revoke("crm", by: "staff:admin", at: now) }
        #expect(throws: KeyRefusal.self) { try desk.revoke("cwk_\(key.id)", by: "staff:admin", at: now) }
        let (again, _) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: now.adding(seconds: 20))
        #expect(try desk.revoke("\(again.id)", by: "staff:admin", at: now.adding(seconds: 30)).id == again.id, "by id")
        #expect(try desk.list().isEmpty && desk.list(includingRevoked: true).count == 2)
        let entries = try audit(temporary.store)
        #expect(entries.map(\.action) == ["key.create", "key.revoke", "key.refused", "key.refused", "key.create", "key.revoke"])
        #expect(entries[1].actor == "staff:admin" && entries[1].detail == #"{"key":"cwk_\#(key.id)","name":"crm"}"#)
        #expect(entries[3].detail.contains(#""reason":"already_revoked""#))
    }

    @Test func credentialsAreCheckedWithTypedRefusals() throws {
        let temporary = try TemporaryStore()
        let desk = KeyDesk(store: temporary.store)
        let (key, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: now)
        let forged = "cwk_\(key.id)_" + String(repeating: "A", count: 43)
        #expect(try desk.check(nil) == .failure(.missing))
        #expect(try desk.check("") == .failure(.missing))
        #expect(try desk.check("hello") == .failure(.malformed))
        #expect(try desk.check("cwk_\(key.id)_short") == .failure(.malformed))
        #expect(try desk.check(forged) == .failure(.unknown(prefix: "cwk_\(key.id)")), "a wrong secret reads as unknown")
        #expect(try desk.check("cwk_999_" + String(text.suffix(43))) == .failure(.unknown(prefix: "cwk_999")))
        #expect(try desk.check("cwt_" + String(repeating: "0", count: 64)) == .failure(.unknown(prefix: nil)))
        #expect(try audit(temporary.store).count == 1, "checking audits nothing")
    }

    @Test func aLeadersTokenIsTheLeader() throws {
        let s = try SignoffFixture()
        let desk = KeyDesk(store: s.f.store)
        let token = try #require(s.tokens["l-nanguan"])
        guard case let .success(.leader(leader)) = try desk.check(token) else { Issue.record("the token was refused"); return }
        #expect(leader.id == "l-nanguan")
        _ = try s.f.store.write { try $0.revokeToken(of: "l-nanguan", at: now) }
        #expect(try desk.check(token) == .failure(.revoked(holder: "l-nanguan", at: now)))
    }

    @Test func aRefusedCredentialIsAuditedWithoutItsSecret() throws {
        let temporary = try TemporaryStore()
        let desk = KeyDesk(store: temporary.store)
        let (_, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: now)
        _ = try desk.revoke("crm", by: "staff:ops", at: now)
        guard case let .failure(refusal) = try desk.check(text) else { Issue.record("accepted"); return }
        try desk.auditRefusal(refusal, at: now.adding(seconds: 1))
        let last = try #require(try audit(temporary.store).last)
        #expect(last.action == "credential.refused" && last.actor == "key:crm")
        #expect(last.detail == #"{"holder":"key:crm","reason":"revoked","revoked_at":"2027-01-15T08:00:00Z"}"#)
        try desk.auditRefusal(.unknown(prefix: "cwk_9"), at: now)
        #expect(try audit(temporary.store).last?.detail == #"{"key":"cwk_9","reason":"unknown"}"#)
        #expect(try audit(temporary.store).last?.actor == "unknown")
    }

    @Test func aKeysUseIsRecordedAtMostOnceAMinute() throws {
        let temporary = try TemporaryStore()
        let desk = KeyDesk(store: temporary.store)
        let (key, _) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: now)
        try desk.recordUse(of: key, at: now.adding(seconds: 5))
        let used = try #require(try desk.list().first)
        #expect(used.lastUsedAt == now.adding(seconds: 5))
        try desk.recordUse(of: used, at: now.adding(seconds: 64))
        #expect(try desk.list().first?.lastUsedAt == now.adding(seconds: 5), "within the minute")
        try desk.recordUse(of: used, at: now.adding(seconds: 65))
        #expect(try desk.list().first?.lastUsedAt == now.adding(seconds: 65))
    }

    @Test func theRefusalAuditIsBoundedPerCredentialAndPerMinute() {
        let gate = RefusalAuditGate(maxPerMinute: 3)
        let minute = Instant(secondsSinceEpoch: 1_800_000_000 - 1_800_000_000 % 60)
        #expect(gate.admit("a", at: minute))
        #expect(!gate.admit("a", at: minute.adding(seconds: 30)), "one per credential per minute")
        #expect(gate.admit("b", at: minute.adding(seconds: 31)))
        #expect(gate.admit("c", at: minute.adding(seconds: 32)))
        #expect(!gate.admit("d", at: minute.adding(seconds: 33)), "at most three a minute in all")
        #expect(gate.admit("a", at: minute.adding(seconds: 60)), "a new minute")
        #expect(gate.admit("d", at: minute.adding(seconds: 61)))
    }
}
