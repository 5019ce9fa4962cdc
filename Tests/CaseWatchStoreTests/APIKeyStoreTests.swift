import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// API keys as stored: only the secret's hash, a name unique among the keys in force, revoked once, never
/// deleted; the key's text `cwk_<id>_<secret>` read back into its parts.
@Suite struct APIKeyStoreTests {
    let t0 = Instant(secondsSinceEpoch: 1_800_000_000)

    @Test func aKeysTextNamesItsIdAndCarries256RandomBits() throws {
        let secret = APIKeySecret.generateSecret()
        #expect(secret.count == 43 && secret.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(APIKeySecret.generateSecret() != secret)
        let text = APIKeySecret.text(id: 17, secret: secret)
        #expect(text.hasPrefix("cwk_17_"))
        #expect(APIKeySecret.parts(of: text) == APIKeySecret.Parts(id: 17, secret: secret))
        for malformed in ["", "cwk_", "cwk_17", "cwk_17_", "cwk_017_\(secret)", "cwk_x_\(secret)", "cwk_17_\(secret)=",
                          "cwk_17_\(secret.dropLast())", "cwk_17_\(secret.dropLast())+", "cwt_17_\(secret)", "cwk_-1_\(secret)"] {
            #expect(APIKeySecret.parts(of: malformed) == nil, "\(malformed)")
        }
    }

    @Test func aSecretMatchesOnlyItsOwnHash() {
        let secret = APIKeySecret.generateSecret()
        let stored = APIKeySecret.hash(secret)
        #expect(stored.count == 64)
        #expect(APIKeySecret.matches(secret, storedHash: stored))
        #expect(!APIKeySecret.matches(APIKeySecret.generateSecret(), storedHash: stored))
        #expect(!APIKeySecret.matches(secret, storedHash: String(stored.dropLast())))
    }

    @Test(arguments: StoreBackend.allCases)
    func aNameIsUniqueAmongKeysInForceAndFreedByRevocation(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        let first = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.ingest], secretHash: hash("a"), by: "staff:ops", at: t0) })
        #expect(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.read], secretHash: hash("b"), by: "staff:ops", at: t0) } == nil)
        #expect(try store.write { try $0.revokeAPIKey(id: first, by: "staff:ops", at: t0.adding(seconds: 5)) })
        #expect(try !store.write { try $0.revokeAPIKey(id: first, by: "staff:ops", at: t0.adding(seconds: 6)) }, "revoked once")
        let second = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.read, .signoff], secretHash: hash("b"), by: "staff:ops", at: t0) })
        let keys = try store.read { try $0.apiKeys(includingRevoked: true) }
        #expect(keys.map(\.id) == [first, second])
        #expect(keys[0].revokedAt == t0.adding(seconds: 5) && keys[0].revokedBy == "staff:ops")
        #expect(keys[1].scopes == [.read, .signoff] && keys[1].createdBy == "staff:ops" && keys[1].lastUsedAt == nil)
        #expect(keys[1].name == "crm" && keys[1].secretHash == hash("b") && keys[1].createdAt == t0 && !keys[1].isRevoked)
        #expect(try store.read { try $0.apiKeys(includingRevoked: false) }.map(\.id) == [second])
        #expect(try store.read { try $0.liveAPIKey(named: "crm") }?.id == second)
        #expect(try store.read { try $0.liveAPIKey(named: "erp") } == nil)
        #expect(try store.read { try $0.apiKey(id: first) } == keys[0], "a revoked key is still found by its id")
        #expect(try store.read { try $0.apiKey(id: second + 100) } == nil)
        #expect(try !store.write { try $0.revokeAPIKey(id: second + 100, by: "staff:ops", at: t0) }, "no such key")
    }

    @Test(arguments: StoreBackend.allCases)
    func aKeysLastUseIsRecordedAndMovesOnOnlyForIt(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        let used = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.ingest], secretHash: hash("a"), by: "staff:ops", at: t0) })
        let idle = try #require(try store.write { try $0.insertAPIKey(name: "erp", scopes: [.read], secretHash: hash("b"), by: "staff:ops", at: t0) })
        try store.write { try $0.touchAPIKey(id: used, at: t0.adding(seconds: 60)) }
        #expect(try store.read { try $0.apiKey(id: used) }?.lastUsedAt == t0.adding(seconds: 60))
        try store.write { try $0.touchAPIKey(id: used, at: t0.adding(seconds: 120)) }
        #expect(try store.read { try $0.apiKey(id: used) }?.lastUsedAt == t0.adding(seconds: 120), "the latest use replaces the one before")
        #expect(try store.read { try $0.apiKey(id: idle) }?.lastUsedAt == nil, "another key is untouched")
        #expect(try store.write { try $0.revokeAPIKey(id: used, by: "staff:ops", at: t0.adding(seconds: 130)) })
        try store.write { try $0.touchAPIKey(id: used + idle + 100, at: t0) }
        let revoked = try #require(try store.read { try $0.apiKey(id: used) })
        #expect(revoked.lastUsedAt == t0.adding(seconds: 120) && revoked.isRevoked, "revocation keeps the last use")
    }

    @Test(arguments: StoreBackend.allCases)
    func aKeyIsNeverDeletedNorRewritten(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        let store = scratch.store
        let id = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.ingest], secretHash: hash("a"), by: "staff:ops", at: t0) })
        let fixed = "api_keys: a key's id, name, scopes, hash and creation never change; create a new key"
        scratch.expectRefusal("DELETE FROM api_keys WHERE id = \(id)", saying: "api_keys: a key cannot be deleted; revoke it")
        scratch.expectRefusal("UPDATE api_keys SET scopes = 'ingest,read,signoff' WHERE id = \(id)", saying: fixed)
        scratch.expectRefusal("UPDATE api_keys SET secret_hash = '\(hash("b"))' WHERE id = \(id)", saying: fixed)
        #expect(try store.write { try $0.revokeAPIKey(id: id, by: "staff:ops", at: t0) })
        scratch.expectRefusal("UPDATE api_keys SET revoked_at = NULL, revoked_by = NULL", saying: "api_keys: a key is revoked once, for good")
        #expect(try store.read { try $0.apiKey(id: id) }?.scopes == [.ingest])
    }

    private func hash(_ secret: String) -> String { APIKeySecret.hash(secret) }
}
