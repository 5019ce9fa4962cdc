import HTTPTypes

/// A kind of problem the API reports (RFC 9457): a stable `type` URI, a short title that never varies
/// between occurrences, and the HTTP status it is answered with.
///
/// The types are declared as static members next to the routes that raise them (`ProblemType+….swift`), and
/// every one of them is listed in the OpenAPI document. Clients branch on ``uri``, never on the title or detail.
public struct ProblemType: Sendable, Hashable {
    /// The stable part of the URI, e.g. `unknown-unit`.
    public let slug: String
    /// The short, fixed summary, e.g. "Unknown unit".
    public let title: String
    /// The status the problem is answered with.
    public let status: HTTPResponse.Status

    /// A problem type `urn:casewatch:problem:<slug>`.
    public init(slug: String, title: String, status: HTTPResponse.Status) {
        self.slug = slug
        self.title = title
        self.status = status
    }

    /// The type's URI, `urn:casewatch:problem:<slug>`.
    public var uri: String { "urn:casewatch:problem:\(slug)" }
}

extension ProblemType {
    /// No route answers this path (404).
    public static let notFound = ProblemType(slug: "not-found", title: "Not found", status: .notFound)
    /// The route exists, not with this method (405).
    public static let methodNotAllowed = ProblemType(slug: "method-not-allowed", title: "Method not allowed", status: .methodNotAllowed)
    /// A query parameter is missing, malformed or out of range (400).
    public static let invalidParameter = ProblemType(slug: "invalid-parameter", title: "Invalid parameter", status: .badRequest)
    /// The request body is not what the route reads: not JSON, wrong types, unknown fields (400).
    public static let invalidBody = ProblemType(slug: "invalid-body", title: "Invalid request body", status: .badRequest)
    /// The request body is larger than the daemon accepts (413).
    public static let bodyTooLarge = ProblemType(slug: "body-too-large", title: "Request body too large", status: .contentTooLarge)
    /// The body's media type is not one the route reads (415).
    public static let unsupportedMediaType = ProblemType(
        slug: "unsupported-media-type", title: "Unsupported media type", status: .unsupportedMediaType
    )
    /// No credential, or one CaseWatch does not know or has revoked (401).
    public static let unauthenticated = ProblemType(slug: "unauthenticated", title: "Not authenticated", status: .unauthorized)
    /// The credential is valid but may not do this (403).
    public static let forbidden = ProblemType(slug: "forbidden", title: "Forbidden", status: .forbidden)
    /// The key made more requests than its rate allows; retry after the `Retry-After` header's seconds (429).
    public static let rateLimited = ProblemType(slug: "rate-limited", title: "Too many requests", status: .tooManyRequests)
    /// The store cannot be used now (locked past its timeout, a full disk); nothing was written (503).
    public static let storeUnavailable = ProblemType(slug: "store-unavailable", title: "Store unavailable", status: .serviceUnavailable)
    /// Something failed that is not the client's doing; nothing was half-written (500).
    public static let internalError = ProblemType(slug: "internal-error", title: "Internal error", status: .internalServerError)
}
