import Hummingbird

/// The query parameters of `POST /v1/events`.
struct IngestOptions: Sendable {
    /// Store the valid events even when some are invalid (else a request with any invalid event stores nothing).
    var skipInvalid = false

    /// The options of `request`; a 400 problem for an unknown parameter or a value that is not `true`/`false`.
    init(of request: Request) throws(Problem) {
        let query = QueryParameters(request, known: ["skip_invalid"])
        try query.refuseUnknown()
        skipInvalid = try query.flag("skip_invalid") ?? false
    }
}
