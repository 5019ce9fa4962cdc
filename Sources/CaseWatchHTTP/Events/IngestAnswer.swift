import CaseWatchExport
import Hummingbird

/// The answer of `POST /v1/events` (200): what was stored, what was already stored, what was refused (only
/// with `skip_invalid=true`), the ingest batch that holds the stored events, and the personal-data fields
/// dropped.
struct IngestAnswer: ResponseGenerator {
    /// Events stored by this request.
    let stored: Int
    /// Events skipped because they were already stored (or repeated in the request) with the same content.
    let duplicates: Int
    /// The records refused, by position.
    let rejected: [RecordProblem]
    /// The ingest batch of this request, nil when it stored nothing new.
    let batch: Int64?
    /// Personal-data fields dropped on reading, with how many records carried each.
    let droppedFields: [String: Int]

    /// The answer as its JSON object.
    var document: JSONValue {
        .object([
            "stored": .int(stored),
            "duplicates": .int(duplicates),
            "rejected": .array(rejected.map(\.json)),
            "batch": batch.map { .int($0) } ?? .null,
            "dropped_fields": .object(droppedFields.mapValues { .int($0) }),
        ])
    }

    /// `200 OK` with the document as JSON.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONAnswer(value: document).response(from: request, context: context)
    }
}

extension RecordProblem {
    /// The record's problem as a JSON object: index, code, detail and, when known, event_id.
    var json: JSONValue {
        var members: [String: JSONValue] = ["index": .int(index), "code": .string(code), "detail": .string(detail)]
        if let eventID { members["event_id"] = .string(eventID) }
        return .object(members)
    }
}
