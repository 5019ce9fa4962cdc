import Foundation
import Hummingbird

/// A `200 OK` answer of a JSON object (keys sorted: the same object is always the same bytes).
struct JSONAnswer: ResponseGenerator {
    /// The object, of JSON-serializable values (`NSNull` for null).
    let object: [String: Any]

    /// The object as `application/json`.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
