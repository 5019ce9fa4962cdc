import CaseWatchStore
import CaseWatchConfig
import CaseWatchHTTP
import Foundation
import Hummingbird

/// What the HTTP tests share: the repository's policies and seeds.
enum HTTPFixtures {
    /// The repository's root (this file is at Tests/CaseWatchHTTPTests/).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The shipped policies (`policies/`).
    static func policies() throws -> PolicySet {
        try ConfigLoader.loadPolicySet(at: repositoryRoot + "/policies")
    }
}

/// An authenticator of fixed keys, for route tests that are not about keys: `Bearer ingest-key`,
/// `read-key`, `signoff-key` and `all-key` hold the scopes their names say.
struct FixedKeys: RequestAuthenticator {
    func authenticate(_ request: Request) async throws -> Principal {
        switch BearerCredential.of(request) {
        case "ingest-key": .apiKey(id: 1, name: "ingest", scopes: [.ingest])
        case "read-key": .apiKey(id: 2, name: "read", scopes: [.read])
        case "signoff-key": .apiKey(id: 3, name: "signoff", scopes: [.signoff])
        case "all-key": .apiKey(id: 4, name: "all", scopes: Set(KeyScope.allCases))
        default: throw Problem(.unauthenticated, "unknown test key")
        }
    }
}
