import Foundation
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
    var document: [String: Any] {
        [
            "stored": stored,
            "duplicates": duplicates,
            "rejected": rejected.map(\.jsonObject),
            "batch": batch.map { $0 as Any } ?? NSNull(),
            "dropped_fields": droppedFields,
        ]
    }

    /// `200 OK` with the document as JSON.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONAnswer(object: document).response(from: request, context: context)
    }
}
