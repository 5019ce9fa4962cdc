import CaseWatchExport
import Hummingbird

/// A `200 OK` answer of a JSON value.
struct JSONAnswer: ResponseGenerator {
    /// The value.
    let value: JSONValue

    /// The value as `application/json`.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: value.compactUTF8)))
    }
}
