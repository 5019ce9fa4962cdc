import Hummingbird

/// The two layouts `POST /v1/events` reads, told apart by the request's `Content-Type`.
enum EventBodyFormat: Sendable {
    /// `application/json`: one JSON array of event objects.
    case jsonArray
    /// `application/x-ndjson`: one event object per line.
    case ndjson

    /// The media types read, for the problem that names them.
    static let mediaTypes = "application/json (an array of events) or application/x-ndjson (one event per line)"

    /// The format the request's `Content-Type` names; a 415 problem for any other (or none).
    init(of request: Request) throws(Problem) {
        guard let header = request.headers[.contentType] else {
            throw Problem(.unsupportedMediaType, "the request has no Content-Type; send \(Self.mediaTypes)")
        }
        let mediaType = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch mediaType {
        case "application/json": self = .jsonArray
        case "application/x-ndjson": self = .ndjson
        default: throw Problem(.unsupportedMediaType, "Content-Type '\(header)' is not read here; send \(Self.mediaTypes)")
        }
    }
}
