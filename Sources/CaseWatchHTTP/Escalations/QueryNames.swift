import Hummingbird

/// The check every route of this folder makes of its query's names: each parameter one the route reads,
/// none given twice (a 400 problem naming the parameter and the ones the route reads).
enum QueryNames {
    /// Refuses a parameter of `request` not in `allowed`, or one given twice.
    static func check(_ request: Request, allowed: Set<String>) throws(Problem) {
        var seen: Set<String> = []
        for (key, _) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let reads = allowed.isEmpty ? "no query parameters" : allowed.sorted().joined(separator: ", ")
                throw Problem(.invalidParameter, "unknown query parameter '\(name)'; this route reads \(reads)")
            }
            guard seen.insert(name).inserted else {
                throw Problem(.invalidParameter, "query parameter '\(name)' is given twice; give it once")
            }
        }
    }
}
