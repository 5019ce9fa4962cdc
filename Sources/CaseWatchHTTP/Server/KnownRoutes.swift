import HTTPTypes

/// The paths the service answers and their methods, so that a known path asked with another method is
/// answered 405 with `Allow` (the router itself only knows "no route": 404). Kept equal to the OpenAPI
/// document's paths by `KnownRoutesTests`.
enum KnownRoutes {
    /// Each path pattern (`{name}` matches one segment) with the methods it answers.
    static let table: [(pattern: String, methods: [HTTPRequest.Method])] = [
        ("/", [.get]),
        ("/healthz", [.get]),
        ("/readyz", [.get]),
        ("/metrics", [.get]),
        ("/v1/openapi.yaml", [.get]),
        ("/v1/events", [.post]),
        ("/v1/cases", [.get]),
        ("/v1/cases/{id}", [.get]),
        ("/v1/escalations", [.get]),
        ("/v1/escalations/stream", [.get]),
        ("/v1/wall/stream", [.get]),
        ("/v1/signoffs", [.get]),
        ("/v1/signoffs/{id}/approve", [.post]),
        ("/v1/signoffs/{id}/reject", [.post]),
        ("/v1/signoffs/{id}/return", [.post]),
        ("/v1/status", [.get]),
        ("/v1/assessment", [.get]),
    ]

    /// The methods `path` answers, or nil when the service has no such path.
    static func methods(of path: String) -> [HTTPRequest.Method]? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for (pattern, methods) in table {
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
            guard parts.count == segments.count else { continue }
            if zip(parts, segments).allSatisfy({ $0.hasPrefix("{") || $0 == $1 }) { return methods }
        }
        return nil
    }
}
