import Hummingbird

/// Refuses every credential: the daemon's authenticator when no key store is wired (every authenticated
/// route answers 401; health and the wall's static page still answer).
public struct RefuseAllAuthenticator: RequestAuthenticator {
    /// The authenticator.
    public init() {}

    /// Always throws a 401 problem.
    public func authenticate(_ request: Request) async throws -> Principal {
        throw Problem(.unauthenticated, "this daemon accepts no credentials")
    }
}
