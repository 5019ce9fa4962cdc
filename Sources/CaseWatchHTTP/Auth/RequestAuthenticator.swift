import Hummingbird

/// Establishes who made a request from its credential (`Authorization: Bearer …`), or refuses it.
///
/// Implementations check API keys and leaders' tokens against the store, audit refusals, and throw a
/// ``Problem`` (401 for a missing, unknown or revoked credential). Scope checks (403) are the routes'.
public protocol RequestAuthenticator: Sendable {
    /// The principal behind `request`'s credential; throws a 401 ``Problem`` when there is none or it is refused.
    func authenticate(_ request: Request) async throws -> Principal
}
