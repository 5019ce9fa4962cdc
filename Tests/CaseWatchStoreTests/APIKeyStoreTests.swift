import CaseWatchCore
import CaseWatchTesting
import GRDB
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

    @Test func aNameIsUniqueAmongKeysInForceAndFreedByRevocation() throws {
        try TemporaryStore.with { store in
            let first = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.ingest], secretHash: hash("a"), by: "staff:ops", at: t0) })
            #expect(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.read], secretHash: hash("b"), by: "staff:ops", at: t0) } == nil)
            #expect(try store.write { try $0.revokeAPIKey(id: first, by: "staff:ops", at: t0.adding(seconds: 5)) })
            #expect(try !store.write { try $0.revokeAPIKey(id: first, by: "staff:ops", at: t0.adding(seconds: 6)) }, "revoked once")
            let second = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.read, .signoff], secretHash: hash("b"), by: "staff:ops", at: t0) })
            let keys = try store.read { try $0.apiKeys(includingRevoked: true) }
            #expect(keys.map(\.id) == [first, second])
            #expect(keys[0].revokedAt == t0.adding(seconds: 5) && keys[0].revokedBy == "staff:ops")
            #expect(keys[1].scopes == [.read, .signoff] && keys[1].createdBy == "staff:ops" && keys[1].lastUsedAt == nil)
            #expect(try store.read { try $0.apiKeys(includingRevoked: false) }.map(\.id) == [second])
            #expect(try store.read { try $0.liveAPIKey(named: "crm") }?.id == second)
            try store.write { try $0.touchAPIKey(id: second, at: t0.adding(seconds: 60)) }
            #expect(try store.read { try $0.apiKey(id: second) }?.lastUsedAt == t0.adding(seconds: 60))
        }
    }

    @Test func aKeyIsNeverDeletedNorRewritten() throws {
        try TemporaryStore.with { store in
            let id = try #require(try store.write { try $0.insertAPIKey(name: "crm", scopes: [.ingest], secretHash: hash("a"), by: "staff:ops", at: t0) })
            for statement in [
                "DELETE FROM api_keys WHERE id = \(id)",
                "UPDATE api_keys SET scopes = 'ingest,read,signoff' WHERE id = \(id)",
                "UPDATE api_keys SET secret_hash = '\(hash("b"))' WHERE id = \(id)",
            ] {
                #expect(throws: StoreError.self, "\(statement)") { try store.write { writer in try storeOperation { try writer.db.execute(sql: statement) } } }
            }
            #expect(try store.write { try $0.revokeAPIKey(id: id, by: "staff:ops", at: t0) })
            #expect(throws: StoreError.self, "un-revoking") {
                try store.write { writer in try storeOperation { try writer.db.execute(sql: "UPDATE api_keys SET revoked_at = NULL, revoked_by = NULL") } }
            }
        }
    }

    private func hash(_ secret: String) -> String { APIKeySecret.hash(secret) }
}
