import CaseWatchConfig
import Foundation

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
