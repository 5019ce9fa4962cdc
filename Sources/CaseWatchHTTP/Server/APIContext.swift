import Hummingbird

/// The request context of every CaseWatch route: Hummingbird's core storage, plus who made the request
/// once ``AuthenticationMiddleware`` (or a route) has established it.
public struct APIContext: RequestContext {
    /// Hummingbird's per-request storage (logger, parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage
    /// Who made the request; nil until authenticated, and on routes that need no credential.
    public var principal: Principal?
    /// The largest request body a route collects, in bytes (``HTTPLimits/maxBodyBytes``).
    public var maxBodyBytes: Int

    /// A context for a request arriving on `source`.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        principal = nil
        maxBodyBytes = HTTPLimits.defaultMaxBodyBytes
    }

    /// Hummingbird's upload limit, kept equal to ours.
    public var maxUploadSize: Int { maxBodyBytes }
}
