import Hummingbird

/// The query parameters of the operations routes (`/metrics`, `/v1/status`, `/v1/assessment`): unknown ones
/// are refused, each known one read at most once.
enum OperationsQuery {
    /// Throws a 400 `invalid-parameter` problem naming the first parameter of `request` not in `allowed`, or
    /// one given twice.
    static func refuseUnknown(in request: Request, allowed: Set<String>) throws {
        var seen: Set<String> = []
        for (name, _) in request.uri.queryParameters {
            let name = String(name)
            guard allowed.contains(name) else {
                let accepted = allowed.isEmpty ? "this route takes no query parameters" : "it takes \(allowed.sorted().joined(separator: ", "))"
                throw Problem(.invalidParameter, "unknown query parameter '\(name)' on \(request.uri.path): \(accepted)")
            }
            guard seen.insert(name).inserted else {
                throw Problem(.invalidParameter, "query parameter '\(name)' is given more than once; give it once")
            }
        }
    }
}
