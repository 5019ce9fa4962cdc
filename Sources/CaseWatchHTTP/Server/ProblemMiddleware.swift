import CaseWatchStore
import Hummingbird
import Logging

/// Answers every failure of a route as an RFC 9457 problem: a ``Problem`` as it is, Hummingbird's own
/// errors (404, 405, 413, a body that cannot be decoded) as the matching problem type, a store that cannot
/// be used as 503, anything else as 500 (logged, with no internals in the answer).
public struct ProblemMiddleware: RouterMiddleware {
    /// The context routes run in.
    public typealias Context = APIContext

    let logger: Logger

    /// A middleware logging unexpected failures to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Runs the route, turning what it throws into a problem.
    public func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError {
            throw Self.problem(for: error, request: request)
        } catch let error as StoreError {
            logger.error("store failure answering a request", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw Problem(.storeUnavailable, "the store cannot be used now; nothing was written. Retry shortly", headers: [.retryAfter: "1"])
        } catch {
            logger.error("unexpected failure answering a request", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            throw Problem(.internalError, "the daemon failed to answer; nothing was half-written. The daemon's log has the cause")
        }
    }

    /// The problem for one of Hummingbird's errors.
    static func problem(for error: HTTPError, request: Request) -> Problem {
        switch error.status {
        case .notFound:
            if let methods = KnownRoutes.methods(of: request.uri.path) {
                Problem(
                    .methodNotAllowed,
                    "\(request.method) is not allowed on \(request.uri.path); it answers \(methods.map(\.rawValue).joined(separator: ", "))",
                    headers: [.allow: methods.map(\.rawValue).joined(separator: ", ")]
                )
            } else {
                Problem(.notFound, "nothing is at \(request.uri.path); GET /v1/openapi.yaml lists the API's paths")
            }
        case .methodNotAllowed:
            Problem(.methodNotAllowed, "\(request.method) is not allowed on \(request.uri.path); GET /v1/openapi.yaml lists the methods")
        case .contentTooLarge:
            Problem(.bodyTooLarge, "the request body is larger than this daemon accepts (casewatchd --max-body); send smaller batches")
        case .unsupportedMediaType:
            Problem(.unsupportedMediaType, error.body ?? "the body's media type is not one this route reads")
        default:
            Problem(
                ProblemType(slug: "http-\(error.status.code)", title: error.status.reasonPhrase, status: error.status),
                error.body ?? error.status.reasonPhrase
            )
        }
    }
}
