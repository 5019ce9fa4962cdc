import CaseWatchStore
import Hummingbird

/// Establishes the principal of every request under it through the environment's ``RequestAuthenticator``
/// (a 401 problem when it refuses); routes then ask for their scope with ``APIContext/require(_:)``.
public struct AuthenticationMiddleware: RouterMiddleware {
    /// The context routes run in.
    public typealias Context = APIContext

    let authenticator: any RequestAuthenticator

    /// A middleware checking credentials with `authenticator`.
    public init(authenticator: any RequestAuthenticator) {
        self.authenticator = authenticator
    }

    /// Authenticates, then runs the route with the principal in its context.
    public func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        var context = context
        context.principal = try await authenticator.authenticate(request)
        return try await next(request, context)
    }
}

extension APIContext {
    /// The principal, if it may act in `scope`; otherwise a 403 problem naming the scope needed (401 when no
    /// one was authenticated).
    @discardableResult
    public func require(_ scope: KeyScope) throws -> Principal {
        guard let principal else { throw Problem(.unauthenticated, "send Authorization: Bearer <API key>") }
        guard principal.allows(scope) else {
            throw Problem(.forbidden, "this credential lacks the '\(scope.rawValue)' scope; create a key with `casewatch keys create <name> --scope \(scope.rawValue)`")
        }
        return principal
    }
}
